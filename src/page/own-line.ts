// A missing element's line is written on a line of its own. The engine shapes its words for the
// place it saw ("\nLine" after a line, "Line\n" above one, "Line" on an empty line); the note may
// have changed since (CKEditor 5's second Ctrl+Z removes the empty line a report came for), and
// words without a line break of their own would then be joined to the text beside them.

/** Whether writing `line` at `at` in `text` leaves it on a line of its own. */
export function keepsOwnLine(text: string, at: number, line: string): boolean {
  const startsLine = line.startsWith('\n') || at === 0 || text[at - 1] === '\n';
  const endsLine = line.endsWith('\n') || at === text.length || text[at] === '\n';
  return startsLine && endsLine;
}
