import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, extraTermSchema, readSettings } from './schema';

describe('readSettings', () => {
  it('gives the defaults, with no notice, when nothing is stored yet', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, resetFields: [] });
  });

  it('reads an older value that has only a program, filling the rest quietly', () => {
    const read = readSettings({ program: 'mo-community-support' });
    expect(read.resetFields).toEqual([]);
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, program: 'mo-community-support' });
  });

  it('resets only the fields that are broken, and names them', () => {
    const read = readSettings({
      program: 'tx-unknown',
      rulesOff: ['ambiguous-assisted'],
      severities: { 'ambiguous-helped': 'loud' },
      extraTerms: [{ term: 'facilitated', wording: 'led [activity]' }],
    });
    expect(read.resetFields.sort()).toEqual(['program', 'severities']);
    expect(read.settings).toMatchObject({
      program: DEFAULT_SETTINGS.program,
      severities: {},
      rulesOff: ['ambiguous-assisted'],
      extraTerms: [{ term: 'facilitated', wording: 'led [activity]' }],
    });
  });

  it('falls back to every default when the stored value is not an object at all', () => {
    const read = readSettings('{"program": "ma-csp"');
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.resetFields).toContain('program');
  });

  it('refuses an extra term that is not a valid phrase', () => {
    const read = readSettings({ extraTerms: [{ term: 'dealt <with', wording: 'x' }] });
    expect(read.resetFields).toEqual(['extraTerms']);
    expect(read.settings.extraTerms).toEqual([]);
  });

  it('refuses an extra term that could make matching backtrack, saying why', () => {
    const term = '(a|a)'.repeat(12);
    const parsed = extraTermSchema.safeParse({ term, wording: 'x' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/can match the same words in 4096 ways/);
    expect(readSettings({ extraTerms: [{ term, wording: 'x' }] }).resetFields).toEqual([
      'extraTerms',
    ]);
  });
});
