// Minutes the note itself says were not billable service: "(incl. 20 min drive from the
// office)", "includes 20 min round-trip travel and 10 min typing this note", "last 15 min spent
// writing this note", "about 40 min of driving". PRODUCT.md lets these come off the service
// time, and the units report says so. Time the note already left out ("Travel: 8:55-9:20,
// not counted") is not taken off twice.
import { boundedRegExp } from './bounded-regexp';
import { findAllDurations, type DurationMatch } from './durations';
import { findTimeRanges, type TimeRange } from './ranges';

export interface Deduction {
  minutes: number;
  /** What the minutes were: travel or documentation. */
  reason: 'travel' | 'documentation';
  /** The note itself says these minutes are not billed ("20 min drive, not billed"). */
  declared: boolean;
  start: number;
  end: number;
}

const ACTIVITIES: [reason: Deduction['reason'], pattern: string][] = [
  [
    'travel',
    String.raw`driv(?:e|es|ing|en)|drove|travel(?:l?ing|l?ed)?|commut(?:e|ing)|transport(?:ing|ed)?|round[ \t-]trip|ride[ \t](?:there|back|over|home)`,
  ],
  [
    'documentation',
    String.raw`(?:writ(?:e|ing)|wrote|typ(?:e|ed|ing))[ \t](?:this|it)[ \t]up(?![a-z])|(?:writ(?:e|ing)|wrote|typ(?:e|ed|ing)|complet(?:e|ed|ing)|finish(?:ed|ing)?|do(?:ing)?|did|enter(?:ed|ing)?)[ \t](?:up[ \t])?(?:this|the|my|her|his|their|today['’]s)[ \t](?:(?:session|visit|progress|case|service|contact|daily)[ \t])?(?:note|documentation|paperwork)` +
      String.raw`|(?:typ|enter|input|upload|chart)(?:e|ed|ing)?[ \t][^.;\n]{0,50}?(?:into|in)[ \t](?:the|her|his|their|my)?[ \t]?(?:chart|record|ehr|emr|system|computer)` +
      String.raw`|(?:wrote|writ(?:e|ing)|typ(?:e|ed|ing)|complet(?:e|ed|ing)|finish(?:ed|ing)?)[ \t](?:up[ \t])?(?:the|this|my|her|his|their|a)[ \t](?:[\p{L}\d-]{1,12}[ \t]){0,2}(?:report|summary|plan[ \t]update)` +
      String.raw`|documentation|charting|note[ \t-]writing|scheduled[ \t](?:\p{L}{1,20}[ \t]){1,3}(?:appointments?|appts?|visits?|sessions?)|(?<!(?:is|am|are|was|were|be|not)[ \t])billing(?![ \t]{0,2}[:=]?[ \t]{1,2}(?:\d|a[ \t]|an[ \t]|one|two|three|four|five|six|only|for|(?:\p{L}{1,15}[ \t]){0,2}(?:time|minutes|mins?)\b))|scheduling|reschedul(?:ed|ing)|setting[ \t]up[ \t](?:\p{L}{1,20}[ \t]){0,3}(?:appointments?|appts?|visits?|sessions?)`,
  ],
];
const ACTIVITY = boundedRegExp(ACTIVITIES.map(([, pattern]) => `(${pattern})`).join('|'), 'giu');
// "not counted", "not included", "excluded": the stated time already leaves these minutes out.
// "During the 20-min drive we practiced...": the drive carried billable work.
const ALREADY_OUT = boundedRegExp(
  String.raw`not[ \t](?:counted|counting|included|including|incl\b|part[ \t]of|in[ \t](?:the|that|this|my|our))|excluded|excluding|separate(?:ly)?|outside[ \t](?:of[ \t])?the|before[ \t]the[ \t](?:session|visit)[ \t]start|after[ \t]the[ \t](?:session|visit)[ \t]end` +
    String.raw`|(?:during|on)[ \t](?:the|our|a)[ \t](?:\S{1,20}[ \t]){0,2}(?:drive|ride|trip)|(?:in|on)[ \t]the[ \t](?:car|way)[ \t](?:we|she|he|they|csw|i|pt|client)`,
  'i',
);
const DECLARED = boundedRegExp(
  String.raw`not[ \t-]billed|not[ \t]billing|only[ \t]billing|billing[ \t]only|(?:neither|none)[ \t](?:of[ \t]\w{1,8}[ \t])?(?:is|was|are|were)[ \t](?:counted|included|billed)|non[ \t-]?billable|not[ \t]billable|unbilled|no[ \t]charge|not[ \t]charged|none[ \t](?:of[ \t](?:that|this|it|those)[ \t])?(?:is[ \t]|was[ \t]|were[ \t])?(?:billed|counted|charged)`,
  'i',
);
// "4 h 20 min on this week's log including 35 min of my travel": a week's total, not this session.
// "writing up this note and the monthly service summary": a document named for its period is
// no period.
const OTHER_PERIOD = boundedRegExp(
  String.raw`\b(?:week|weeks|weekly|week's|wk|month|monthly|month's|ytd|year)\b(?![ \t]{1,2}(?:(?:dmhas|dds|service|services|progress|billing)[ \t]{1,2})?(?:summary|summaries|report|reports|data|sheet|form|forms|update|updates|note|notes|review|visit|visits|session|sessions|appointment|appointments|appt|appts)\b)`,
  'i',
);
// "put next week's visit on the calendar", "booking next month's sessions": the sittings being
// set up, not a week's or a month's worth of time.
const A_WEEKS_SITTING =
  /\b(?:week|month)['’]s[ \t]{1,2}(?:visits?|sessions?|appointments?|appts?|group)\b/gi;
const INSIDE = boundedRegExp(
  String.raw`\b(?:incl|includ(?:e|es|ed|ing)|of[ \t]which|of[ \t](?:that|this|it|those)|covers?|within|last|first)\b`,
  'i',
);
const CLOCK = boundedRegExp(String.raw`\d[:.]\d\d|\d[ \t]{0,2}(?:am|pm|a\.m|p\.m)\b`, 'i');
const EACH_WAY = boundedRegExp(
  String.raw`^[ \t]{0,3}(?:each[ \t]way|both[ \t]ways|there[ \t]and[ \t]back|each[ \t]direction)`,
  'i',
);
const NEAR = 60;
const NEGATED_BEFORE = boundedRegExp(
  String.raw`\b(?:can['’]?t|cannot|couldn['’]?t|won['’]?t|doesn['’]?t|didn['’]?t|did[ \t]not|does[ \t]not|will[ \t]not|not|never|no[ \t]longer)[ \t]{1,2}(?:\S{1,12}[ \t]{1,2})?$`,
  'i',
);
/** The next clause bills an amount: "...; bill 90 min", "; billing 75 min". */
const BILLS_NEXT = boundedRegExp(
  String.raw`^[^;.\n]{0,60};[ \t]{0,3}(?:(?:so|and)[ \t]{1,2})?(?:i[ \t]{1,2}(?:will[ \t]{1,2}|am[ \t]{1,2})?)?(?:bill|billing|billed)[ \t]{1,2}(?:only[ \t]{1,2})?\d`,
  'i',
);
/** The next clause is only "not billed", "not counted", "not included". */
const VERDICT_NEXT = boundedRegExp(
  String.raw`^[^;.\n]{0,20}[;,][ \t]{0,3}(?:not|never)[ \t](?:billed|counted|included|incl\b|charged)`,
  'i',
);
/** The clause after the next ";" or stop, when it speaks of "that time", "it", "which", "neither". */
const THAT_TIME = boundedRegExp(
  String.raw`^[^;.\n]{0,60}[;.][ \t]{0,3}((?:that|this|the|which|it|those|these|neither|none)\b[^;.\n]{0,100})`,
  'i',
);

/** Durations of non-billable activities the note names inside one line, each once. */
export function findDeductions(line: string): Deduction[] {
  const deductions: Deduction[] = [];
  const ranges = findTimeRanges(line);
  // A log line's range measures writing or scheduling; a drive in one may carry the client and
  // the work done with them ("10:00-10:45 drove Bill to the food pantry").
  const leading = leadingRanges(line, ranges);
  const durations = [
    ...findAllDurations(line).filter(
      (duration) => duration.minutes < 8 * 60 && !restatesRange(line, duration, ranges),
    ),
    ...bracketedRanges(line, ranges),
    ...leading,
  ].sort((a, b) => a.start - b.start);
  const activities: { reason: Deduction['reason']; start: number; end: number }[] = [];
  ACTIVITY.lastIndex = 0;
  for (let match = ACTIVITY.exec(line); match !== null; match = ACTIVITY.exec(line)) {
    // "on the days his brother can't drive him (bus 14, 25 min)": a drive nobody made.
    if (NEGATED_BEFORE.test(line.slice(Math.max(0, match.index - 24), match.index))) continue;
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const reason = (ACTIVITIES[index] ?? ['travel'])[0];
    activities.push({ reason, start: match.index, end: match.index + match[0].length });
  }
  const taken = new Set<DurationMatch>();
  const take = (activity: (typeof activities)[number], duration: DurationMatch) => {
    taken.add(duration);
    if (activity.reason === 'travel' && leading.includes(duration)) return;
    const from = Math.min(duration.start, activity.start);
    const to = Math.max(duration.end, activity.end);
    const clause = clauseAround(line, from, to);
    if (ALREADY_OUT.test(clause) || OTHER_PERIOD.test(clause.replace(A_WEEKS_SITTING, ''))) return;
    // "(drive ... 20 minutes each way, not billed; not included above)": said after the clause.
    if (ALREADY_OUT.test(restOfBracket(line, to))) return;
    // "... this note (about 20 minutes); that time is not included in the time above."
    const after = THAT_TIME.exec(line.slice(to, to + 160))?.[1];
    if (after !== undefined && (ALREADY_OUT.test(after) || DECLARED.test(after))) return;
    // "Travel: 20 min each way, not billed", "11:00-11:50 at his apt. drive over was 25 min,
    // not billed.": with no "including" and no clock in its own clause, time the note already
    // kept out of its service time.
    // "... writing this note at the table before leaving; bill 90 min.": the next clause says what
    // is billed, so these minutes are declared out.
    // "Drive from my previous visit was 25 minutes; not billed.": the next clause is the verdict.
    const declared =
      DECLARED.test(clause) ||
      BILLS_NEXT.test(line.slice(to, to + 80)) ||
      VERDICT_NEXT.test(line.slice(to, to + 40));
    const lead = line.slice(Math.max(0, from - 30), from);
    if (declared && !INSIDE.test(clause + lead) && !CLOCK.test(clause)) return;
    const twice = EACH_WAY.test(line.slice(duration.end, duration.end + 20));
    deductions.push({
      minutes: twice ? duration.minutes * 2 : duration.minutes,
      reason: activity.reason,
      declared,
      start: duration.start,
      end: duration.end,
    });
  };
  // "20 min drive", "10 min typing this note": a duration right before its activity first.
  const left: typeof activities = [];
  for (const activity of activities) {
    const before = durations.find(
      (duration) =>
        !taken.has(duration) &&
        duration.end <= activity.start &&
        /^[\s-]{0,3}(?:of\s)?$/.test(line.slice(duration.end, activity.start)),
    );
    if (before) take(activity, before);
    else left.push(activity);
  }
  for (const activity of left) {
    const duration = nearest(
      line,
      durations.filter((candidate) => !taken.has(candidate)),
      activity.start,
      activity.end,
    );
    if (duration) take(activity, duration);
  }
  return deductions.sort((a, b) => a.start - b.start);
}

/**
 * "12:30-2:50 (2 hrs 20 min)", "2.5 hrs (1:00-3:30, ...)": the length of the whole range beside
 * it, said again, never a part of it.
 */
function restatesRange(
  line: string,
  duration: DurationMatch,
  ranges: readonly TimeRange[],
): boolean {
  return ranges.some(
    (range) =>
      range.minutes === duration.minutes &&
      (/^[\s(]{0,3}$/.test(line.slice(range.end.end, duration.start)) ||
        /^[\s(]{0,3}$/.test(line.slice(duration.end, range.start.start))),
  );
}

/**
 * "my drive from the office (12:30-1:00)", "writing up this note in the car after (2:30-2:50)":
 * a range in its own brackets is the length of what it follows.
 */
function bracketedRanges(line: string, ranges: readonly TimeRange[]): DurationMatch[] {
  return ranges
    .filter(
      (range) =>
        (/\(\s{0,2}$/.test(line.slice(0, range.start.start)) &&
          /^\s{0,2}\)/.test(line.slice(range.end.end))) ||
        // "... which includes my drive from the office to Maple Court, 12:30-12:55.": a range
        // set off by a comma at the end of its clause.
        (/,\s{1,2}$/.test(line.slice(0, range.start.start)) &&
          /^\s{0,2}(?:[.;)]|$)/.test(line.slice(range.end.end))),
    )
    .map((range) => ({
      minutes: range.minutes,
      text: line.slice(range.start.start, range.end.end),
      start: range.start.start,
      end: range.end.end,
      labelled: false,
    }));
}

/**
 * "2:15-2:30 Wrote up this session note", "2:00-2:30: scheduled February visits": a range that
 * opens its line, in an account written as a log, is the length of what the line says was done.
 */
function leadingRanges(line: string, ranges: readonly TimeRange[]): DurationMatch[] {
  return ranges
    .filter(
      (range) =>
        /^[ \t•*-]{0,3}$/.test(line.slice(0, range.start.start)) &&
        /^[ \t]{0,2}[:–—-]?[ \t]{0,2}\p{L}/u.test(line.slice(range.end.end)),
    )
    .map((range) => ({
      minutes: range.minutes,
      text: line.slice(range.start.start, range.end.end),
      start: range.start.start,
      end: range.end.end,
      labelled: false,
    }));
}

/** The rest of the parenthesis `at` is in, or nothing when it is in none. */
function restOfBracket(line: string, at: number): string {
  const open = line.lastIndexOf('(', at);
  if (open === -1 || line.lastIndexOf(')', at) > open) return '';
  const close = line.indexOf(')', at);
  return line.slice(at, close === -1 ? line.length : close);
}

// "Waited in the lobby for the 50-minute session and drove him home": the length of something
// else, not of the drive.
const MEASURES_OTHER = boundedRegExp(
  String.raw`^[ \t-]{0,2}(?:long[ \t]{1,2})?(?:session|appointment|appt|visit|meeting|group|call|class|hearing|wait|nap|program|shift|test)\b`,
  'i',
);

/** The duration closest to the activity words, in the same clause, within a few words. */
function nearest(
  line: string,
  durations: readonly DurationMatch[],
  from: number,
  to: number,
): DurationMatch | null {
  let best: DurationMatch | null = null;
  let bestGap = NEAR;
  for (const duration of durations) {
    const gap =
      duration.end <= from ? from - duration.end : duration.start >= to ? duration.start - to : 0;
    const between = line.slice(Math.min(duration.end, to), Math.max(duration.start, from));
    if (MEASURES_OTHER.test(line.slice(duration.end, duration.end + 24))) continue;
    // "Sat in the waiting room till he was done, about an hour, then drove him back": "then"
    // starts another act.
    if (gap < bestGap && !/[.;]\s|\band\s(?:then|we|i|she|he)\b|,\s{0,2}then\b/i.test(between)) {
      best = duration;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * A dictated run-on has no stops: its clause is what lies within this many characters, not the
 * whole note ("... the drive was about twenty minutes each way ... I'll see her next week").
 */
const CLAUSE_REACH = 160;

function clauseAround(line: string, from: number, to: number): string {
  const [start, end] = punctuatedClauseAround(line, from, to);
  return line.slice(Math.max(start, from - CLAUSE_REACH), Math.min(end, to + CLAUSE_REACH));
}

/** Where the clause around `from`..`to` starts and ends: at stops, semicolons and brackets. */
function punctuatedClauseAround(line: string, from: number, to: number): [number, number] {
  const before = line.slice(0, from);
  const start = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('; '),
    before.lastIndexOf('('),
    0,
  );
  // "My drive (25 min) and writing this note are not counted": a bracket opened inside the
  // clause is passed over; one opened before it closes the clause.
  let depth = 0;
  for (let k = start; k < to; k += 1) {
    if (line[k] === '(') depth += 1;
    else if (line[k] === ')' && depth > 0) depth -= 1;
  }
  if (line[start] === '(') depth -= 1;
  for (let k = to; k < line.length; k += 1) {
    const char = line[k];
    if (char === '(') depth += 1;
    else if (char === ')') {
      if (depth <= 0) return [start, k + 1];
      depth -= 1;
    } else if (depth <= 0 && (char === ';' || (char === '.' && /\s/.test(line[k + 1] ?? '')))) {
      return [start, k + 1];
    }
  }
  return [start, line.length];
}
