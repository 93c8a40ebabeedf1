import { describe, expect, it } from 'vitest';
import { loadPack, loadPacks } from './load';
import { PACKS } from './packs';

const S2 = '002_272baf8fda9674c5.txt';

function validPack(): Record<string, unknown> {
  return {
    id: 'test-pack',
    name: 'Test',
    description: 'A pack for tests',
    rules: [
      {
        id: 'test-drive',
        kind: 'non-billable',
        code: 'transportation',
        message: 'Driving is not billable.',
        severity: 'error',
        source: { document: S2, section: '(B)7' },
        match: { phrases: ['<drive> {person}'] },
        examples: { fires: ['CSW drove client.'], quiet: ['Client drove.'] },
      },
    ],
  };
}

function withRule(change: (rule: Record<string, unknown>) => void): Record<string, unknown> {
  const pack = validPack();
  const rule = (pack.rules as Record<string, unknown>[])[0] as Record<string, unknown>;
  change(rule);
  return pack;
}

function errorsOf(json: unknown, file = 'rules/mo-community-support.json'): string[] {
  const result = loadPack(json, file);
  return result.ok ? [] : result.errors;
}

describe('loadPack', () => {
  it('accepts a valid pack and fills in defaults', () => {
    const result = loadPack(validPack(), 'rules/test.json');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.rules[0]?.except).toEqual([]);
  });

  it('names the file, the JSON path and what was expected when a section is missing', () => {
    const pack = withRule((rule) => {
      rule.source = { document: S2 };
    });
    expect(errorsOf(pack)).toEqual([
      'rules/mo-community-support.json: rules[0].source.section: expected text, found nothing',
    ]);
  });

  it('says an empty section is nothing', () => {
    const pack = withRule((rule) => {
      rule.source = { document: S2, section: '  ' };
    });
    expect(errorsOf(pack)).toEqual([
      'rules/mo-community-support.json: rules[0].source.section: expected text, found nothing',
    ]);
  });

  it('lists the finding kinds when a kind is unknown', () => {
    const pack = withRule((rule) => {
      rule.kind = 'vague';
    });
    expect(errorsOf(pack)[0]).toBe(
      'rules/mo-community-support.json: rules[0].kind: expected one of "ambiguous-term", "non-billable", "subjective-language", "limit", "mixed-billing", found "vague"',
    );
  });

  it('lists the categories when a non-billable code is not one of them', () => {
    const pack = withRule((rule) => {
      rule.code = 'driving';
    });
    expect(errorsOf(pack)[0]).toMatch(
      /^rules\/mo-community-support\.json: rules\[0\]\.code: expected one of "transportation", .*"no-show", "routine-home-visit", found "driving"$/,
    );
  });

  it('rejects a source document that is not a seed file', () => {
    const pack = withRule((rule) => {
      rule.source = { document: 'medicaid-manual.pdf', section: '4.2' };
    });
    expect(errorsOf(pack)[0]).toMatch(
      /^rules\/mo-community-support\.json: rules\[0\]\.source\.document: expected one of the seed documents \(000_198047cccad68f0c\.txt, .*\), found "medicaid-manual\.pdf"$/,
    );
  });

  it('rejects a duplicate rule id and points at both rules', () => {
    const pack = validPack();
    const rules = pack.rules as unknown[];
    rules.push(structuredClone(rules[0]));
    expect(errorsOf(pack)).toEqual([
      'rules/mo-community-support.json: rules[1].id: "test-drive" is already the id of rules[0]',
    ]);
  });

  it('explains a wrong type in plain words', () => {
    const pack = withRule((rule) => {
      rule.examples = { fires: 'CSW drove client.', quiet: ['x'] };
    });
    expect(errorsOf(pack)).toEqual([
      'rules/mo-community-support.json: rules[0].examples.fires: expected a list, found "CSW drove client."',
    ]);
  });

  it('flags a misspelled field instead of ignoring it', () => {
    const pack = withRule((rule) => {
      rule.sugestions = [];
    });
    expect(errorsOf(pack)).toEqual([
      'rules/mo-community-support.json: rules[0]: unknown field(s) "sugestions"; check the spelling',
    ]);
  });

  it('rejects a phrase with an unknown slot', () => {
    const pack = withRule((rule) => {
      rule.match = { phrases: ['<drive> {patient}'] };
    });
    expect(errorsOf(pack)[0]).toMatch(
      /^rules\/mo-community-support\.json: rules\[0\]\.match\.phrases\[0\]: /,
    );
  });

  it('refuses a phrase that could make matching backtrack, naming where it is', () => {
    const pack = withRule((rule) => {
      rule.match = { phrases: ['<drive> {person}', `${'(a|a)'.repeat(30)} b`] };
    });
    expect(errorsOf(pack)).toEqual([
      expect.stringMatching(
        /^rules\/mo-community-support\.json: rules\[0\]\.match\.phrases\[1\]: not a valid phrase: can match the same words in over a million ways \(at most 64\)/,
      ),
    ]);
  });

  it('never throws on input that is not a pack at all', () => {
    expect(errorsOf(null, 'rules/x.json')).toEqual([
      'rules/x.json: expected an object, found null',
    ]);
    expect(errorsOf('hello', 'rules/x.json')).toEqual([
      'rules/x.json: expected an object, found "hello"',
    ]);
  });
});

describe('loadPacks', () => {
  it('reports an extends target that does not exist', () => {
    const pack = { ...validPack(), extends: ['shared'] };
    expect(loadPacks({ 'rules/test.json': pack }).errors).toEqual([
      'test-pack: extends: no pack has the id "shared"',
    ]);
  });

  it('reports a rule id used again by a pack it extends', () => {
    const base = { ...validPack(), id: 'base' };
    const child = { ...validPack(), extends: ['base'] };
    expect(loadPacks({ 'rules/base.json': base, 'rules/child.json': child }).errors).toEqual([
      'test-pack: rule id "test-drive" is used twice (in base and test-pack)',
    ]);
  });

  it('reports extends that go round in a circle', () => {
    const a = { ...validPack(), id: 'a', extends: ['b'], rules: [] };
    const b = { ...validPack(), id: 'b', extends: ['a'], rules: [] };
    expect(loadPacks({ 'rules/a.json': a, 'rules/b.json': b }).errors).toContain(
      'a: extends goes round in a circle (a → b → a)',
    );
  });

  it('folds the base pack rules and vocabulary into the program pack', () => {
    const base = {
      ...validPack(),
      id: 'base',
      vocabulary: { worker: ['CSW'], person: ['client'] },
    };
    const child = { ...validPack(), extends: ['base'], rules: [] };
    const { packs, errors } = loadPacks({ 'rules/base.json': base, 'rules/child.json': child });
    expect(errors).toEqual([]);
    const resolved = packs.get('test-pack');
    expect(resolved?.rules.map((rule) => rule.id)).toEqual(['test-drive']);
    expect(resolved?.vocabulary.worker).toEqual(['CSW']);
    expect(resolved?.lineage).toEqual(['base', 'test-pack']);
  });
});

describe('citations in the bundled programs', () => {
  const MISSOURI = '002_272baf8fda9674c5.txt';

  it('never cite the Missouri guide on a Connecticut or Massachusetts card', () => {
    for (const id of ['ct-dmhas-csp', 'ma-csp', 'ct-dds-parenting'] as const) {
      const pack = PACKS[id];
      const cited = [...pack.rules, ...pack.requiredFields].map((item) => item.source.document);
      expect(cited, id).not.toContain(MISSOURI);
      expect(cited, id).toContain('notecoach');
    }
  });

  it('keep the Missouri guide where Missouri is the program', () => {
    const assisted = PACKS['mo-community-support'].rules.find(
      (rule) => rule.id === 'ambiguous-assisted',
    );
    expect(assisted?.source.document).toBe(MISSOURI);
  });
});
