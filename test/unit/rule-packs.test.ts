import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchemaText } from '../../src/rules/json-schema';
import { loadPack, loadPacks } from '../../src/rules/load';
import { BUNDLED_PACK_FILES, PACKS, PROGRAM_IDS } from '../../src/rules/packs';

describe('bundled rule packs', () => {
  it.each(Object.entries(BUNDLED_PACK_FILES))('%s validates', (file, json) => {
    const result = loadPack(json, file);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('resolve together without errors, one pack per program', () => {
    const { packs, errors } = loadPacks(BUNDLED_PACK_FILES);
    expect(errors).toEqual([]);
    for (const id of PROGRAM_IDS) expect(packs.get(id)?.lineage).toEqual(['shared', id]);
  });

  it('every program inherits the shared vague-term rules', () => {
    for (const id of PROGRAM_IDS) {
      expect(PACKS[id].rules.some((rule) => rule.id === 'ambiguous-assisted')).toBe(true);
    }
  });

  it('rules/schema.json is the schema generated from the zod schema (run npm run schema)', () => {
    const committed = readFileSync(new URL('../../rules/schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(packJsonSchemaText());
  });
});
