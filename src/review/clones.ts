// Cloned documentation: notes in a batch that read the same, or nearly, as another note
// (one worker's note copied week after week, one text pasted for several clients).
//
// Each note becomes a set of word 5-grams ("shingles") after masking what legitimately
// changes between copies (numbers, dates, times, day and month names, mid-sentence proper
// names, pronouns). Lines that a large share of the batch shares (a template such as
// "Start: End: Location:") are left out, so a common form never makes two notes look alike.
// MinHash signatures and LSH banding propose candidate pairs in near-linear time; the exact
// Jaccard similarity of the shingle sets decides, and the shared shingles give the passages
// to highlight side by side.
import { z } from 'zod';

export const textRangeSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextRange = z.infer<typeof textRangeSchema>;

export const clonePairSchema = z.object({
  a: z.string(),
  b: z.string(),
  /** Jaccard similarity of the two notes' shingle sets, 0 to 1. */
  similarity: z.number().min(0).max(1),
  /** Share of the shorter note's shingles found in the other note, 0 to 1. */
  containment: z.number().min(0).max(1),
  /** Shared passages as character ranges in note a and in note b. */
  passagesA: z.array(textRangeSchema),
  passagesB: z.array(textRangeSchema),
});
export type ClonePair = z.infer<typeof clonePairSchema>;

export const cloneReportSchema = z.object({
  /** Best pairs first; each note keeps at most `maxPartners` of its closest matches. */
  pairs: z.array(clonePairSchema),
  /** Notes linked by any qualifying pair, in batch order; groups of two or more. */
  groups: z.array(z.array(z.string())),
  /** Notes with enough text of their own to compare. */
  compared: z.number().int(),
  /** Notes left out because, without template lines, they have fewer than `minWords` words. */
  tooShort: z.number().int(),
  /** Distinct template lines ignored. */
  boilerplateLines: z.number().int(),
});
export type CloneReport = z.infer<typeof cloneReportSchema>;

export interface CloneOptions {
  /** Words per shingle. */
  shingleWords: number;
  /** Least Jaccard similarity for a pair to count as cloned. */
  threshold: number;
  /** Batches of at most this many notes compare every pair exactly instead of using LSH. */
  exactUpTo: number;
  /** LSH bands × rows per band = MinHash signature length. */
  bands: number;
  rowsPerBand: number;
  /** A line is template when at least this share of notes (and `boilerplateMinNotes`) has it... */
  boilerplateShare: number;
  boilerplateMinNotes: number;
  /** ...and it is short: long shared lines are copied prose, not a form. */
  boilerplateMaxWords: number;
  minWords: number;
  maxPartners: number;
}

export const DEFAULT_CLONE_OPTIONS: CloneOptions = {
  shingleWords: 5,
  threshold: 0.5,
  exactUpTo: 300,
  bands: 32,
  rowsPerBand: 4,
  boilerplateShare: 0.2,
  boilerplateMinNotes: 3,
  boilerplateMaxWords: 12,
  minWords: 8,
  maxPartners: 5,
};

/** Members of one LSH bucket compared with this many following members, not all of them. */
const BUCKET_WINDOW = 24;

const DAYS =
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun';
const MONTHS =
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec';
const PRONOUNS = 'he she him her his hers himself herself they them their theirs';
const MASKS = new Map<string, string>([
  ...DAYS.split(' ').map((w) => [w, '\u0001day'] as const),
  ...MONTHS.split(' ').map((w) => [w, '\u0001month'] as const),
  ...PRONOUNS.split(' ').map((w) => [w, '\u0001pronoun'] as const),
]);
const NUMBER = '\u0001number';
const NAME = '\u0001name';

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
const DIGIT = /\d/;
const SENTENCE_BREAK = /[.!?\n]/;

interface Tokens {
  /** Normalized form of each word. */
  words: string[];
  starts: number[];
  ends: number[];
  /** Index of the first word of each line, plus words.length at the end. */
  lineStarts: number[];
}

/**
 * Splits a note into masked words with their offsets, and records where lines begin. A
 * capitalized word inside a sentence is a name; so is the same word starting a sentence.
 */
function tokenize(text: string): Tokens {
  const tokens: Tokens = { words: [], starts: [], ends: [], lineStarts: [0] };
  const names = new Set<string>();
  const capitalizedAtStart: number[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    if (gap.includes('\n') && tokens.words.length > 0) tokens.lineStarts.push(tokens.words.length);
    const sentenceStart = tokens.words.length === 0 || SENTENCE_BREAK.test(gap);
    const lower = raw.toLowerCase();
    let word = MASKS.get(lower) ?? lower;
    if (DIGIT.test(raw)) word = NUMBER;
    else if (word === lower && raw[0] !== lower[0]) {
      if (sentenceStart) capitalizedAtStart.push(tokens.words.length);
      else {
        names.add(lower);
        word = NAME;
      }
    }
    tokens.words.push(word);
    tokens.starts.push(start);
    tokens.ends.push(start + raw.length);
    previousEnd = start + raw.length;
  }
  for (const t of capitalizedAtStart) if (names.has(tokens.words[t]!)) tokens.words[t] = NAME;
  tokens.lineStarts.push(tokens.words.length);
  return tokens;
}

function lineKeys(tokens: Tokens): string[] {
  const keys: string[] = [];
  for (let l = 0; l + 1 < tokens.lineStarts.length; l++) {
    const from = tokens.lineStarts[l]!;
    const to = tokens.lineStarts[l + 1]!;
    if (to > from) keys.push(tokens.words.slice(from, to).join(' '));
  }
  return keys;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One note ready to compare: its own words (template lines removed) and their shingles. */
interface Prepared {
  index: number;
  tokens: Tokens;
  /** Indexes into tokens of the words kept. */
  kept: number[];
  /** Shingle hash starting at each kept word. */
  shingleAt: Uint32Array;
  /** Sorted distinct shingle hashes. */
  set: Uint32Array;
}

function prepare(index: number, tokens: Tokens, template: Set<string>, o: CloneOptions): Prepared {
  const kept: number[] = [];
  for (let l = 0; l + 1 < tokens.lineStarts.length; l++) {
    const from = tokens.lineStarts[l]!;
    const to = tokens.lineStarts[l + 1]!;
    if (to > from && template.has(tokens.words.slice(from, to).join(' '))) continue;
    for (let t = from; t < to; t++) kept.push(t);
  }
  const ids = kept.map((t) => fnv1a(tokens.words[t]!));
  const count = Math.max(0, kept.length - o.shingleWords + 1);
  const shingleAt = new Uint32Array(count);
  for (let p = 0; p < count; p++) {
    let h = 0x9747b28c;
    for (let k = 0; k < o.shingleWords; k++)
      h = Math.imul(h ^ ids[p + k]!, 0x5bd1e995) ^ (h >>> 15);
    shingleAt[p] = fmix32(h);
  }
  const sorted = shingleAt.slice().sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  }
  return { index, tokens, kept, shingleAt, set: sorted.slice(0, distinct) };
}

function signatureOf(set: Uint32Array, seeds: Uint32Array, out: Uint32Array, offset: number) {
  const length = seeds.length;
  out.fill(0xffffffff, offset, offset + length);
  for (let s = 0; s < set.length; s++) {
    const base = fmix32(set[s]!);
    for (let i = 0; i < length; i++) {
      let h = Math.imul(base ^ seeds[i]!, 0x9e3779b1);
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < out[offset + i]!) out[offset + i] = h;
    }
  }
}

function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}

function contains(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Character ranges of the words of `note` covered by shingles the other note also has. */
function sharedPassages(note: Prepared, other: Prepared, shingleWords: number): TextRange[] {
  const covered = new Uint8Array(note.kept.length);
  for (let p = 0; p < note.shingleAt.length; p++) {
    if (contains(other.set, note.shingleAt[p]!)) covered.fill(1, p, p + shingleWords);
  }
  const ranges: TextRange[] = [];
  const { starts, ends } = note.tokens;
  for (let k = 0; k < covered.length; k++) {
    if (!covered[k]) continue;
    const token = note.kept[k]!;
    const last = ranges[ranges.length - 1];
    // Extend the open range only over words that are next to each other in the note itself.
    if (last && covered[k - 1] && note.kept[k - 1] === token - 1) last.end = ends[token]!;
    else ranges.push({ start: starts[token]!, end: ends[token]! });
  }
  return ranges;
}

function templateLines(all: Tokens[], o: CloneOptions): Set<string> {
  const notesWith = new Map<string, number>();
  for (const tokens of all) {
    for (const key of new Set(lineKeys(tokens))) notesWith.set(key, (notesWith.get(key) ?? 0) + 1);
  }
  const least = Math.max(o.boilerplateMinNotes, Math.ceil(o.boilerplateShare * all.length));
  const template = new Set<string>();
  for (const [key, count] of notesWith) {
    if (count >= least && key.split(' ').length <= o.boilerplateMaxWords) template.add(key);
  }
  return template;
}

function seedsFor(length: number): Uint32Array {
  const seeds = new Uint32Array(length);
  for (let i = 0; i < length; i++) seeds[i] = fmix32(0x2545f491 + i * 0x6d2b79f5);
  return seeds;
}

/** Candidate pairs from LSH: notes whose signatures agree on every row of some band. */
function candidatePairs(signatures: Uint32Array, count: number, o: CloneOptions): Set<number> {
  const length = o.bands * o.rowsPerBand;
  const pairs = new Set<number>();
  for (let band = 0; band < o.bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let n = 0; n < count; n++) {
      let h = band;
      const offset = n * length + band * o.rowsPerBand;
      for (let r = 0; r < o.rowsPerBand; r++) h = fmix32(h ^ signatures[offset + r]!);
      const bucket = buckets.get(h);
      if (bucket) bucket.push(n);
      else buckets.set(h, [n]);
    }
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) {
        const end = Math.min(bucket.length, i + 1 + BUCKET_WINDOW);
        for (let j = i + 1; j < end; j++) pairs.add(bucket[i]! * count + bucket[j]!);
      }
    }
  }
  return pairs;
}

/** Every pair for a small batch; LSH candidates over MinHash signatures for a large one. */
function candidatesFor(prepared: Prepared[], o: CloneOptions): Iterable<number> {
  const count = prepared.length;
  if (count <= o.exactUpTo) {
    const all: number[] = [];
    for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) all.push(a * count + b);
    return all;
  }
  const length = o.bands * o.rowsPerBand;
  const seeds = seedsFor(length);
  const signatures = new Uint32Array(count * length);
  prepared.forEach((note, n) => signatureOf(note.set, seeds, signatures, n * length));
  return candidatePairs(signatures, count, o);
}

function groupsOf(pairs: [number, number][], count: number): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) [parent[i], i] = [root, parent[i]!];
    return root;
  };
  for (const [a, b] of pairs) parent[find(a)] = find(b);
  const members = new Map<number, number[]>();
  for (const [a, b] of pairs) {
    for (const n of [a, b]) members.set(find(n), []);
  }
  for (let n = 0; n < count; n++) members.get(find(n))?.push(n);
  return [...members.values()].sort((x, y) => x[0]! - y[0]!);
}

export interface CloneInput {
  id: string;
  text: string;
}

/** Finds notes in a batch that read the same or nearly the same as another note. */
export function findClones(notes: readonly CloneInput[], options: Partial<CloneOptions> = {}) {
  const o: CloneOptions = { ...DEFAULT_CLONE_OPTIONS, ...options };
  const tokens = notes.map((note) => tokenize(note.text));
  const template = templateLines(tokens, o);
  const prepared: Prepared[] = [];
  let tooShort = 0;
  tokens.forEach((t, index) => {
    const note = prepare(index, t, template, o);
    if (note.kept.length >= o.minWords && note.set.length > 0) prepared.push(note);
    else tooShort++;
  });

  const scored: { a: number; b: number; similarity: number; containment: number }[] = [];
  for (const key of candidatesFor(prepared, o)) {
    const a = Math.floor(key / prepared.length);
    const b = key % prepared.length;
    const setA = prepared[a]!.set;
    const setB = prepared[b]!.set;
    const shared = intersectionSize(setA, setB);
    const similarity = shared / (setA.length + setB.length - shared);
    if (similarity >= o.threshold) {
      scored.push({ a, b, similarity, containment: shared / Math.min(setA.length, setB.length) });
    }
  }
  scored.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);

  const partners = new Uint16Array(prepared.length);
  const pairs: ClonePair[] = [];
  for (const { a, b, similarity, containment } of scored) {
    if (partners[a]! >= o.maxPartners && partners[b]! >= o.maxPartners) continue;
    partners[a]!++;
    partners[b]!++;
    const noteA = prepared[a]!;
    const noteB = prepared[b]!;
    const [first, second] = noteA.index < noteB.index ? [noteA, noteB] : [noteB, noteA];
    pairs.push({
      a: notes[first.index]!.id,
      b: notes[second.index]!.id,
      similarity: Math.round(similarity * 1000) / 1000,
      containment: Math.round(containment * 1000) / 1000,
      passagesA: sharedPassages(first, second, o.shingleWords),
      passagesB: sharedPassages(second, first, o.shingleWords),
    });
  }

  const linked = scored.map(({ a, b }): [number, number] => [
    prepared[a]!.index,
    prepared[b]!.index,
  ]);
  const report: CloneReport = {
    pairs,
    groups: groupsOf(linked, notes.length).map((group) => group.map((n) => notes[n]!.id)),
    compared: prepared.length,
    tooShort,
    boilerplateLines: template.size,
  };
  return report;
}
