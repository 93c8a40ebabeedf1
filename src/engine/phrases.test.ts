import { describe, expect, it } from 'vitest';
import { phrasesRegExp } from './phrases';

const vocab = { person: ['client', 'him'], worker: ['CSW', 'I'] };
const finds = (phrase: string, text: string) => phrasesRegExp([phrase], vocab).test(text);

describe('pack phrases', () => {
  it('<verb> matches every form of the verb', () => {
    for (const text of [
      'drive client',
      'drove client',
      'drives client',
      'driving client',
      'driven client',
    ]) {
      expect(finds('<drive> {person}', text)).toBe(true);
    }
  });

  it('{person} takes a determiner, and words match whole only', () => {
    expect(finds('<drive> {person}', 'drove the client')).toBe(true);
    expect(finds('<drive> {person}', 'drove clients')).toBe(false);
    expect(finds('<drive> {person}', 'overdrove him')).toBe(false);
  });

  it('~ allows up to three words in between, never across a sentence end', () => {
    expect(finds('<go> to ~ store', 'went to the department store')).toBe(true);
    expect(finds('<go> to ~ store', 'went to the. Store')).toBe(false);
  });

  it('a hyphen also matches a space or nothing; apostrophes match both kinds', () => {
    expect(finds('no-show', 'no show')).toBe(true);
    expect(finds('non-compliant', 'noncompliant')).toBe(true);
    expect(finds("client's home", 'client’s home')).toBe(true);
  });
});
