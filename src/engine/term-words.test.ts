import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from './compile';
import { findActivities, mayFindActivities, plain, plainWords } from './activities';
import { parseTokens } from './grammar';
import { splitSentences } from './sentences';
import { PACKS } from '../rules/packs';

const TRICKY = [
  "Didn't drive him; she's gonna take the 3-4pm bus w/ the U.S. café owner, 1,000 ft away.",
  "I'd gone thru it. Y'all can't, ain't, won't. Let's go @ home, we dunno, l'amour.",
  'Met 9:00-10:30am, ran 5km, im tired, cannot wait, gotta go, wanna see Zoë.',
  'CSW’s car; client’s mom’s home, the clients’ kids.',
];

/** Sentences of the example notes and of one batch of the labelled corpus. */
function realSentences(): string[] {
  const root = join(import.meta.dirname, '..', '..');
  const files = [
    ...readdirSync(join(root, 'examples'))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join(root, 'examples', name)),
    ...readdirSync(join(root, 'test/corpus/dev/w1/notes')).map((name) =>
      join(root, 'test/corpus/dev/w1/notes', name),
    ),
  ];
  return files.flatMap((file) =>
    splitSentences(readFileSync(file, 'utf8')).map((sentence) => sentence.text),
  );
}

describe('plainWords', () => {
  it.each(TRICKY)('holds every plain word of every term of %j', (text) => {
    const words = plainWords(text);
    const missing = parseTokens(text)
      .map(plain)
      .filter((word) => word !== '' && !word.includes(' ') && !words.has(word));
    expect(missing).toEqual([]);
  });

  it('holds the words compromise writes for contractions and ranges', () => {
    const words = plainWords("didn't gonna 3-4");
    for (const word of ['did', 'not', 'going', 'to', '3', '4']) expect(words).toContain(word);
  });

  it('holds every plain word of every term of real notes', () => {
    for (const text of realSentences()) {
      const words = plainWords(text);
      const missing = parseTokens(text)
        .map(plain)
        .filter((word) => word !== '' && !word.includes(' ') && !words.has(word));
      expect(missing, text).toEqual([]);
    }
  });
});

describe('mayFindActivities', () => {
  const pack = compilePack(PACKS['ct-dmhas-csp']);
  const groups = new Set(Object.keys(PACKS['ct-dmhas-csp'].activities));

  it('rules out a sentence no entry can match without parsing it', () => {
    expect(
      mayFindActivities('CSW modeled the budget worksheet step by step.', pack.activities, groups),
    ).toBe(false);
    expect(mayFindActivities('Client did well on the bus.', pack.activities, groups)).toBe(false);
  });

  it('keeps a sentence an entry matches, also when the verb is only in a contraction', () => {
    expect(mayFindActivities('We did the laundry together.', pack.activities, groups)).toBe(true);
    expect(mayFindActivities('Drove Marcus to his PCP appointment.', pack.activities, groups)).toBe(
      true,
    );
    expect(mayFindActivities("CSW didn't do laundry.", pack.activities, groups)).toBe(true);
  });

  it('never rules out a sentence where the activity lexicons find something', () => {
    for (const text of [...TRICKY, ...realSentences()]) {
      const tokens = parseTokens(text);
      const hits = findActivities(text, tokens, pack.activities, groups, () => true);
      if (hits.length > 0)
        expect(mayFindActivities(text, pack.activities, groups), text).toBe(true);
    }
  });
});
