import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeNote } from '../engine';
import { PACKS } from '../rules/packs';
import { EXAMPLE_TITLES, PRACTICE_NOTES, parseExampleNote } from './practice-notes';

// The first sentence parsed loads compromise's lexicon; on a busy machine that alone can take
// longer than one test may.
beforeAll(() => analyzeNote('CSW drove client home.', PACKS['ct-dmhas-csp']), 60_000);

describe('practice notes', () => {
  it('includes the bad example notes of examples/ with their program', () => {
    const vague = PRACTICE_NOTES.find((note) => note.id === 'example-ct-csp-vague');
    expect(vague?.program).toBe('ct-dmhas-csp');
    expect(vague?.text.startsWith('Date: 02/11/2026')).toBe(true);
  });

  it.each(PRACTICE_NOTES.map((note) => [note.id, note] as const))(
    '%s has something to fix',
    (_id, note) => {
      expect(analyzeNote(note.text, PACKS[note.program]).findings.length).toBeGreaterThan(0);
    },
  );

  it('names each example note in words, not by its file name', () => {
    const examples = PRACTICE_NOTES.filter((note) => note.id.startsWith('example-'));
    expect(examples.length).toBeGreaterThan(0);
    for (const note of examples) {
      expect(note.label).toBe(EXAMPLE_TITLES[note.id.replace(/^example-/, '')]);
    }
    const ten = PRACTICE_NOTES.find((note) => note.id === 'example-ct-csp-ten-minute-contact');
    expect(ten?.label).toBe('A ten-minute phone call');
    expect(
      parseExampleNote('ct-csp-late-entry-bad.txt', '# program: ct-dmhas-csp\nCSW met.')?.label,
    ).toBe('Late entry');
  });

  it('skips a file whose first line names no known program', () => {
    expect(parseExampleNote('x-bad.txt', '# program: nowhere\nCSW drove client.')).toBeNull();
    expect(parseExampleNote('x-bad.txt', 'CSW drove client.')).toBeNull();
  });
});
