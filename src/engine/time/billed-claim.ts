// The time a note says it bills, when it bills less than it ran: "CSW is billing 1 unit (15
// minutes) of community support for this meeting", "billing 15 minutes only (one unit),
// 2:00-2:15, for her part", "2 units billed". PRODUCT.md lets minutes the note itself calls
// non-billable come off; a note that names what it bills has named the rest.
import { boundedRegExp } from './bounded-regexp';
import { parseNumber } from './number-words';

export interface BilledClaim {
  /** Minutes the note bills; for a claim in units, units times the unit's minutes. */
  minutes: number;
  /** The claim is a count of units ("Units billed: 3"), not of time. */
  inUnits: boolean;
  start: number;
  end: number;
}

// "1 unit", "15 minutes", "1.5 hours", "2 hrs 10 min": groups amount, unit, extra minutes.
const AMOUNT = String.raw`(\d{1,3}(?:\.\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty)[ \t]{0,2}(units?|min(?:ute)?s?|hours?|hrs?)\b(?:[ \t]{0,2}(?:and[ \t]{1,2})?(\d{1,2})[ \t]{0,2}min(?:ute)?s?\b)?`;
// "billing 15 minutes only", "is billing only 1 unit", "billed for 30 min", "bill only 2 units".
const CLAIM = boundedRegExp(
  String.raw`(?<![a-z])(?:billing|billed|bills|bill|claiming|claimed|claims|charging|charged|charges)(?:[ \t]{1,2}time)?(?:[ \t]{0,2}:)?[ \t]{1,2}(?:only[ \t]{1,2}|for[ \t]{1,2}(?:only[ \t]{1,2})?|just[ \t]{1,2})?${AMOUNT}` +
    // "2 units billed", "15 min billed"
    String.raw`|(?<![\w.])${AMOUNT}[ \t]{1,2}(?:(?:is|are|was|were)[ \t]{1,2})?(?:billed|billable|claimed|charged)\b`,
  'giu',
);
const CLAIM_WORD = /bill|claim|charg/iu;
// "Billable: 65 min (90 min minus the 25 min she was in with the doctor)".
const BILLABLE_CLAIM = boundedRegExp(
  String.raw`(?<![a-z-])billable(?:[ \t]{1,2}time)?[ \t]{0,2}:[ \t]{0,3}${AMOUNT}`,
  'giu',
);
// "Units Billed: 1 (15 min)", "Minutes billed: 30": the amount under a label that names its unit.
const LABELLED_CLAIM = boundedRegExp(
  String.raw`(?<![a-z])(units?|min(?:ute)?s?|hours?|hrs?)[ \t]{1,2}(?:billed|claimed|charged)[ \t]{0,2}[:=][ \t]{0,3}(\d{1,3}(?:\.\d{1,2})?)(?![\d:])`,
  'giu',
);
// "billing 1:45", "billed 2:10 total": hours and minutes written as a clock, not a time of day.
const CLOCK_CLAIM = boundedRegExp(
  String.raw`(?<![a-z])(?:billing|billed|bill|claiming|claimed)[ \t]{1,2}(?:for[ \t]{1,2})?(\d{1,2}):([0-5]\d)(?![\d:])(?![ \t]{0,2}(?:[ap]\.?m\b|[ap]\b|o['’]?clock|[-–—~]|to\b|until\b|til\b))`,
  'giu',
);
/** "not billing 15 min", "15 min not billed": a claim of what is left out is no claim. */
const NEGATED_BEFORE = boundedRegExp(
  String.raw`(?:not|never|n['’]t|no)[ \t]{1,2}(?:be[ \t]{1,2})?$`,
  'i',
);
const NEGATED_AFTER = boundedRegExp(String.raw`^[ \t]{1,2}(?:not|never)\b`, 'i');
/** "... billing 2 units per week", "billed 8 units this month": another period, not this note. */
const OTHER_PERIOD_AFTER = boundedRegExp(
  String.raw`^[ \t]{0,2}(?:per|a|each|this|last|that)[ \t]{1,2}(?:week|wk|month|year|day|visit)\b|^[ \t]{0,2}(?:so[ \t]far|to[ \t]date|ytd|weekly|monthly)\b`,
  'i',
);

function minutesOf(
  amount: string,
  unit: string,
  extra: string | undefined,
  unitMinutes: number,
): number | null {
  const count = /^[\d.]+$/.test(amount) ? Number(amount) : parseNumber(amount);
  if (count === null || !Number.isFinite(count) || count <= 0) return null;
  const lower = unit.toLowerCase();
  if (lower.startsWith('unit')) return Number.isInteger(count) ? count * unitMinutes : null;
  if (lower.startsWith('h')) return Math.round(count * 60) + (extra ? Number(extra) : 0);
  return count;
}

/**
 * The one amount the note says it bills, or null when it names none, names two different
 * ones, or names one in a negation or for another period.
 */
export function findBilledClaim(text: string, unitMinutes: number): BilledClaim | null {
  // Every claim holds one of these; the literals are found far faster than the whole pattern.
  if (!CLAIM_WORD.test(text)) return null;
  const claims: BilledClaim[] = [];
  CLAIM.lastIndex = 0;
  for (let match = CLAIM.exec(text); match !== null; match = CLAIM.exec(text)) {
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 24);
    if (NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(after)) continue;
    if (OTHER_PERIOD_AFTER.test(after)) continue;
    const amount = match[1] ?? match[4];
    const unit = match[2] ?? match[5];
    const extra = match[1] !== undefined ? match[3] : match[6];
    if (amount === undefined || unit === undefined) continue;
    const minutes = minutesOf(amount, unit, extra, unitMinutes);
    if (minutes === null) continue;
    claims.push({
      minutes,
      inUnits: unit.toLowerCase().startsWith('unit'),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  CLOCK_CLAIM.lastIndex = 0;
  for (let match = CLOCK_CLAIM.exec(text); match !== null; match = CLOCK_CLAIM.exec(text)) {
    const minutes = Number(match[1]) * 60 + Number(match[2]);
    if (minutes > 0 && minutes <= 12 * 60) {
      claims.push({
        minutes,
        inUnits: false,
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  }
  BILLABLE_CLAIM.lastIndex = 0;
  for (let match = BILLABLE_CLAIM.exec(text); match !== null; match = BILLABLE_CLAIM.exec(text)) {
    const minutes = minutesOf(match[1] as string, match[2] as string, match[3], unitMinutes);
    if (minutes !== null)
      claims.push({
        minutes,
        inUnits: (match[2] as string).toLowerCase().startsWith('unit'),
        start: match.index,
        end: match.index + match[0].length,
      });
  }
  LABELLED_CLAIM.lastIndex = 0;
  for (let match = LABELLED_CLAIM.exec(text); match !== null; match = LABELLED_CLAIM.exec(text)) {
    const minutes = minutesOf(match[2] as string, match[1] as string, undefined, unitMinutes);
    if (minutes !== null)
      claims.push({
        minutes,
        inUnits: (match[1] as string).toLowerCase().startsWith('unit'),
        start: match.index,
        end: match.index + match[0].length,
      });
  }
  if (claims.length === 0) return null;
  claims.sort((a, b) => a.start - b.start);
  const first = claims[0] as BilledClaim;
  return claims.every((claim) => claim.minutes === first.minutes) ? first : null;
}
