// Every form of a verb ("drive" → drive, drives, drove, driving, driven), so a pack lists
// a verb once. Runs when a pack is compiled, never per note.
import nlp from 'compromise';

const cache = new Map<string, string[]>();

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
  const conjugated = (nlp(key).tag('Verb') as ReturnType<typeof nlp>).verbs().conjugate()[0] as
    Record<string, string> | undefined;
  const forms = new Set([key]);
  for (const [tense, form] of Object.entries(conjugated ?? {})) {
    if (tense !== 'FutureTense' && typeof form === 'string' && !form.includes(' ')) forms.add(form);
  }
  // compromise conjugates only the verbs it knows; "vacuum" and "mop" get the regular forms.
  if (forms.size === 1) for (const form of regularForms(key)) forms.add(form);
  const result = [...forms];
  cache.set(key, result);
  return result;
}
