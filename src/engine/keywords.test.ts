import { describe, expect, it } from 'vitest';
import { keyWords } from './keywords';

describe('keyWords', () => {
  it('takes a required word of the phrase, skipping slots, gaps and filler', () => {
    expect(keyWords('{person} was <transport|transported>')).toEqual(['was']);
    expect(keyWords('to ~ store')).toEqual(['store']);
    expect(keyWords('<give> {person} a ride').sort()).toEqual([
      'gave',
      'give',
      'given',
      'gives',
      'giving',
    ]);
  });

  it('uses every alternative of a required choice, but never an optional one', () => {
    expect(keyWords('(clean|dirty) ua')).toEqual(['clean', 'dirty']);
    expect(keyWords('(the |)chart')).toEqual(['chart']);
  });
});
