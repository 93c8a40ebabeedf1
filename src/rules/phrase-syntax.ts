// Checks a pack phrase before it is compiled, so a typo is a load error and not a crash.
const SLOTS = new Set(['person', 'worker']);

/** Null when the phrase is well formed, otherwise what is wrong with it. */
export function phraseProblem(phrase: string): string | null {
  let depth = 0;
  for (let i = 0; i < phrase.length; i += 1) {
    const ch = phrase[i];
    if (ch === '<' || ch === '{') {
      const close = phrase.indexOf(ch === '<' ? '>' : '}', i);
      if (close === -1) return `"${ch}" is never closed`;
      const inner = phrase.slice(i + 1, close);
      if (inner.trim() === '') return `"${ch}${ch === '<' ? '>' : '}'}" is empty`;
      if (ch === '{' && !SLOTS.has(inner))
        return `{${inner}} is not a known slot ({person} or {worker})`;
      i = close;
    } else if (ch === '>' || ch === '}') {
      return `"${ch}" closes nothing`;
    } else if (ch === '(') {
      depth += 1;
    } else if (ch === ')') {
      depth -= 1;
      if (depth < 0) return '")" closes nothing';
    }
  }
  return depth === 0 ? null : '"(" is never closed';
}
