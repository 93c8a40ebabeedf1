// "Ignore" remembers a finding by a hash of its rule and the words at and around it, so it
// stays hidden while the user keeps typing elsewhere; the words themselves are never kept.

/** 32-bit FNV-1a: short, stable, and not reversible to the words for any useful length. */
function fnv1a(input: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i += 1) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function wordBefore(text: string, index: number): string {
  return (
    /([\p{L}\p{N}'’-]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, index - 40), index))?.[1] ?? ''
  );
}

function wordAfter(text: string, index: number): string {
  return /^[^\p{L}\p{N}]*([\p{L}\p{N}'’-]+)/u.exec(text.slice(index, index + 40))?.[1] ?? '';
}

export function ignoreKey(rule: string, text: string, start: number, end: number): string {
  const words = [wordBefore(text, start), text.slice(start, end), wordAfter(text, end)];
  return fnv1a([rule, ...words].join('\u0000').toLowerCase());
}
