// A 12 KB progress note for the browser benchmark, made of the bundled example notes (CT DMHAS
// CSP, good and bad), one visit after another, so it carries a realistic number of findings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { noteText } from '../../demo/samples';

const EXAMPLES = [
  'ct-csp-dap-good.txt',
  'ct-csp-vague-bad.txt',
  'ct-csp-no-show-bad.txt',
  'ct-csp-group-five-people-bad.txt',
];

export const NOTE_BYTES = 12 * 1024;

/** At least `NOTE_BYTES` characters of note text, cut at a paragraph. */
export function longNote(root: string): string {
  const visits = EXAMPLES.map((file) =>
    noteText(readFileSync(join(root, 'examples', file), 'utf8')),
  );
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join('\n\n').length < NOTE_BYTES; i += 1) {
    paragraphs.push(`Contact ${i + 1}.\n${visits[i % visits.length]}`);
  }
  return paragraphs.join('\n\n');
}
