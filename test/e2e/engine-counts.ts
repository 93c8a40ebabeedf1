// Runs the engine on a note in the fixture form's context and prints its finding counts.
// Spawned with tsx by sidebar-ui.ts: Playwright's loader cannot import the JSON rule packs.
import { analyzeNote, type NoteContext } from '../../src/engine';
import { PACKS } from '../../src/rules/packs';

const [text = '', context = '{}'] = process.argv.slice(2);
const { findings } = analyzeNote(text, PACKS['ct-dmhas-csp'], JSON.parse(context) as NoteContext);
process.stdout.write(
  JSON.stringify({
    findings: findings.length,
    toFix: findings.filter((finding) => finding.severity !== 'info').length,
  }),
);
