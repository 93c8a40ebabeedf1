import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine';
import { PACKS } from '../rules/packs';
import { applySettings } from './apply-settings';
import { DEFAULT_SETTINGS, type Settings } from './schema';

const csp = PACKS['ct-dmhas-csp'];
const withSettings = (changes: Partial<Settings>) => ({ ...DEFAULT_SETTINGS, ...changes });
const findings = (settings: Settings, text: string, pack = csp) =>
  createAnalyzer(applySettings(pack, settings)).analyze(text).findings;
const rulesFired = (settings: Settings, text: string) =>
  findings(settings, text).map((finding) => finding.rule);

describe('applySettings', () => {
  const vague = 'CSW assisted client with errands.';

  it('leaves the pack as it is with default settings', () => {
    expect(rulesFired(DEFAULT_SETTINGS, vague)).toContain('ambiguous-assisted');
  });

  it('a rule turned off stops firing, and the others still fire', () => {
    const settings = withSettings({ rulesOff: ['ambiguous-assisted'] });
    expect(rulesFired(settings, vague)).not.toContain('ambiguous-assisted');
    expect(rulesFired(settings, 'CSW drove client to the store.')).toContain('ct-transport-only');
  });

  it("an agency's extra term fires with the agency's wording as the suggestion", () => {
    const settings = withSettings({
      extraTerms: [{ term: 'facilitated', wording: 'led the group through [topic] by [method]' }],
    });
    const found = findings(settings, 'Group topic was budgeting. CSW facilitated.').find(
      (finding) => finding.code === 'facilitated',
    );
    expect(found).toMatchObject({
      kind: 'ambiguous-term',
      source: { document: 'agency-settings' },
      suggestions: [{ replacement: 'led the group through [topic] by [method]' }],
    });
    // Where the sentence's own object would be left behind ("...by [method] the group."), the
    // agency's wording is shown as advice, with no one-click replacement.
    const inSentence = findings(settings, 'CSW facilitated the group.').find(
      (finding) => finding.code === 'facilitated',
    );
    expect(inSentence?.suggestions[0]).toEqual({
      label: expect.stringContaining('led the group through [topic] by [method]'),
    });
    const codes = findings(DEFAULT_SETTINGS, 'CSW facilitated the group.').map((f) => f.code);
    expect(codes).not.toContain('facilitated');
  });

  it('two terms that read alike still get rules of their own', () => {
    const pack = applySettings(
      csp,
      withSettings({
        extraTerms: [
          { term: 'dealt with', wording: 'a' },
          { term: 'dealt-with', wording: 'b' },
        ],
      }),
    );
    const ids = pack.rules.map((rule) => rule.id).filter((id) => id.startsWith('agency-term'));
    expect(new Set(ids).size).toBe(2);
  });

  it('a severity set for a rule replaces the pack severity', () => {
    const before = findings(DEFAULT_SETTINGS, vague).find((f) => f.rule === 'ambiguous-assisted');
    expect(before?.severity).toBe('warning');
    const settings = withSettings({ severities: { 'ambiguous-assisted': 'error' } });
    const after = findings(settings, vague).find((f) => f.rule === 'ambiguous-assisted');
    expect(after?.severity).toBe('error');
  });

  it('reads only severities that were stored, not names every object has', () => {
    const [first] = csp.rules;
    const pack = { ...csp, rules: [{ ...first!, id: 'constructor' }] };
    expect(applySettings(pack, DEFAULT_SETTINGS).rules[0]?.severity).toBe(first!.severity);
  });

  it('counts units with the rounding the agency chose, when the pack offers it', () => {
    const note = 'Met 10:00-10:44 to practice budgeting.';
    const units = (settings: Settings) =>
      createAnalyzer(applySettings(csp, settings)).analyze(note).units?.units;
    expect(units(DEFAULT_SETTINGS)).toBe(2);
    expect(
      units(withSettings({ packChoices: { 'ct-dmhas-csp': { rounding: 'cms-8-minute' } } })),
    ).toBe(3);
  });

  it('ignores a rounding rule the pack does not offer', () => {
    const pack = { ...csp, unit: { ...csp.unit!, roundingOptions: ['whole-units' as const] } };
    const settings = withSettings({
      packChoices: { 'ct-dmhas-csp': { rounding: 'cms-8-minute' } },
    });
    expect(applySettings(pack, settings).unit?.rounding).toBe('whole-units');
  });

  it('prices units with the rate the agency chose', () => {
    const parenting = PACKS['ct-dds-parenting'];
    const note = 'Parenting session 10:00-11:00 on bedtime routines.';
    const dollars = (settings: Settings) =>
      createAnalyzer(applySettings(parenting, settings)).analyze(note).dollars;
    expect(dollars(DEFAULT_SETTINGS)?.rate).toBe(52.02);
    const directHire = withSettings({
      packChoices: { 'ct-dds-parenting': { rate: 'dds-parenting-direct-hire' } },
    });
    expect(dollars(directHire)).toMatchObject({ rate: 40.42, amount: 40.42 });
  });
});
