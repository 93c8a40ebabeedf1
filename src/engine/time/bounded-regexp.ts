// Every pattern in this folder is built here, so none can hold an unbounded quantifier:
// with bounded repeats a match attempt does constant work and a scan is linear in the text.

/** True when `source` repeats something without an upper bound (`*`, `+` or `{n,}`). */
export function hasUnboundedQuantifier(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') {
      i += 1;
    } else if (inClass) {
      inClass = char !== ']';
    } else if (char === '[') {
      inClass = true;
    } else if (char === '*' || char === '+') {
      return true;
    } else if (char === '{' && /^\{\d{1,9},\}/.test(source.slice(i, i + 12))) {
      return true;
    }
  }
  return false;
}

/** A RegExp that is refused at module load if its source could repeat without bound. */
export function boundedRegExp(source: string, flags = ''): RegExp {
  if (hasUnboundedQuantifier(source)) {
    throw new Error(`Unbounded quantifier in time pattern: ${source}`);
  }
  return new RegExp(source, flags);
}
