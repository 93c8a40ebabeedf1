// Start and end written apart: "Start: 10:00 End: 10:50", "Time in: 9:05 / Time out: 9:50".
import { boundedRegExp } from './bounded-regexp';
import { ClockToken, daytimeReading, findClockTokens, isYearLike } from './clock';

export interface LabelledTimes {
  start: ClockToken | null;
  end: ClockToken | null;
  /** Both are bare hours, each after its label: read as clocks all the same. */
  labelledBare?: true;
}

// "Start: 10:00", "Time In ......... 0930", "Start Time:" or "Began" with its value on the next line.
// A print view indents the value under its label ("Start Time" / "    2:00 PM"), or sets it
// a column away ("Time In:    2:00 PM").
const LABEL_TAIL = String.raw`[ \t]{0,3}(?:(?:\.{2,40}|_{2,40})[ \t]{0,3})?(?:[:=\-–][ \t]{0,12}(?:\r?\n[ \t]{0,8})?|[ \t]{0,3}\r?\n[ \t]{0,8})?(?:(?:at|about|around)[ \t]{1,3})?$`;
const START_LABEL = boundedRegExp(
  String.raw`(?:^|[^a-z])(?:start(?:ed|ing)?(?:[ \t]time)?|time[ \t]in|in[ \t]time|began|begin(?:ning)?(?:[ \t]time)?` +
    // "From: 8:45 AM        To: 10:30 AM": a form's From and To, each with its colon.
    String.raw`|arrived|arrival(?:[ \t]time)?|got[ \t](?:there|here)|showed[ \t]up|in[ \t]{0,2}(?=:)|from[ \t]{0,2}(?=:))` +
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
    String.raw`|finish(?:ed)?|concluded|departed|departure(?:[ \t]time)?|left|wrapped(?:[ \t]up)?|out[ \t]{0,2}(?=:)|to[ \t]{0,2}(?=:)` +
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

const START_COLUMN =
  /^(?:(?:session|visit|service|svc|contact)[ _-]?)?(?:start|begin)(?:[ _-]?time)?$|^(?:time[ _-]?in|from)$/i;
const END_COLUMN =
  /^(?:(?:session|visit|service|svc|contact)[ _-]?)?(?:end|stop)(?:[ _-]?time)?$|^(?:time[ _-]?out|to)$/i;
/** A header cell of an export: a short name, no clock or sentence in it. */
const HEADER_CELL = /^[\p{L}][\p{L}\d _./#()-]{0,30}$/u;

const MAX_ROWS = 12;
const TABLE_RULE = /^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?[ \t]*)?$/;

/**
 * An EHR export pasted as a header row and a value row ("svc_date,start,end,pos" then
 * "2026-02-09,13:30,14:20,community"), or a table printed with pipes ("| Date | Start | End |",
 * its rule, then "| 03/17/2026 | 8:30 AM | 10:15 AM |"): the clocks under the start and end
 * columns.
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
        // A table's rule under its header ("|---|---|") stands between the header and its row.
        let rowStart = lineEnd + 1;
        if (TABLE_RULE.test(text.slice(rowStart, lineEndAt(text, rowStart))))
          rowStart = Math.min(text.length, lineEndAt(text, rowStart) + 1);
        const under = (cell: Cell | undefined) =>
          cell === undefined
            ? null
            : (tokens.find((token) => token.start >= cell.start && token.end <= cell.end) ?? null);
        // An activity log has a row per activity ("| Pill box | 9:00 | 9:20 |", "| Coping
        // skills | 9:20 | 9:50 |", "| Total billed | | | 50 |"): the first start to the last end.
        let start: ClockToken | null = null;
        let end: ClockToken | null = null;
        for (let rows = 0; rowStart < text.length && rows < MAX_ROWS; rows += 1) {
          const rowEnd = lineEndAt(text, rowStart);
          const row = cells(text, rowStart, rowEnd);
          if (row.length !== header.length) break;
          const rowStartsAt = under(row[startAt]);
          // Rows of separate contacts (an export's next visit, earlier in the day) end the log.
          if (
            end !== null &&
            rowStartsAt !== null &&
            daytimeReading(rowStartsAt) < daytimeReading(end)
          )
            break;
          start ??= rowStartsAt;
          end = under(row[endAt]) ?? end;
          // An export's comma-separated rows are separate contacts; only a printed table logs.
          if (!text.slice(rowStart, rowEnd).includes('|')) break;
          rowStart = rowEnd + 1;
        }
        if (start !== null && end !== null && start.start < end.start) return { start, end };
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

/**
 * The cells of one line, quotes kept together, with their places in `text`: split on pipes when
 * the line is a table's ("| a | b | c |"), else on commas.
 */
function cells(text: string, from: number, to: number): Cell[] {
  const line = text.slice(from, to);
  const piped = /^[ \t]*\|.*\|[ \t]*$/.test(line);
  const separator = piped ? '|' : ',';
  if (piped) {
    // The outer pipes open and close the row; the cells are between them.
    from += line.indexOf('|') + 1;
    to = from - line.indexOf('|') - 1 + line.lastIndexOf('|');
  }
  const found: Cell[] = [];
  let start = from;
  let quoted = false;
  for (let i = from; i <= to; i += 1) {
    const char = i < to ? text[i] : separator;
    if (char === '"' && !piped) quoted = !quoted;
    else if (char === separator && !quoted) {
      const raw = text.slice(start, i);
      const value = raw.trim().replace(/^"|"$/g, '');
      found.push({ value, start, end: i });
      start = i + 1;
    }
  }
  return found.length >= 3 ? found : [];
}
