// Note-level scans whose patterns never match across a line break (dates, clock readings,
// group sizes) remember each line's matches, so a re-check after an edit scans one line.
export interface Located {
  start: number;
  end: number;
}

interface Line {
  text: string;
  start: number;
}

/**
 * The lines of the last note split: a report runs several line scans over the same note, and
 * the same line strings let each scan's cache find them without hashing them again.
 */
let lastSplit: { text: string; lines: readonly Line[] } = { text: '', lines: [] };

function linesOf(text: string): readonly Line[] {
  if (lastSplit.text === text && lastSplit.lines.length > 0) return lastSplit.lines;
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ text: text.slice(start, end), start });
    if (newline === -1) break;
    start = newline + 1;
  }
  lastSplit = { text, lines };
  return lines;
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
    for (const line of linesOf(text)) {
      for (const match of scanLine(line.text)) {
        found.push({ ...match, start: match.start + line.start, end: match.end + line.start });
      }
    }
    return found;
  };
}
