// Some EHR exports run a form's fields onto one line with only wide spaces between them:
// "DOS  03/11/2026  ContactType  Phone  Mins  15  TxGoal  G1 get to appts  Staff  H. Kim".
// Read that way, no label has its colon, and the readers that look for "Mins:" or "Goal:" find
// nothing. Where a line alternates short labels and values this way, the first two spaces after
// each label are written as ": ", so the text keeps its length and every offset still points at
// the note the worker sees.

/** Two or more spaces (or a tab) between a form's fields. */
const GAP = /[ ]{2,}|\t+/gu;
/** A field's label: one to three short words, no sentence punctuation, no clock or date. */
const LABEL = /^[\p{L}][\p{L}#/&'’.-]{0,24}(?: [\p{L}#/&'’.-]{1,20}){0,2}$/u;
/** A gap this wide holds an empty value between two labels. */
const EMPTY_FIELD_GAP = 4;
/** Fewer label-value pairs than this on a line is prose with wide spacing, not an export. */
const MIN_PAIRS = 3;

/** `text` with the labels of one-line exports given their colons, the same length. */
export function writeExportColons(text: string): string {
  if (!text.includes('  ') && !text.includes('\t')) return text;
  let changed = false;
  const lines = text.split('\n').map((line) => {
    const written = colonsFor(line);
    if (written !== line) changed = true;
    return written;
  });
  return changed ? lines.join('\n') : text;
}

function colonsFor(line: string): string {
  const gaps = [...line.matchAll(GAP)];
  // A line that opens with its first label: "MemberName  Rosa Jimenez  DOS ...".
  const lead = line.length - line.trimStart().length;
  if (gaps.length === 0 || (gaps[0] as RegExpMatchArray).index === lead) return line;
  const segments: { start: number; end: number }[] = [];
  let from = lead;
  for (const gap of gaps) {
    const at = gap.index as number;
    if (at > from) segments.push({ start: from, end: at });
    // "Loc    TxGoal": a field left empty leaves a gap twice as wide.
    if (gap[0].length >= EMPTY_FIELD_GAP) segments.push({ start: at + 2, end: at + 2 });
    from = at + gap[0].length;
  }
  if (from < line.length) segments.push({ start: from, end: line.length });
  const labels = segments.filter((_, i) => i % 2 === 0 && i + 1 < segments.length);
  if (labels.length < MIN_PAIRS) return line;
  const isLabel = (segment: { start: number; end: number }) => {
    const words = line.slice(segment.start, segment.end);
    return LABEL.test(words) && !words.endsWith(':');
  };
  if (!labels.every(isLabel)) return line;
  let out = line;
  const emptyAt = new Set(segments.filter((segment) => segment.start === segment.end).map((segment) => segment.start)); // prettier-ignore
  for (const label of labels) {
    // The gap after a label is at least two characters wide: ": " fits without a shift. An
    // empty field is written as a blank to fill in (":_"), so the next label is no value of it.
    const empty = emptyAt.has(label.end + 2);
    out = `${out.slice(0, label.end)}${empty ? ':_' : ':'}${out.slice(label.end + (empty ? 2 : 1))}`;
  }
  return out;
}
