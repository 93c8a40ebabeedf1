import { describe, expect, it } from 'vitest';
import { PACKS } from '../../rules/packs';
import { analyzeNote } from '../analyze';

const blanks = (text: string, program: keyof typeof PACKS = 'ct-dmhas-csp') =>
  analyzeNote(text, PACKS[program])
    .findings.filter((finding) => finding.kind === 'placeholder')
    .map((finding) => text.slice(finding.start, finding.end));

describe('unfilled placeholders', () => {
  it('flags every "[...]" a suggestion left in the note, in every program', () => {
    const note =
      'CSW taught client to [skill] for budgeting by [modeling / prompting].\nEnd: [hh:mm am/pm]';
    for (const program of Object.keys(PACKS) as (keyof typeof PACKS)[])
      expect(blanks(note, program)).toEqual(['[skill]', '[modeling / prompting]', '[hh:mm am/pm]']);
  });

  it('is a must-fix finding', () => {
    const [finding] = analyzeNote('Start: [hh:mm am/pm]', PACKS['ma-csp']).findings.filter(
      (f) => f.kind === 'placeholder',
    );
    expect(finding?.severity).toBe('error');
  });

  it('goes quiet once the blank is filled', () => {
    expect(blanks('CSW taught client to read the bus map by modeling each step.')).toEqual([]);
  });

  it('leaves editorial brackets and empty or punctuation-only brackets alone', () => {
    expect(blanks('Client said "I aint [sic] going" and checked [ ] the box [-].')).toEqual([]);
  });

  it("leaves an EHR's entry stamps alone: dates, times, headers with numbers, status words", () => {
    const note =
      '[06/09/2026 10:40] Phone, 25 min.\n[Svc 2026-02-09 | Home]\n[E-SIGNED] Dana Ruiz, CSW\n[LATE ENTRY]';
    expect(blanks(note)).toEqual([]);
    expect(blanks('[06/09/2026 10:40] Called [client name] about rent.')).toEqual([
      '[client name]',
    ]);
  });
});
