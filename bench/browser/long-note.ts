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

/** The long note repeated to at least `chars` characters, cut at a line: a whole chart in one field. */
export function hugeNote(root: string, chars: number): string {
  const base = longNote(root);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    parts.push(base);
    length += base.length + 2;
  }
  const text = parts.join('\n\n');
  return text.slice(0, text.lastIndexOf('\n', chars));
}

/** A note with `count` findings, one vague phrase a line (a pasted list of tasks). */
export function manyFindingsNote(count: number): string {
  return Array.from({ length: count }, (_, i) => `${i + 1}. CSW assisted client with a bill.`).join(
    '\n',
  );
}
