// Every form of a verb ("drive" → drive, drives, drove, driving, driven), so a pack lists
// a verb once. Runs when a pack is compiled, never per note.
import nlp from 'compromise';

const cache = new Map<string, string[]>();

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
  const result = [...forms];
  cache.set(key, result);
  return result;
}
