import { describe, expect, it } from 'vitest';
import { analyzeNote } from '../engine';
import { PACKS, PROGRAM_IDS } from '../rules/packs';
import { generalMessage, handoutFor, handoutProgram, titleWithSection } from './handout';

describe('handoutFor', () => {
  it.each(PROGRAM_IDS)('lists every rule of %s once, grouped by kind', (program) => {
    const handout = handoutFor(PACKS[program]);
    const listed = handout.sections.flatMap((section) =>
      section.rules.map((rule) => {
        expect(PACKS[program].rules.find((r) => r.id === rule.id)?.kind).toBe(section.kind);
        return rule.id;
      }),
    );
    expect(listed.sort()).toEqual(PACKS[program].rules.map((rule) => rule.id).sort());
    expect(handout.requiredFields.map((field) => field.field)).toEqual(
      PACKS[program].requiredFields.map((field) => field.field),
    );
  });

  it('puts what blocks billing before wording', () => {
    const kinds = handoutFor(PACKS['mo-community-support']).sections.map((s) => s.kind);
    expect(kinds.indexOf('non-billable')).toBeLessThan(kinds.indexOf('ambiguous-term'));
  });

  it('pairs each rule with an example the engine flags for it and one it does not', () => {
    const pack = PACKS['ct-dmhas-csp'];
    const transport = handoutFor(pack)
      .sections.flatMap((section) => section.rules)
      .find((rule) => rule.id === 'ct-transport-only')!;
    const rulesFlagging = (text: string) =>
      analyzeNote(text, pack).findings.map((finding) => finding.rule);
    expect(rulesFlagging(transport.breaks)).toContain('ct-transport-only');
    expect(rulesFlagging(transport.follows)).not.toContain('ct-transport-only');
    expect(transport.source).toEqual({
      document: '000_198047cccad68f0c.txt',
      section: 'Limitations (6)(B)',
    });
  });
});

describe('rule titles', () => {
  it('tells rules of one category apart by their source section', () => {
    const paperwork = handoutFor(PACKS['ct-dmhas-csp'])
      .sections.flatMap((section) => section.rules)
      .filter((rule) => rule.code === 'paperwork')
      .map((rule) => rule.title);
    expect(paperwork).toEqual([
      'paperwork, Non-billable Activities (4)',
      'paperwork, Non-billable Activities (3)',
      'paperwork, Non-billable Activities (9)',
    ]);
  });

  it('never wraps a bracketed section in a second pair of brackets', () => {
    const titles = PROGRAM_IDS.flatMap((program) =>
      handoutFor(PACKS[program]).sections.flatMap((section) => section.rules.map((r) => r.title)),
    );
    expect(titles.filter((title) => title.includes('(('))).toEqual([]);
    expect(titleWithSection('paperwork', '(B)2')).toBe('paperwork, section (B)2');
  });

  it('keeps a lone rule titled by its code', () => {
    const rules = handoutFor(PACKS['ct-dmhas-csp']).sections.flatMap((section) => section.rules);
    expect(rules.find((rule) => rule.id === 'ct-transport-only')?.title).toBe('transportation');
  });
});

describe('handoutProgram', () => {
  it('follows the program chosen in the options, and the default for a custom pack', () => {
    expect(handoutProgram({ program: 'ma-csp' })).toBe('ma-csp');
    expect(handoutProgram({ program: 'custom' })).toBe('ct-dmhas-csp');
  });
});

describe('generalMessage', () => {
  it("drops the clause about one note's numbers", () => {
    expect(
      generalMessage(
        'An Initial Discharge Planning Session may bill at most 4 units; this note supports {units}.',
      ),
    ).toBe('An Initial Discharge Planning Session may bill at most 4 units.');
  });

  it('keeps a message without placeholders as it is', () => {
    const message =
      'Time spent only transporting the participant is not paid; travel counts only with a service.';
    expect(generalMessage(message)).toBe(message);
  });
});
