// Cuts a note into plain and marked pieces for display, so the page renders text nodes and
// <mark> elements and never parses the note as HTML.

export interface Segment {
  text: string;
  start: number;
  /** Indexes of the ranges covering this piece; empty for plain text. */
  marks: number[];
}

/** Pieces of `text` in order; overlapping and out-of-bounds ranges are handled, empty ones ignored. */
export function segmentText(
  text: string,
  ranges: readonly { start: number; end: number }[],
): Segment[] {
  const cuts = new Set([0, text.length]);
  const clamped = ranges.map(({ start, end }) => ({
    start: Math.max(0, Math.min(start, text.length)),
    end: Math.max(0, Math.min(end, text.length)),
  }));
  for (const { start, end } of clamped) {
    if (end > start) cuts.add(start).add(end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const marks = clamped.flatMap((r, index) =>
      r.start <= start && r.end >= end && r.end > r.start ? [index] : [],
    );
    segments.push({ text: text.slice(start, end), start, marks });
  }
  return segments;
}
