import { describe, expect, it } from 'vitest';
import { PACKS } from '../rules/packs';
import { parseCustomPack } from './custom-pack';
import { packFileText } from './pack-file';

const minimal = {
  id: 'agency-csp',
  name: 'Agency CSP',
  description: 'Our CSP rules.',
  extends: ['ct-dmhas-csp'],
};

describe('parseCustomPack', () => {
  it('accepts a pack that extends a bundled one and folds the base in', () => {
    const result = parseCustomPack(JSON.stringify(minimal));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.pack.lineage).toEqual(['shared', 'ct-dmhas-csp', 'agency-csp']);
      expect(result.pack.rules.length).toBe(PACKS['ct-dmhas-csp'].rules.length);
    }
  });

  it('refuses a pack over 2 MB before parsing it, naming the limit', () => {
    const huge = JSON.stringify({ ...minimal, description: 'x'.repeat(2_100_000) });
    const started = performance.now();
    const result = parseCustomPack(huge);
    expect(result).toEqual({
      ok: false,
      errors: [
        'custom pack: 2,100,083 characters; a rule pack can be at most 2 MB (2,000,000 characters)',
      ],
    });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('says in plain words when the text is not JSON', () => {
    const result = parseCustomPack('{ "id": ');
    expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/not valid JSON/)] });
  });

  it('names the JSON path of each problem', () => {
    const result = parseCustomPack(
      JSON.stringify({ ...minimal, name: 7, rules: [{ id: 'Bad Id', kind: 'vague' }] }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContain('custom pack: name: expected text, found 7');
      expect(result.errors.some((error) => error.startsWith('custom pack: rules[0].kind:'))).toBe(
        true,
      );
    }
  });

  it('round-trips an exported pack, which may take the place of the bundled one', () => {
    const result = parseCustomPack(packFileText(PACKS['ma-csp']));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.pack.rules.map((rule) => rule.id)).toEqual(
        PACKS['ma-csp'].rules.map((rule) => rule.id),
      );
      expect(result.pack.lineage).toEqual(['ma-csp']);
    }
  });
});
