// Program limits on one note: minimum duration, unit caps for some activities, group size,
// and the Parenting Support weekly average.
import type { LimitRule } from '../../rules/schema';
import type { CompiledRule } from '../compile';
import { exceptionHolds, findingFor } from '../findings';
import { statedAverageMinutes, statedWeeklyMinutes } from '../time/weekly-hours';
import type { Finding } from '../types';
import type { Check, NoteInput } from './check';

export const limits: Check = {
  note(input) {
    if (input.notBilled) return [];
    const findings: Finding[] = [];
    for (const entry of input.pack.rules) {
      if (entry.rule.kind !== 'limit') continue;
      const values = exceeded(entry.rule, entry, input);
      if (values === null) continue;
      if (entry.exceptions.some((exception) => exceptionHolds(exception, input.text))) continue;
      const [start, end] = timeSpan(input);
      const finding = findingFor(entry.rule, start, end);
      findings.push({ ...finding, message: fill(finding.message, values) });
    }
    return findings;
  },
};

/** The numbers to quote when the limit is passed, or null when it is not. */
function exceeded(
  rule: LimitRule,
  entry: CompiledRule,
  input: NoteInput,
): Record<string, number> | null {
  const { match } = rule;
  const minutes = input.time.minutes;
  const units = input.units?.units ?? null;
  switch (rule.code) {
    case 'under-minimum-duration':
      return match.minMinutes !== undefined &&
        minutes !== null &&
        minutes > 0 &&
        minutes < match.minMinutes
        ? { minutes }
        : null;
    case 'discharge-planning-over-4-units':
      return match.maxUnits !== undefined &&
        units !== null &&
        units > match.maxUnits &&
        startsWithHeading(input.text, match.heading)
        ? { units }
        : null;
    case 'team-meeting-over-1-unit':
      return match.maxUnits !== undefined &&
        units !== null &&
        units > match.maxUnits &&
        namesTheSession(entry, input.text)
        ? { units }
        : null;
    case 'group-over-4-people':
      return match.maxPeople !== undefined &&
        input.groupSize !== null &&
        input.groupSize > match.maxPeople
        ? { people: input.groupSize }
        : null;
    case 'parenting-over-weekly-average': {
      if (match.maxWeeklyMinutes === undefined || minutes === null) return null;
      const average = statedAverageMinutes(input.text);
      if (average !== null && average <= match.maxWeeklyMinutes) return null;
      // The week as the EHR counts it, or as the note itself states it, whichever is more.
      const stated = statedWeeklyMinutes(input.text, minutes) ?? 0;
      // "Family has averaged about 7 h/week since Sept": a stated average over the limit is over it.
      const week = Math.max((input.context.weekMinutes ?? 0) + minutes, stated, average ?? 0);
      return week > match.maxWeeklyMinutes
        ? { minutes, weekMinutes: week, weekHours: Math.round((week / 60) * 100) / 100 }
        : null;
    }
  }
}

function startsWithHeading(text: string, heading: string | undefined): boolean {
  if (heading === undefined) return true;
  // The heading opens the note, or the line after a one-line EHR header ("SERVICE: ... | DOS: ...").
  const [firstLine = '', secondLine = ''] = text
    .trimStart()
    .split('\n')
    .filter((line) => line.trim() !== '');
  const normalize = (value: string) =>
    value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const wanted = normalize(heading);
  if (normalize(firstLine).startsWith(wanted)) return true;
  return /\|/.test(firstLine) && normalize(secondLine).startsWith(wanted);
}

// "Type: TP review", "Service type: [ Community Support - Treatment Plan Review v]" (a drop-down).
const TYPE_LABEL_BEFORE =
  /(?:^|\n|\|)[ \t]{0,4}(?:session |service |visit |contact |meeting |note )?type[ \t]{0,2}:[ \t]{0,3}(?:\[[ \t]{0,3}(?:[^\n\]:]{1,40}[ \t][-–][ \t]{1,3})?)?$/iu;

/** The note's heading or first line, where it says what kind of session it records. */
const OPENING_CHARS = 240;
/** A first line this short is a heading ("SOAP", "CSP Progress Note"); the next line opens too. */
const HEADING_CHARS = 50;
// "CSW attended Kayla's 90-day treatment plan review", "joined the plan review": this sitting.
const ATTENDED_BEFORE =
  /\b(?:attended|attending|joined|participated in|took part in|sat in on|facilitated|held|met for)\s+(?:\S+\s+){0,4}$/i;

/**
 * Whether the note records a session of the kind the limit names: named in its heading or
 * opening lines, or as the meeting the worker attended. A plan review mentioned in passing
 * ("agreed at the 10/22 plan review that CSW would go with him") is another session.
 */
// "whether to move his plan review up", "ahead of her next plan review": another sitting, talked
// about in this one.
const ANOTHER_SITTING_BEFORE =
  /\b(?:whether|move|moving|moved|push|pushing|pushed|next|upcoming|prepare for|preparing for|prep for|ahead of|before|until)\s+(?:\S+\s+){0,3}$/i;

function namesTheSession(entry: CompiledRule, text: string): boolean {
  if (entry.trigger === null) return true;
  const opening = openingOf(text);
  const trigger = entry.trigger;
  trigger.lastIndex = 0;
  for (let match = trigger.exec(text); match !== null; match = trigger.exec(text)) {
    const near = text.slice(Math.max(0, match.index - 40), match.index);
    if (match.index < opening && !ANOTHER_SITTING_BEFORE.test(near)) return true;
    const before = text.slice(Math.max(0, match.index - 80), match.index);
    if (ATTENDED_BEFORE.test(before)) return true;
    // "Type: TP review (client, primary counselor, nurse, CSW)": the session's type, labelled.
    if (TYPE_LABEL_BEFORE.test(before)) return true;
    if (!trigger.global) break;
    if (match[0] === '') trigger.lastIndex += 1;
  }
  return false;
}

const HEADER_FIELDS =
  /^(?:[^.!?]|(?<=\b\p{Lu})\.)*\p{L}:[ \t](?:[^.!?]|(?<=\b\p{Lu})\.)*\d{1,2}\/\d{1,2}(?:[^.!?]|(?<=\b\p{Lu})\.)*$/u;

function openingOf(text: string): number {
  const lineEnd = (from: number): number => {
    let at = from;
    while (at < text.length && text[at] === '\n') at += 1;
    const next = text.indexOf('\n', at);
    return next === -1 ? text.length : next;
  };
  const first = lineEnd(0);
  const firstLine = text.slice(0, first).trim();
  // "Client: Lamar W.   3/10/2026   Maple Ave office": a line of header fields, with no sentence
  // of its own, opens the note as a heading does.
  const header = firstLine.length < HEADING_CHARS || HEADER_FIELDS.test(firstLine);
  const end = header ? lineEnd(first) : first;
  return Math.min(end, OPENING_CHARS);
}
function timeSpan(input: NoteInput): [number, number] {
  const { start, end, basis } = input.time;
  if (basis === 'context' || start === null) return [0, 0];
  return [start.start, end?.end ?? start.end];
}

function fill(message: string, values: Record<string, number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
