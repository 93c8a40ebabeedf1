// Note-level scans whose patterns never match across a line break (dates, clock readings,
// group sizes) remember each line's matches, so a re-check after an edit scans one line.
export interface Located {
  start: number;
  end: number;
}

/** Runs `scan` line by line over a note, reusing the matches of lines it has seen before. */
export function createLineScan<T extends Located>(
  scan: (line: string) => readonly T[],
  cacheSize = 2000,
): (text: string) => T[] {
  const cache = new Map<string, readonly T[]>();
  const scanLine = (line: string): readonly T[] => {
    const known = cache.get(line);
    if (known !== undefined) return known;
    const found = scan(line);
    cache.set(line, found);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
    return found;
  };
  return (text) => {
    const found: T[] = [];
    let lineStart = 0;
    for (;;) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 ? text.length : newline;
      for (const match of scanLine(text.slice(lineStart, lineEnd))) {
        found.push({ ...match, start: match.start + lineStart, end: match.end + lineStart });
      }
      if (newline === -1) return found;
      lineStart = newline + 1;
    }
  };
}
