// Start and end written apart: "Start: 10:00 End: 10:50", "Time in: 9:05 / Time out: 9:50".
import { boundedRegExp } from './bounded-regexp';
import { ClockToken, findClockTokens, isYearLike } from './clock';

export interface LabelledTimes {
  start: ClockToken | null;
  end: ClockToken | null;
  /** Both are bare hours, each after its label: read as clocks all the same. */
  labelledBare?: true;
}

// "Start: 10:00", "Time In ......... 0930", "Start Time:" or "Began" with its value on the next line.
const LABEL_TAIL = String.raw`[ \t]{0,3}(?:(?:\.{2,40}|_{2,40})[ \t]{0,3})?(?:[:=\-–][ \t]{0,3}(?:\r?\n[ \t]{0,3})?|[ \t]{0,3}\r?\n[ \t]{0,3})?(?:(?:at|about|around)[ \t]{1,3})?$`;
const START_LABEL = boundedRegExp(
  String.raw`(?:^|[^a-z])(?:start(?:ed|ing)?(?:[ \t]time)?|time[ \t]in|in[ \t]time|began|begin(?:ning)?(?:[ \t]time)?` +
    String.raw`|arrived|arrival(?:[ \t]time)?|got[ \t](?:there|here)|showed[ \t]up|in[ \t]{0,2}(?=:))` +
    LABEL_TAIL +
    // "met her in the clinic parking lot at 8:45", "called ... at about a quarter past nine",
    // "Met Gary at his apt on Cook St. around 11ish" (an abbreviation's period goes on)
    String.raw`|(?:^|[^a-z])(?:met|arrived|called|got[ \t](?:there|to)|picked[ \t](?:him|her|them|\w{1,12})[ \t]up|(?:stopped|dropped|came)[ \t](?:by|in|over)|visited)(?:[ \t][^.;,\d\n \t]{1,20}(?:\.(?=[ \t][a-z]))?){0,7}[ \t](?:at|around|about)(?:[ \t](?:about|around|approx\.?|approximately))?[ \t]$` +
    // "pt called agency line 7:40pm": a call's time a few words after "called".
    String.raw`|(?:^|[^a-z])called(?:[ \t][^.;,\d\n \t]{1,20}){0,3}[ \t]$`,
  'i',
);
const END_LABEL = boundedRegExp(
  String.raw`(?:^|[^a-z])(?:end(?:ed|ing)?(?:[ \t]time)?|time[ \t]out|out[ \t]time|stop(?:ped)?(?:[ \t]time)?` +
    String.raw`|finish(?:ed)?|concluded|departed|departure(?:[ \t]time)?|left|wrapped(?:[ \t]up)?|out[ \t]{0,2}(?=:)` +
    // "Time in 11:10 / out 11:50": "out" after the start's separator.
    String.raw`|(?<=[/|,;][ \t]{0,2})out)` +
    LABEL_TAIL,
  'i',
);

// "In 1:00 PM   Out 3:00 PM": a form's capitalized In and Out, with no colon after them.
const START_CAPITAL = boundedRegExp(String.raw`(?:^|[\s|,;])In[ \t]{1,3}$`);
// "5/6/26 · library · in 11:05 / out 12:05": a lower-case "in" after a separator, its "out" next.
const START_LOWER = boundedRegExp(String.raw`(?:^|[·|,;/][ \t]{0,3})in[ \t]{1,3}$`, 'i');
const OUT_NEXT = boundedRegExp(
  String.raw`^[ \t]{0,3}(?:[ap]\.?m\.?)?[ \t]{0,3}[/|,;–-]?[ \t]{0,3}out[ \t]`,
  'i',
);
const END_CAPITAL = boundedRegExp(String.raw`(?:^|[\s|,;/])Out[ \t]{1,3}$`);

const LOOK_BEHIND = 72;
const LOOK_AHEAD = 16;
const BARE_PAIR_GAP = 24;

/**
 * The first clock labelled as a start and the first labelled as an end. A bare number or a
 * year is left out even after a label: "left 2 messages" is not a departure at 2.
 */
export function findLabelledTimes(text: string, tokens = findClockTokens(text)): LabelledTimes {
  const columns = columnTimes(text, tokens);
  if (columns !== null) return columns;
  let start: ClockToken | null = null;
  let end: ClockToken | null = null;
  let bareStart: ClockToken | null = null;
  let bareEnd: ClockToken | null = null;
  for (const token of tokens) {
    if (isYearLike(token)) continue;
    const bare = token.form === 'bare' && token.meridiem === null;
    const before = text.slice(Math.max(0, token.start - LOOK_BEHIND), token.start);
    const lowerIn =
      START_LOWER.test(before) && OUT_NEXT.test(text.slice(token.end, token.end + LOOK_AHEAD));
    if (start === null && (START_LABEL.test(before) || START_CAPITAL.test(before) || lowerIn)) {
      if (!bare) start = token;
      else bareStart ??= token;
    } else if (end === null && (END_LABEL.test(before) || END_CAPITAL.test(before))) {
      if (!bare) end = token;
      else bareEnd ??= token;
    }
  }
  // "started 10, ended 11": two bare hours, each labelled, written together.
  if (
    start === null &&
    end === null &&
    bareStart !== null &&
    bareEnd !== null &&
    bareStart.start < bareEnd.start &&
    bareEnd.start - bareStart.end <= BARE_PAIR_GAP
  ) {
    return { start: bareStart, end: bareEnd, labelledBare: true };
  }
  // "got there around 2, left at 3:20": a bare start counts beside a written end.
  if (start === null && bareStart !== null && end !== null && bareStart.start < end.start)
    start = bareStart;
  return { start, end };
}

const START_COLUMN = /^(?:start|start[ _-]?time|time[ _-]?in|begin|begin[ _-]?time|from)$/i;
const END_COLUMN = /^(?:end|end[ _-]?time|stop|stop[ _-]?time|time[ _-]?out|to)$/i;
/** A header cell of an export: a short name, no clock or sentence in it. */
const HEADER_CELL = /^[\p{L}][\p{L}\d _./#()-]{0,30}$/u;

/**
 * An EHR export pasted as a header row and a value row ("svc_date,start,end,pos" then
 * "2026-02-09,13:30,14:20,community"): the clocks under the start and end columns.
 */
function columnTimes(text: string, tokens: readonly ClockToken[]): LabelledTimes | null {
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = lineEndAt(text, lineStart);
    const header = cells(text, lineStart, lineEnd);
    if (header.length >= 3 && header.every((cell) => HEADER_CELL.test(cell.value))) {
      const startAt = header.findIndex((cell) => START_COLUMN.test(cell.value));
      const endAt = header.findIndex((cell) => END_COLUMN.test(cell.value));
      if (startAt !== -1 && endAt !== -1 && lineEnd < text.length) {
        const row = cells(text, lineEnd + 1, lineEndAt(text, lineEnd + 1));
        const under = (cell: Cell | undefined) =>
          cell === undefined
            ? null
            : (tokens.find((token) => token.start >= cell.start && token.end <= cell.end) ?? null);
        const start = under(row[startAt]);
        const end = under(row[endAt]);
        if (row.length === header.length && start !== null && end !== null) return { start, end };
      }
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

interface Cell {
  value: string;
  start: number;
  end: number;
}

function lineEndAt(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** The comma-separated cells of one line, quotes kept together, with their places in `text`. */
function cells(text: string, from: number, to: number): Cell[] {
  const found: Cell[] = [];
  let start = from;
  let quoted = false;
  for (let i = from; i <= to; i += 1) {
    const char = i < to ? text[i] : ',';
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      const raw = text.slice(start, i);
      const value = raw.trim().replace(/^"|"$/g, '');
      found.push({ value, start, end: i });
      start = i + 1;
    }
  }
  return found.length >= 3 ? found : [];
}
