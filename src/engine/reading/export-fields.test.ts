import { describe, expect, it } from 'vitest';
import { PACKS } from '../../rules/packs';
import { analyzeNote } from '../analyze';
import { writeExportColons } from './export-fields';

describe('writeExportColons', () => {
  it('gives the labels of a one-line export their colons, the length kept', () => {
    const line = 'DOS  03/11/2026  Mins  15  Svc  CSP-IND  Staff  H. Kim CSP';
    const written = writeExportColons(line);
    expect(written).toBe('DOS: 03/11/2026  Mins: 15  Svc: CSP-IND  Staff: H. Kim CSP');
    expect(written).toHaveLength(line.length);
  });

  it('reads a wide gap as a field left empty', () => {
    expect(writeExportColons('Start  1100  End  1130  Loc    TxGoal  G3 keep SNAP  Staff    Narr  Went over it.')).toBe(
      'Start: 1100  End: 1130  Loc:_  TxGoal: G3 keep SNAP  Staff:_  Narr: Went over it.',
    ); // prettier-ignore
  });

  it('reads a run-together label ("TxGoal") as its words, and an empty one as no evidence', () => {
    const note = (goal: string) =>
      `MemberName  Rosa Jimenez  DOS  03/11/2026  Loc  Member apt  Mins  45  ${goal}  Staff  H. Kim CSP\nNarr  Rehearsed booking her own MART ride with her.  ESig  Hannah Kim CSP`;
    const missing = (text: string) =>
      analyzeNote(text, PACKS['ma-csp'])
        .findings.filter((finding) => finding.kind === 'missing-field')
        .map((finding) => finding.code);
    expect(missing(note('TxGoal  G1 get to psychiatry appts on her own'))).toEqual([]);
    expect(missing(note('TxGoal    Svc  CSP-IND'))).toEqual(['goal']);
  });

  it('leaves prose with wide spacing and lines already labelled alone', () => {
    const prose =
      'Met at the library.  She read the letter aloud.  We made a list of the documents.';
    expect(writeExportColons(prose)).toBe(prose);
    const labelled = 'Date: 3/4/26  Start: 10:00  End: 10:50  Location: home';
    expect(writeExportColons(labelled)).toBe(labelled);
  });

  it("lets the time readers find an export's start, end and minutes", () => {
    const note =
      'MemberName  Rosa Jimenez  DOS  03/11/2026  ContactType  Phone  Mins  45  Svc  CSP-IND  Staff  H. Kim CSP\nNarr  Called Rosa to rehearse booking her own MART ride for her psychiatry visit (plan goal 1).  ESig  Hannah Kim CSP';
    const report = analyzeNote(note, PACKS['ma-csp']);
    expect(report.units?.minutes).toBe(45);
    expect(report.findings.map((finding) => finding.code)).not.toContain('end-time');
  });
});
