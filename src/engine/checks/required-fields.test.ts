import { describe, expect, it } from 'vitest';
import { PACKS } from '../../rules/packs';
import { analyzeNote } from '../analyze';
import { FIELD_IDS } from '../types';

const parenting = PACKS['ct-dds-parenting'];
const missing = (text: string, program: keyof typeof PACKS = 'ct-dds-parenting', context = {}) =>
  analyzeNote(text, PACKS[program], context)
    .findings.filter((finding) => finding.kind === 'missing-field')
    .map((finding) => finding.code)
    .sort();

const COMPLETE = [
  'Date: 05/06/2025',
  'Start: 9:30 AM',
  'End: 10:30 AM',
  "Location: parent's home",
  'Present: parent, her son, provider',
  'Goal: parent will prepare a bottle without prompts.',
  'Teaching strategies: task analysis and modeling.',
  'Outcome: parent completed 5 of 6 steps independently.',
  'Follow-up: practice daily; next session 5/13.',
  'Provider signature: Dana Ruiz',
  'Parent signature: Ms. A',
];

describe('required fields', () => {
  it('finds every Parenting Support element in headers', () => {
    const report = analyzeNote(COMPLETE.join('\n'), parenting);
    expect(report.findings).toEqual([]);
    expect(Object.values(report.fields).every((presence) => presence?.present)).toBe(true);
    expect(Object.keys(report.fields).sort()).toEqual([...FIELD_IDS].sort());
  });

  it('needs both the provider and the parent signature', () => {
    const withoutParent = COMPLETE.filter((line) => !line.startsWith('Parent signature'));
    expect(missing(withoutParent.join('\n'))).toEqual(['signature']);
  });

  it('does not count a blank signature line', () => {
    const blank = COMPLETE.map((line) =>
      line.startsWith('Parent signature') ? 'Parent signature: ________' : line,
    );
    expect(missing(blank.join('\n'))).toEqual(['signature']);
  });

  it('does not count an empty header', () => {
    const empty = COMPLETE.map((line) => (line.startsWith('Location') ? 'Location:' : line));
    expect(missing(empty.join('\n'))).toEqual(['location']);
  });

  it('finds elements written in prose', () => {
    const text =
      'Met at the library from 2 to 2:45 pm to work on recovery plan goal #2; CSW taught client to read the bus map.';
    expect(missing(text, 'ct-dmhas-csp')).toEqual([]);
  });

  it("counts the EHR form's own inputs as present", () => {
    const report = analyzeNote('Taught client to read the bus map.', PACKS['ct-dmhas-csp'], {
      fields: { location: true, goal: true },
      startMinutes: 14 * 60,
      endMinutes: 14 * 60 + 45,
    });
    expect(report.findings).toEqual([]);
    expect(report.fields.location).toEqual({ present: true, where: 'context' });
    expect(report.fields['start-time']).toEqual({ present: true, where: 'context' });
    expect(report.time.minutes).toBe(45);
  });

  it('maps DAP, BIRP and SOAP sections to intervention, response and plan', () => {
    const base = [
      'Date: 5/6/25 9:00-10:00 am',
      "Location: parent's home",
      'Present: parent',
      'Goal: bath safety',
    ];
    const signatures = ['Provider signature: D. Ruiz', 'Parent signature: Ms. A'];
    const forms = [
      [
        'D: provider modeled testing the water.',
        'A: parent tested it alone.',
        'P: practice nightly.',
      ],
      [
        'I: provider modeled testing the water.',
        'R: parent tested it alone.',
        'P: practice nightly.',
      ],
      [
        'O: provider modeled testing the water.',
        'A: parent tested it alone.',
        'P: practice nightly.',
      ],
    ];
    for (const sections of forms)
      expect(missing([...base, ...sections, ...signatures].join('\n'))).toEqual([]);
  });

  it('Missouri: a note tied to sobriety, a crisis or arranged supports has its goal link', () => {
    expect(missing('CSW and client developed a budget.', 'mo-community-support')).toEqual(['goal']);
    expect(
      missing(
        'CSW linked client to an NA meeting to support his sobriety.',
        'mo-community-support',
      ),
    ).toEqual([]);
  });

  it('a finding for a missing field cites its source and offers a template', () => {
    const finding = analyzeNote(
      'CSW and client developed a budget.',
      PACKS['mo-community-support'],
    ).findings.find((candidate) => candidate.code === 'goal');
    expect(finding?.source).toEqual({ document: '002_272baf8fda9674c5.txt', section: '(11)3' });
    expect(finding?.suggestions[0]?.replacement).toContain('[');
  });
});
