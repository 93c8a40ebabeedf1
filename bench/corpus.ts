// A deterministic corpus of progress notes for the benchmark: per-program sentence banks,
// good and bad notes, 300 B to 3 KB, plus a few long ones. Same seed, same notes.
import { createRandom, pick } from './prng';

export const PROGRAMS = [
  'ct-dmhas-csp',
  'ma-csp',
  'mo-community-support',
  'ct-dds-parenting',
] as const;
export type ProgramId = (typeof PROGRAMS)[number];

export interface CorpusNote {
  program: ProgramId;
  quality: 'good' | 'bad';
  text: string;
}

const CLIENTS = ['client', 'participant', 'member', 'Mr. D.', 'Ms. R.', 'the consumer'];
const WORKERS = ['CSW', 'this writer', 'staff', 'the CSP specialist', 'worker'];
const PLACES = [
  "client's apartment",
  'the public library on Main Street',
  'the Social Security office',
  'the food pantry at St. Mark',
  'the program office',
  'a coffee shop near the bus depot',
  "the family's home",
  'the housing authority lobby',
];
const GOALS = [
  'maintain stable housing by paying rent on time',
  'attend outpatient appointments each week',
  'build a sober support network of at least three people',
  'use public transportation independently',
  'manage monthly income with a written budget',
  'recognize early warning signs of relapse and use a coping skill',
  'apply for SNAP benefits and keep the case open',
  'find part-time work that supports recovery',
];
const SKILLS = [
  'read the bus timetable',
  'call the pharmacy to request a refill',
  'fill in the SNAP recertification form',
  'write a weekly budget',
  'list three relapse warning signs',
  'practice a grounding exercise',
  'ask the landlord for a repair in writing',
  'schedule a primary care appointment',
];
const METHODS = [
  'modeling each step and then having {client} repeat it',
  'role-play with feedback after each try',
  'a written checklist {client} kept',
  'breaking the task into three steps with prompts',
  'a worksheet and teach-back',
];

const GOOD: Record<'open' | 'body' | 'response' | 'plan' | 'sign', string[]> = {
  open: [
    'Date: {date}\nTime: {start} - {end}\nLocation: {place}',
    'Service date {date}, {start} to {end}, at {place}.',
    'Date of service: {date}. Start time {start}, end time {end}. Location: {place}.',
  ],
  body: [
    'Treatment plan goal: {client} will {goal}.',
    '{worker} taught {client} to {skill} using {method}.',
    '{worker} coached {client} while {client} made the call to {place} and asked about the next step.',
    '{client} practiced how to {skill}; {worker} gave feedback after each attempt.',
    '{worker} and {client} reviewed the crisis prevention plan and confirmed the phone numbers in it.',
    '{worker} showed {client} how to {skill}, then {client} did it without prompts.',
    'To address the goal to {goal}, {worker} and {client} listed the barriers and chose one to work on today.',
  ],
  response: [
    '{client} completed the task with two prompts and said the steps were clear.',
    '{client} was able to {skill} independently by the end of the session.',
    '{client} said, "I can do this part on my own now," and wrote the steps on a card.',
    '{client} identified one barrier and a plan to handle it before the next visit.',
  ],
  plan: [
    'Plan: {worker} will meet {client} on {date} to review progress on the goal.',
    'Follow-up: {client} will {skill} before the next visit; {worker} will check in by phone on {date}.',
  ],
  sign: ['Signed: {staff}, CSW, {date}', 'Signature: {staff}, {date}'],
};

const BAD = [
  '{worker} assisted {client} with various tasks.',
  '{worker} accompanied {client} to appointments and advocated as needed.',
  '{worker} drove {client} to the pharmacy and waited in the car.',
  '{worker} transported {client} back to the program after the appointment.',
  '{worker} observed {client} take morning medications.',
  '{worker} collected a urine specimen for the lab.',
  '{worker} completed progress notes and billing paperwork.',
  '{worker} attended the staff meeting to discuss the caseload.',
  '{client} was noncompliant and manipulative during the visit.',
  '{client} seemed fine. Will continue to monitor.',
  '{worker} and {client} played cards and talked about sports.',
  '{worker} helped {client} clean the apartment and do laundry.',
  '{client} did not show for the scheduled visit.',
  '{worker} reviewed the chart to make sure the assessment was signed.',
  '{worker} and {client} discussed feelings about family for a while.',
];

const STAFF = ['Dana Ortiz', 'Priya Nair', 'Marcus Lee', 'Anne Kim', 'Keisha Brown', 'Tom Becker'];

function clock(random: () => number): { start: string; end: string } {
  const startMinutes = 8 * 60 + Math.floor(random() * 36) * 15;
  const endMinutes = startMinutes + 10 + Math.floor(random() * 110);
  const show = (minutes: number): string => {
    const hour = Math.floor(minutes / 60);
    const suffix = hour >= 12 ? 'PM' : 'AM';
    return `${((hour + 11) % 12) + 1}:${String(minutes % 60).padStart(2, '0')} ${suffix}`;
  };
  return { start: show(startMinutes), end: show(endMinutes) };
}

/** What stays the same through one note: who, and when. */
interface Visit {
  client: string;
  worker: string;
  start: string;
  end: string;
}

function fill(template: string, random: () => number, visit: Visit): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    switch (name) {
      case 'client':
        return visit.client;
      case 'worker':
        return visit.worker;
      case 'place':
        return pick(random, PLACES);
      case 'goal':
        return pick(random, GOALS);
      case 'skill':
        return pick(random, SKILLS);
      case 'method':
        return fill(pick(random, METHODS), random, visit);
      case 'staff':
        return pick(random, STAFF);
      case 'date':
        return `0${1 + Math.floor(random() * 9)}/${10 + Math.floor(random() * 18)}/2026`;
      case 'start':
        return visit.start;
      case 'end':
        return visit.end;
      default:
        return name;
    }
  });
}

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function note(
  random: () => number,
  program: ProgramId,
  quality: 'good' | 'bad',
  size: number,
): string {
  const visit = { client: pick(random, CLIENTS), worker: pick(random, WORKERS), ...clock(random) };
  const line = (bank: readonly string[]): string =>
    capitalize(fill(pick(random, bank), random, visit));
  const parts: string[] = [];
  if (program === 'mo-community-support' && random() < 0.1)
    parts.push('Initial Discharge Planning Session');
  if (quality === 'good' || random() < 0.5) parts.push(line(GOOD.open));
  const paragraph: string[] = [];
  // Bad notes still mix in ordinary sentences, as real weak notes do.
  const bodyBank = quality === 'good' ? GOOD.body : [...BAD, ...BAD, ...GOOD.body];
  const closing = quality === 'good' ? [line(GOOD.response), line(GOOD.plan), line(GOOD.sign)] : [];
  const closingLength = closing.join('\n').length;
  while (parts.join('\n').length + paragraph.join(' ').length + closingLength < size) {
    paragraph.push(line(bodyBank));
    if (paragraph.length >= 6) parts.push(paragraph.splice(0).join(' '));
  }
  if (paragraph.length > 0) parts.push(paragraph.join(' '));
  return [...parts, ...closing].join('\n\n');
}

/** `count` notes; about one in fifty is long (6-12 KB), the rest are 300 B to 3 KB. */
export function generateCorpus(count: number, seed = 20260323): CorpusNote[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const program = pick(random, PROGRAMS);
    const quality = random() < 0.5 ? 'good' : 'bad';
    const size = random() < 0.02 ? 6000 + random() * 6000 : 300 + random() * 2500;
    return { program, quality, text: note(random, program, quality, size) };
  });
}

/** One long note (about `bytes` long) for the edit benchmark. */
export function longNote(program: ProgramId, bytes: number, seed = 7): string {
  return note(createRandom(seed), program, 'good', bytes);
}
