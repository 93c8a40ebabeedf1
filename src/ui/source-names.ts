// Human names for the rule sources in shared/seeds, so a citation reads like a reference
// ("CT DMHAS CSP guide, Non-billable Activities (8)"); the seed file name stays a machine
// field (the CLI's JSON), never something a person is asked to read.
import type { SourceRef } from '../engine/types';

const DOCUMENT_NAMES: Record<string, string> = {
  '000_198047cccad68f0c.txt': 'CT DMHAS CSP guide',
  '001_13220241f8e90511.txt': 'MA CSP service description',
  '002_272baf8fda9674c5.txt': 'Missouri 9 CSR 30-3.110 guidelines',
  '003_450d3d394fd2d703.txt': 'CT DDS Parenting Support definition',
  '004_c81835f231f0e542.txt': 'CT DDS FY16 funding guidelines',
  // Extra vague terms an agency adds on its options page (src/settings/apply-settings.ts).
  'agency-settings': "Your agency's settings",
  // NoteCoach's own practice: blanks left by a suggestion, and shared rules a program's own
  // document does not state (src/rules/load.ts).
  notecoach: 'NoteCoach',
};

export function documentName(document: string): string {
  return DOCUMENT_NAMES[document] ?? document.replace(/\.txt$/, '');
}

/** "Missouri 9 CSR 30-3.110 guidelines, (B)7" */
export function citationText(source: SourceRef): string {
  const name = documentName(source.document);
  return source.section ? `${name}, ${source.section}` : name;
}
