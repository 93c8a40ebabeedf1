// The CLI tests run bin/notecoach.mjs, which runs the bundle: rebuild it from the sources first,
// so the tests check the code in the tree, not a bundle left from an earlier install.
import { execFileSync } from 'node:child_process';
import { REPO } from './run-cli';

export default function buildCli(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO, stdio: 'inherit' });
}
