import { describe, expect, it } from 'vitest';
import { addNotes, batchNoteSchema } from './batch-note';

describe('addNotes', () => {
  it('appends notes and renames ids already in the batch', () => {
    const batch = [{ id: 'Note 1', text: 'a' }];
    const incoming = [
      { id: 'Note 1', text: 'b' },
      { id: 'Note 1', text: 'c' },
      { id: 'Note 2', text: 'd' },
    ];
    expect(addNotes(batch, incoming).map((n) => [n.id, n.text])).toEqual([
      ['Note 1', 'a'],
      ['Note 1 (2)', 'b'],
      ['Note 1 (3)', 'c'],
      ['Note 2', 'd'],
    ]);
  });
});

describe('batchNoteSchema', () => {
  it('refuses a note without an id or with a context of the wrong shape', () => {
    expect(batchNoteSchema.safeParse({ id: '', text: 'x' }).success).toBe(false);
    expect(
      batchNoteSchema.safeParse({ id: 'a', text: 'x', context: { startMinutes: '9' } }).success,
    ).toBe(false);
  });
});
