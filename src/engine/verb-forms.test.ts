import { describe, expect, it } from 'vitest';
import seed from './verb-forms.seed.json';
import { conjugate, verbForms } from './verb-forms';

describe('verb forms', () => {
  it('the seed holds what conjugating each verb gives now (else run `npm run verb-forms`)', () => {
    const table = seed as Record<string, string[]>;
    expect(Object.keys(table).length).toBeGreaterThan(100);
    for (const [verb, forms] of Object.entries(table)) expect(conjugate(verb)).toEqual(forms);
  });

  it('conjugates a verb the seed does not hold, as it always did', () => {
    expect(seed).not.toHaveProperty('telephone');
    expect(verbForms('Telephone')).toEqual(conjugate('telephone'));
    expect(verbForms('telephone')).toEqual(expect.arrayContaining(['telephone', 'telephoned']));
  });
});
