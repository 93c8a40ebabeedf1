// Every form of a verb ("drive" → drive, drives, drove, driving, driven), so a pack lists
// a verb once. Runs when a pack is compiled, never per note.
//
// Conjugating with compromise is most of the cost of compiling a pack (about 0.9 of a second
// for the bundled packs), which the service worker pays each time Chrome restarts it. The
// forms of the bundled packs' verbs are therefore worked out ahead and kept in
// verb-forms.seed.json (`npm run verb-forms` writes it; a test checks it still matches);
// any other verb is conjugated here as before.
import nlp from 'compromise';
import seed from './verb-forms.seed.json';

const cache = new Map<string, string[]>(Object.entries(seed as Record<string, string[]>));

/** The regular -s, -ed and -ing forms, for verbs compromise knows only as nouns ("vacuum", "mop"). */
function regularForms(verb: string): string[] {
  if (verb.includes(' ') || verb.length < 3) return [];
  const doubled =
    /[^aeiou][aeiou][bdgmnpt]$/.test(verb) && verb.length <= 5 ? verb + verb.slice(-1) : verb;
  if (verb.endsWith('e')) return [`${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(verb))
    return [`${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`, `${verb}ing`];
  const s = /(?:s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [s, `${doubled}ed`, `${doubled}ing`, `${verb}ed`, `${verb}ing`];
}

export function verbForms(verb: string): string[] {
  const key = verb.toLowerCase();
  const known = cache.get(key);
  if (known) return known;
  const result = conjugate(key);
  cache.set(key, result);
  return result;
}

/** The forms of a lower-case verb, worked out with compromise (no cache). */
export function conjugate(key: string): string[] {
  const conjugated = (nlp(key).tag('Verb') as ReturnType<typeof nlp>).verbs().conjugate()[0] as
    Record<string, string> | undefined;
  const forms = new Set([key]);
  for (const [tense, form] of Object.entries(conjugated ?? {})) {
    if (tense !== 'FutureTense' && typeof form === 'string' && !form.includes(' ')) forms.add(form);
  }
  // compromise conjugates only the verbs it knows; "vacuum" and "mop" get the regular forms.
  if (forms.size === 1) for (const form of regularForms(key)) forms.add(form);
  return [...forms];
}

/** Every verb's forms known so far, by verb: what the seed file holds. */
export function knownVerbForms(): Record<string, string[]> {
  return Object.fromEntries([...cache].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Forgets every verb's forms, the seed's too (the script that writes the seed starts here). */
export function forgetVerbForms(): void {
  cache.clear();
}
