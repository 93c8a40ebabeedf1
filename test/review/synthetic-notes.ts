// Deterministic synthetic progress notes for clone tests and the clone benchmark: varied
// sentences from slot-filled patterns, a form header on half of them, and known clones.

const NAMES = [
  'John',
  'Maria',
  'Keisha',
  'Luis',
  'Tom',
  'Aisha',
  'Dmitri',
  'Grace',
  'Omar',
  'Lena',
];
const PLACES = [
  'apartment',
  'library',
  'clinic lobby',
  'bus station',
  'food pantry',
  'park bench',
  'coffee shop',
  'shelter office',
  'pharmacy',
  'laundromat',
];
const TOPICS = [
  'budget',
  'lease renewal',
  'bus pass',
  'medication refill',
  'job application',
  'food stamp form',
  'court date',
  'doctor visit',
  'utility bill',
  'phone plan',
  'housing voucher',
  'support group',
];
const VERBS = [
  'reviewed',
  'practiced',
  'discussed',
  'planned',
  'role-played',
  'organized',
  'listed',
  'compared',
  'rehearsed',
  'wrote out',
];
const FEELINGS = [
  'anxious',
  'calm',
  'frustrated',
  'hopeful',
  'tired',
  'focused',
  'irritable',
  'upbeat',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const PATTERNS: ((w: (list: string[]) => string) => string)[] = [
  (w) => `CSW met ${w(NAMES)} at the ${w(PLACES)} to work on the ${w(TOPICS)} goal.`,
  (w) => `${w(NAMES)} ${w(VERBS)} the ${w(TOPICS)} with CSW and asked about the ${w(TOPICS)}.`,
  (w) =>
    `Client appeared ${w(FEELINGS)} and said the ${w(TOPICS)} had been on their mind since ${w(DAYS)}.`,
  (w) => `CSW modeled how to call about the ${w(TOPICS)} and client ${w(VERBS)} the script twice.`,
  (w) =>
    `They walked from the ${w(PLACES)} to the ${w(PLACES)} while talking about the ${w(TOPICS)}.`,
  (w) => `Client identified one barrier to the ${w(TOPICS)} and one person who could help.`,
  (w) => `Plan: meet on ${w(DAYS)} at the ${w(PLACES)} to follow up on the ${w(TOPICS)}.`,
  (w) =>
    `${w(NAMES)} was ${w(FEELINGS)} at first and became ${w(FEELINGS)} after a short break outside.`,
  (w) => `CSW and client ${w(VERBS)} questions for the ${w(TOPICS)} appointment on ${w(DAYS)}.`,
  (w) => `Client reported sleeping poorly and missing the ${w(TOPICS)} meeting last ${w(DAYS)}.`,
  (w) => `The ${w(TOPICS)} paperwork was incomplete, so client ${w(VERBS)} what was still missing.`,
  (w) => `Client chose to handle the ${w(TOPICS)} alone and will report back by ${w(DAYS)}.`,
];
const HEADER =
  'Start time: 9:00 AM\nEnd time: 10:00 AM\nLocation: community\nGoal addressed:\nIntervention:\nResponse:\n';

/** Mulberry32: a small seeded generator, so every run builds the same batch. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticBatch {
  notes: { id: string; text: string }[];
  /** [original id, clone id] for every clone made. */
  clones: [string, string][];
}

/** `count` notes of 5 to 9 sentences; `cloneShare` of them copy an earlier note with a new date and name. */
export function syntheticBatch(count: number, cloneShare: number, seed = 1): SyntheticBatch {
  const next = random(seed);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const notes: SyntheticBatch['notes'] = [];
  const clones: SyntheticBatch['clones'] = [];
  for (let i = 0; i < count; i++) {
    const id = `n${i}`;
    const date = `Date: ${1 + Math.floor(next() * 12)}/${1 + Math.floor(next() * 28)}/2024\n`;
    if (i > 10 && next() < cloneShare) {
      const original = notes[Math.floor(next() * i)]!;
      const body = original.text.replace(/^Date: .*\n/, '');
      notes.push({
        id,
        text: date + body.replaceAll(/\b(John|Maria|Keisha|Luis)\b/g, pick(NAMES)),
      });
      clones.push([original.id, id]);
      continue;
    }
    const sentences = Array.from({ length: 5 + Math.floor(next() * 5) }, () =>
      pick(PATTERNS.map((_, k) => String(k))),
    ).map((k) => PATTERNS[Number(k)]!(pick));
    notes.push({ id, text: date + (next() < 0.5 ? HEADER : '') + sentences.join(' ') });
  }
  return { notes, clones };
}
