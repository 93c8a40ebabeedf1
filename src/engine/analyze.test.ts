import { describe, expect, it } from 'vitest';
import { PACKS } from '../rules/packs';
import { analyzeNote, createAnalyzer } from './analyze';

const csp = PACKS['ct-dmhas-csp'];

function longNote(): string {
  const visit = [
    'Start: 10:00 AM  End: 10:50 AM',
    "Location: client's apartment",
    'Recovery plan goal #2: budget independently so rent is paid on time.',
    'CSW taught client to build a monthly budget by modeling the first week with his pay stub.',
    'Client entered the remaining weeks on the worksheet himself.',
    'CSW assisted client with errands.',
    'Client completed 3 of 4 weeks without prompts and identified $40 he can move to savings.',
    'CSW will meet client on 3/21 at his apartment to review the budget against his receipts.',
  ].join('\n');
  const parts: string[] = [];
  for (let i = 0; parts.join('\n\n').length < 12_000; i += 1)
    parts.push(visit.replace('$40', `$${40 + i}`));
  return parts.join('\n\n');
}

describe('createAnalyzer', () => {
  it('after a one-character edit, hands only the edited sentence to compromise', () => {
    const parsed: string[] = [];
    const analyzer = createAnalyzer(csp, { onParse: (sentence) => parsed.push(sentence) });
    const note = longNote();
    expect(note.length).toBeGreaterThanOrEqual(12_000);
    analyzer.analyze(note);
    expect(parsed.length).toBeGreaterThan(0);

    parsed.length = 0;
    const edited = note.replace(
      'CSW assisted client with errands.',
      'CSW assisted client with errand.',
    );
    const report = analyzer.analyze(edited);
    expect(parsed).toEqual(['CSW assisted client with errand.']);
    expect(report).toEqual(analyzeNote(edited, csp));
  });

  it('after edits to the time, date and group size lines, reports what a fresh analyzer does', () => {
    const analyzer = createAnalyzer(csp);
    const fresh = (text: string) => createAnalyzer(csp, { cacheSize: 0 }).analyze(text);
    let note = `Date: 3/14/2026\r\nGroup of 3 members\r\n${longNote()}`;
    analyzer.analyze(note);
    for (const [from, to] of [
      ['End: 10:50 AM', 'End: 11:50 AM'],
      ['Date: 3/14/2026', 'Date: 3/15/2026'],
      ['Group of 3 members', 'Group of 6 members'],
      ['Start: 10:00 AM', 'Start: 10:00'],
    ] as const) {
      note = note.replace(from, to);
      const report = analyzer.analyze(note);
      expect(report).toEqual(fresh(note));
    }
    expect(analyzer.analyze(note).time.minutes).toBe(110);
  });

  it('after lines are added, removed and split, reports what a fresh analyzer does', () => {
    const analyzer = createAnalyzer(csp);
    const fresh = (text: string) => createAnalyzer(csp, { cacheSize: 0 }).analyze(text);
    let note = longNote();
    analyzer.analyze(note);
    for (const [from, to] of [
      ['CSW assisted client with errands.', 'Met with client.\nCSW assisted client with errands.'],
      ["Location: client's apartment\n", ''],
      ['his pay stub. ', 'his pay stub.\nCSW helped client. '],
      ['Client entered the remaining', 'Client. Entered the remaining'],
    ] as const) {
      note = note.replace(from, to);
      expect(analyzer.analyze(note)).toEqual(fresh(note));
    }
  });

  it('never parses sentences the lexical pass rules out', () => {
    const parsed: string[] = [];
    const analyzer = createAnalyzer(csp, { onParse: (sentence) => parsed.push(sentence) });
    analyzer.analyze('Client paid the rent on time. The weather was cold.');
    expect(parsed).toEqual([]);
  });

  it('keeps the cache within its bound', () => {
    const parsed: string[] = [];
    const analyzer = createAnalyzer(csp, {
      cacheSize: 1,
      onParse: (sentence) => parsed.push(sentence),
    });
    analyzer.analyze('CSW helped client.');
    analyzer.analyze('CSW supported client.');
    analyzer.analyze('CSW helped client.');
    expect(parsed).toEqual(['CSW helped client.', 'CSW supported client.', 'CSW helped client.']);
  });

  it('shifts findings to note offsets and sorts them by position', () => {
    const text = 'Client paid rent. CSW supported client. Client was manipulative.';
    const findings = analyzeNote(text, csp).findings.filter(
      (finding) => finding.end > finding.start,
    );
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual([
      'supported client',
      'manipulative',
    ]);
  });
});

describe('a note that says it is not billed', () => {
  const visit =
    'Nov 2, 2026 - home visit, 14 Maple Ave, Bristol - 40 mins (3:10-3:50)\ngoal (RP #2): use her crisis plan.\nwent through her crisis plan step by step with her.\n';
  it('bills nothing when this visit is not billed', () => {
    const report = analyzeNote(`${visit}She was not home: documented but not billed.`, csp);
    expect(report.units?.units).toBe(0);
  });

  it("still bills this visit when another day's no-show was the one not billed", () => {
    const report = analyzeNote(
      `${visit}gloria apologized for the no show last tuesday (10/27; documented that day, nothing billed).`,
      csp,
    );
    expect(report.units?.units).toBe(2);
    expect(report.findings.map((finding) => finding.code)).not.toContain('no-show');
  });

  it('still bills this visit when only the drive before it was not billed', () => {
    const report = analyzeNote(`${visit}Drive time to her home before the visit not billed.`, csp);
    expect(report.units?.units).toBe(2);
    expect(report.units?.notBilled).toBeUndefined();
  });
});

describe("the client's own section", () => {
  const kinds = (text: string) =>
    analyzeNote(text, PACKS['ma-csp'])
      .findings.filter((finding) => finding.kind === 'non-billable')
      .map((finding) => finding.code);

  it('reads an act with no doer under "R:" as the client\'s', () => {
    const note = 'I: Reviewed the crisis plan with member.\nR: Mbr calm. Completed the call and crisis plan update with minimal prompting.\nP: f/u 3/4'; // prettier-ignore
    expect(kinds(note)).toEqual([]);
  });

  it("still reads the same act outside the client's section as the worker's", () => {
    const note = 'I: Reviewed the crisis plan with member. Completed the crisis plan update in the chart.\nR: Mbr calm.\nP: f/u 3/4'; // prettier-ignore
    expect(kinds(note)).toEqual(['paperwork']);
  });
});

describe('a note dictated with its punctuation spoken', () => {
  const note = (present: string) =>
    `parenting support note period date the second of April twenty twenty six period time fourteen hundred to fifteen fifteen period new line location family home comma Willimantic period new line ${present} new line goal colon parents read the hunger cues period new line teaching colon I show the video comma then parents name the cues period new line outcome colon Shauna name three cues period new line follow up colon I check the chart on the ninth of April period new line signed Lina Haddad PSSP comma parents Shauna B and Devon B signed on tablet period`;
  const missing = (text: string) =>
    analyzeNote(text, PACKS['ct-dds-parenting'])
      .findings.filter((finding) => finding.kind === 'missing-field')
      .map((finding) => finding.code);

  it('reads the spoken marks as punctuation: the attendance line and the signers are there', () => {
    expect(
      missing(note('attending colon mother Shauna comma father Devon comma baby Zoe period')),
    ).toEqual([]);
    expect(missing(note('we talked period'))).toEqual(['participants']);
  });

  it("points its findings at the worker's own words", () => {
    const text =
      note('attending colon mother Shauna comma father Devon period') +
      ' new line I fed Zoe while Shauna napped period';
    const fed = analyzeNote(text, PACKS['ct-dds-parenting']).findings.find(
      (f) => f.kind === 'non-billable',
    );
    expect(fed && text.slice(fed.start, fed.end)).toBe('fed Zoe');
  });
});
