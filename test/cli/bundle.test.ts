import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './run-cli';

describe('bin/notecoach.mjs', () => {
  it('says how to build the CLI when its bundle is missing', () => {
    // A copy of the launcher in a folder with no dist/, as in a clone installed with --ignore-scripts.
    const root = mkdtempSync(join(tmpdir(), 'notecoach-unbuilt-'));
    mkdirSync(join(root, 'bin'));
    copyFileSync(join(REPO, 'bin/notecoach.mjs'), join(root, 'bin/notecoach.mjs'));
    const result = spawnSync(process.execPath, [join(root, 'bin/notecoach.mjs'), '--version'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('the CLI is not built');
    expect(result.stderr).toContain('npm run build:cli');
    expect(result.stdout).toBe('');
  });

  it('runs the bundled CLI when it is there', () => {
    const result = spawnSync(process.execPath, ['bin/notecoach.mjs', '--version'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
