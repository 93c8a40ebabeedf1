import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { PACKS, PROGRAM_IDS, type ProgramId } from '../rules/packs';
import { analyzeNote } from './analyze';
import { applySuggestion, withStandIns } from './suggestion-fit';
import type { Finding, Suggestion } from './types';

const usable = (finding: Finding) =>
  finding.suggestions.filter(
    (suggestion): suggestion is Suggestion & { replacement: string } =>
      suggestion.replacement !== undefined,
  );

const findingsOf = (text: string, program: ProgramId, kind?: string) =>
  analyzeNote(text, PACKS[program]).findings.filter((f) => kind === undefined || f.kind === kind);

/** The line of `text` that holds offset `at`. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end === -1 ? text.length : end);
}

const BE = /^(?:am|is|are|was|were|be|been|being)$/i;

/** What is wrong with the note a suggestion produced, in words; empty when nothing is. */
function problemsOf(before: string, finding: Finding, replacement: string): string[] {
  const after = applySuggestion(before, finding, { label: '', replacement });
  const problems: string[] = [];
  const inserted = replacement.trim();
  if (nlp(withStandIns(inserted)).has('^#Imperative'))
    problems.push(`an instruction pasted into the note: ${inserted}`);
  if (finding.start === finding.end) {
    // A missing element: its own line(s), and every line the writer had is still whole.
    const lines = after.split('\n');
    for (const line of inserted.split('\n'))
      if (!lines.includes(line)) problems.push(`"${line}" is not on a line of its own`);
    for (const line of before.split('\n'))
      if (line !== '' && !lines.includes(line)) problems.push(`"${line}" was broken up`);
    return problems;
  }
  const sentence = withStandIns(lineAt(after, finding.start));
  const doc = nlp(sentence);
  if (!doc.has('#Verb')) problems.push(`no verb in "${sentence}"`);
  if (/\b(?:am|is|are|was|were|be|been)\s+(?:did|does|do|didn't|doesn't)\b/i.test(sentence))
    problems.push(`doubled verb in "${sentence}"`);
  // The seam: the word before the replacement and the replacement's first word.
  const previous = /([\p{L}']+)\W*$/u.exec(after.slice(0, finding.start))?.[1] ?? '';
  const firstWord = withStandIns(inserted).split(/\s+/)[0] ?? '';
  const headIsVerb = nlp(`they ${withStandIns(inserted)}`)
    .terms()
    .eq(1)
    .has('#Verb');
  if ((BE.test(previous) || /^(?:to|will|would|can|could)$/i.test(previous)) && headIsVerb)
    problems.push(`"${previous} ${firstWord}" in "${sentence}"`);
  if (/^an?$/i.test(previous)) {
    const wanted = /^[aeio]/i.test(firstWord) ? 'an' : 'a';
    if (previous.toLowerCase() !== wanted) problems.push(`"${previous} ${firstWord}"`);
  }
  return problems;
}

describe('every suggestion of every rule, used on the rule’s own examples', () => {
  for (const program of PROGRAM_IDS) {
    it(`${program}: leaves a well-formed note with every blank flagged`, () => {
      const problems: string[] = [];
      let used = 0;
      for (const rule of PACKS[program].rules) {
        for (const example of rule.examples.fires) {
          for (const finding of findingsOf(example, program)) {
            if (finding.rule !== rule.id && finding.kind !== 'missing-field') continue;
            for (const { replacement } of usable(finding)) {
              used += 1;
              const where = `${rule.id} on "${example}" → "${replacement}"`;
              for (const problem of problemsOf(example, finding, replacement))
                problems.push(`${where}: ${problem}`);
              const after = applySuggestion(example, finding, { label: '', replacement });
              const blanks = [...after.matchAll(/\[[^\]\n]+\]/g)].map((m) => m.index);
              const flagged = findingsOf(after, program, 'placeholder').map((f) => f.start);
              if (blanks.some((at) => !flagged.includes(at)))
                problems.push(`${where}: a blank is left unflagged`);
            }
          }
        }
      }
      expect(problems).toEqual([]);
      expect(used).toBeGreaterThan(0);
    });
  }
});

describe('a word never gives way to a clause it cannot hold', () => {
  it('offers "did not [...]" for "was noncompliant" as advice, with no Use', () => {
    const [finding] = findingsOf(
      'Client was non-compliant with meds.',
      'ct-dmhas-csp',
      'subjective-language',
    );
    expect(finding).toBeDefined();
    expect(usable(finding!)).toEqual([]);
    expect(finding!.suggestions[0]?.label).toContain('did not [take the evening medication');
  });

  it('never pastes "Document this activity..." into the note', () => {
    const [finding] = findingsOf(
      'CSW drove client to probation officer appt.',
      'ct-dmhas-csp',
      'non-billable',
    );
    expect(finding).toBeDefined();
    expect(usable(finding!)).toEqual([]);
    expect(finding!.suggestions.map((s) => s.label)).toContain(
      'Record it apart from the billed service: document this activity in a separate, non-billed note.',
    );
  });

  it('keeps Use for a verb phrase in a verb phrase’s place, capitalised at the sentence start', () => {
    const text = 'Assisted client with budgeting.';
    const [finding] = findingsOf(text, 'ct-dmhas-csp', 'ambiguous-term');
    const [first] = usable(finding!);
    expect(applySuggestion(text, finding!, first!)).toBe(
      'Taught client to [skill] for budgeting by [modeling / prompting / role-playing].',
    );
  });

  it('lets "Client refused." become a sentence that names what was declined', () => {
    const text = 'Client refused.';
    const [finding] = findingsOf(text, 'ct-dmhas-csp', 'subjective-language');
    const [first] = usable(finding!);
    expect(applySuggestion(text, finding!, first!)).toBe(
      "Client declined [what was offered] and said [the client's words].",
    );
  });
});

describe('a missing element goes on its own line where it belongs', () => {
  const missing = (text: string, code: string, program: ProgramId) =>
    findingsOf(text, program, 'missing-field').find((f) => f.code === code)!;

  it('adds the start time on a new line at the end, never glued to the first word', () => {
    const text = 'During the drive CSW and client practiced the bus route.';
    const finding = missing(text, 'start-time', 'ct-dds-parenting');
    const [use] = usable(finding);
    expect(applySuggestion(text, finding, use!)).toBe(`${text}\nStart: [hh:mm am/pm]`);
  });

  it('puts the end time on the line after the start time', () => {
    const text = 'Date: 3/4/2026\nStart: 10:00 am\nProvider modeled bottle preparation for mom.';
    const finding = missing(text, 'end-time', 'ct-dds-parenting');
    const [use] = usable(finding);
    expect(applySuggestion(text, finding, use!)).toBe(
      'Date: 3/4/2026\nStart: 10:00 am\nEnd: [hh:mm am/pm]\nProvider modeled bottle preparation for mom.',
    );
  });

  it('puts an element above the sign-off rather than under the signature', () => {
    const text = 'Met client at the library; taught him to use the bus app.\nJane Doe, CSW';
    const finding = missing(text, 'date', 'ct-dmhas-csp');
    const [use] = usable(finding);
    expect(applySuggestion(text, finding, use!)).toBe(
      'Met client at the library; taught him to use the bus app.\nDate: [mm/dd/yyyy]\nJane Doe, CSW',
    );
  });

  it('never inserts the same blank line twice, however often Use is clicked', () => {
    let text = 'Provider modeled bottle preparation for mom at 10:00 am.';
    for (let click = 0; click < 20; click += 1) {
      const finding = findingsOf(text, 'ct-dds-parenting', 'missing-field').find(
        (f) => f.code === 'end-time',
      );
      const use = finding && usable(finding)[0];
      if (use) text = applySuggestion(text, finding, use);
    }
    expect(text.match(/End: \[hh:mm am\/pm\]/g)).toHaveLength(1);
  });
});

describe('a verb phrase ending in a blank, before the rest of the sentence', () => {
  it('keeps Use when a new clause follows, and gives advice when a phrase would attach', () => {
    const [clause] = findingsOf(
      'CSW assisted client with errands and drove him to the store.',
      'ct-dmhas-csp',
      'ambiguous-term',
    );
    expect(usable(clause as Finding).map((s) => s.replacement)).toContain(
      'taught client to [skill] for errands by [modeling / prompting / role-playing]',
    );
    const [attached] = findingsOf('Supported member with housing.', 'ma-csp', 'ambiguous-term');
    for (const suggestion of usable(attached as Finding)) {
      expect(applySuggestion('Supported member with housing.', attached as Finding, suggestion)).not.toMatch(/\] with housing/); // prettier-ignore
    }
  });
});
