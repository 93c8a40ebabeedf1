import { describe, expect, it } from 'vitest';
import { PACKS } from '../rules/packs';
import { activePackFor, basePackFor } from './active-pack';
import { DEFAULT_SETTINGS } from './schema';

const custom = JSON.stringify({
  id: 'agency-mo',
  name: 'Agency Missouri',
  description: 'Missouri rules as our agency uses them.',
  extends: ['mo-community-support'],
});

describe('basePackFor', () => {
  it('is the bundled pack of the chosen program', () => {
    const settings = { ...DEFAULT_SETTINGS, program: 'ma-csp' as const };
    expect(basePackFor(settings)).toEqual({ pack: PACKS['ma-csp'], problem: null });
  });

  it('is the saved custom pack when the custom program is chosen', () => {
    const settings = { ...DEFAULT_SETTINGS, program: 'custom' as const, customPack: custom };
    expect(basePackFor(settings).pack.id).toBe('agency-mo');
  });

  it('falls back to the default program, saying why, when the custom pack is unusable', () => {
    const broken = { ...DEFAULT_SETTINGS, program: 'custom' as const, customPack: '{"id": 3}' };
    expect(basePackFor(broken)).toMatchObject({
      pack: { id: 'ct-dmhas-csp' },
      problem: expect.stringMatching(/no longer valid/),
    });
    const none = { ...DEFAULT_SETTINGS, program: 'custom' as const };
    expect(basePackFor(none).problem).toMatch(/none is saved/);
  });
});

describe('activePackFor', () => {
  it('applies the settings to the chosen pack', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      program: 'ma-csp' as const,
      rulesOff: ['ma-transport'],
    };
    expect(activePackFor(settings).rules.map((rule) => rule.id)).not.toContain('ma-transport');
  });
});
