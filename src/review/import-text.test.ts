import { describe, expect, it } from 'vitest';
import { importTextFile, splitNotes } from './import-text';

const encode = (text: string) => new TextEncoder().encode(text);

describe('splitNotes', () => {
  it('keeps text without separator lines as one note, paragraphs and all', () => {
    const note = 'Met client at home.\n\nReviewed budget goal.\n\nPlan: call landlord.';
    expect(splitNotes(note)).toEqual([{ id: 'Note 1', text: note }]);
  });

  it('splits at lines of dashes, equals signs or asterisks and trims each note', () => {
    const text = 'First note.\n---\nSecond note.\n\n=====\n\nThird note.\r\n***\r\nFourth.';
    expect(splitNotes(text).map((n) => n.text)).toEqual([
      'First note.',
      'Second note.',
      'Third note.',
      'Fourth.',
    ]);
  });

  it('does not split at dashes inside a line or at a double dash', () => {
    const text = 'Client -- tired -- reported poor sleep.\nGoal --- housing.';
    expect(splitNotes(text)).toHaveLength(1);
  });

  it('drops empty blocks between consecutive separators', () => {
    expect(splitNotes('---\nA\n---\n---\nB\n---').map((n) => n.id)).toEqual(['Note 1', 'Note 2']);
  });

  it('keeps markup as text', () => {
    const text = '<img src=x onerror=alert(1)> client declined.';
    expect(splitNotes(text)[0]?.text).toBe(text);
  });
});

describe('importTextFile', () => {
  it('names a single-note file after the file', () => {
    expect(importTextFile(encode('Met client.\r\n'), 'visit.txt')).toEqual({
      ok: true,
      notes: [{ id: 'visit.txt', text: 'Met client.' }],
    });
  });

  it('numbers the notes of a file with separators', () => {
    const result = importTextFile(encode('A\n---\nB'), 'week.txt');
    expect(result.ok && result.notes.map((n) => n.id)).toEqual(['week.txt #1', 'week.txt #2']);
  });

  it('rejects a binary file with the file name and what it looks like', () => {
    const result = importTextFile(encode('%PDF-1.4 ...'), 'scan.txt');
    expect(result).toMatchObject({ ok: false, code: 'binary' });
    expect(!result.ok && result.message).toMatch(/^"scan\.txt": .*PDF/);
  });

  it('states the size limit when a file is too large', () => {
    const result = importTextFile(new Uint8Array(2048), 'big.txt', 1024);
    expect(result).toEqual({
      ok: false,
      code: 'too-large',
      message:
        '"big.txt" is 2.0 KB; text files up to 1.0 KB are accepted. Split it into smaller files.',
    });
  });

  it('reports an empty file', () => {
    expect(importTextFile(encode(' \n---\n '), 'blank.txt')).toMatchObject({
      ok: false,
      code: 'empty',
    });
  });
});
