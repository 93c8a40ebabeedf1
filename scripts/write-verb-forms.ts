// Writes src/engine/verb-forms.seed.json: the forms of every verb the bundled rule packs name,
// so the service worker compiles a pack without conjugating them again after each restart.
// Run after changing a pack's verbs: `npm run verb-forms`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAnalyzer } from '../src/engine';
import { forgetVerbForms, knownVerbForms } from '../src/engine/verb-forms';
import { PACKS, PROGRAM_IDS } from '../src/rules/packs';
import { activePackFor } from '../src/settings/active-pack';
import { DEFAULT_SETTINGS } from '../src/settings/schema';

forgetVerbForms();
for (const program of PROGRAM_IDS) {
  createAnalyzer(PACKS[program]);
  createAnalyzer(activePackFor({ ...DEFAULT_SETTINGS, program }));
}
const table = knownVerbForms();
const file = resolve(import.meta.dirname, '../src/engine/verb-forms.seed.json');
writeFileSync(file, `${JSON.stringify(table, null, 1)}\n`);
process.stdout.write(`${Object.keys(table).length} verbs → ${file}\n`);
