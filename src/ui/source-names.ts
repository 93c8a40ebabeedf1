// Human names for the rule sources in shared/seeds, so a citation reads like a reference.
import type { SourceRef } from '../engine/types';

const DOCUMENT_NAMES: Record<string, string> = {
  '000_198047cccad68f0c.txt': 'Connecticut DMHAS CSP',
  '001_13220241f8e90511.txt': 'Massachusetts CSP',
  '002_272baf8fda9674c5.txt': 'Missouri 9 CSR 30-3.110',
  '003_450d3d394fd2d703.txt': 'Connecticut DDS Parenting Support',
  '004_c81835f231f0e542.txt': 'Connecticut DDS FY16 Funding Guidelines',
  // Extra vague terms an agency adds on its options page (src/settings/apply-settings.ts).
  'agency-settings': "Your agency's settings:",
  // Findings NoteCoach raises about its own suggestions (src/engine/checks/placeholders.ts).
  notecoach: 'NoteCoach:',
};

export function documentName(document: string): string {
  return DOCUMENT_NAMES[document] ?? document.replace(/\.txt$/, '');
}

/** "Missouri 9 CSR 30-3.110 (B)7" */
export function citationText(source: SourceRef): string {
  const name = documentName(source.document);
  return source.section ? `${name} ${source.section}` : name;
}
