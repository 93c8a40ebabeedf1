import { describe, expect, it } from 'vitest';
import { PACKS } from '../../rules/packs';
import { analyzeNote } from '../analyze';

const mixed = (text: string, program: keyof typeof PACKS = 'mo-community-support') =>
  analyzeNote(text, PACKS[program]).findings.filter((finding) => finding.kind === 'mixed-billing');

describe('mixed billing', () => {
  const note =
    'CSW taught client to read the bus schedule. CSW then drove client back to the program.';

  it('Missouri: flags billable and non-billable work in the same note', () => {
    expect(mixed(note).map((finding) => finding.source.section)).toEqual([
      'Tips for things NOT TO DO',
    ]);
  });

  it('is quiet when the note holds only billable work', () => {
    expect(mixed('CSW taught client to read the bus schedule for route 4.')).toEqual([]);
  });

  it('applies only to programs whose rules say so', () => {
    expect(mixed(note, 'ct-dmhas-csp')).toEqual([]);
  });
});
