// Scores findings against labelled notes, the way an auditor's corrections would: per note, the
// set of (kind, code) pairs of the scored kinds, so one finding per problem and no credit for
// saying the same thing twice. Pure: the runner (scripts/eval.ts) reads files and the CLI.
export const SCORED_KINDS = ['non-billable', 'ambiguous-term', 'missing-field', 'limit'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

export interface LabelledFinding {
  kind: string;
  code: string;
}

export interface NoteOutcome {
  id: string;
  program: string;
  expected: { findings: LabelledFinding[]; units: number | null };
  got: { findings: LabelledFinding[]; units: number | null };
}

export interface Tally {
  right: number;
  false: number;
  missed: number;
}

export interface Scores extends Tally {
  precision: number;
  recall: number;
  f1: number;
}

export interface NoteError {
  id: string;
  /** `kind:code` */
  key: string;
  error: 'false alarm' | 'missed';
}

export interface EvalResult {
  notes: number;
  overall: Scores;
  byKind: Record<ScoredKind, Scores>;
  byCode: Record<string, Scores>;
  byProgram: Record<string, Scores>;
  /** Notes labelled with no finding of a scored kind, and how many of them got one. */
  clean: { notes: number; flagged: number; share: number };
  units: { right: number; notes: number; share: number };
  errors: NoteError[];
  unitErrors: { id: string; expected: number | null; got: number | null }[];
}

/** Vague verbs are labelled by their base form ("assist") and reported as written ("assisted"). */
export type TermNormalizer = (code: string) => string;

const identity: TermNormalizer = (code) => code;

function keysOf(findings: readonly LabelledFinding[], term: TermNormalizer): Set<string> {
  const keys = new Set<string>();
  for (const finding of findings) {
    if (!(SCORED_KINDS as readonly string[]).includes(finding.kind)) continue;
    const code = finding.kind === 'ambiguous-term' ? term(finding.code) : finding.code;
    keys.add(`${finding.kind}:${code}`);
  }
  return keys;
}

export function scoresOf({ right, false: wrong, missed }: Tally): Scores {
  const precision = right + wrong === 0 ? 1 : right / (right + wrong);
  const recall = right + missed === 0 ? 1 : right / (right + missed);
  const f1 =
    right === 0 ? (wrong + missed === 0 ? 1 : 0) : (2 * right) / (2 * right + wrong + missed);
  return { right, false: wrong, missed, precision, recall, f1 };
}

export function scoreNotes(outcomes: readonly NoteOutcome[], term = identity): EvalResult {
  const total: Tally = { right: 0, false: 0, missed: 0 };
  const tallies = new Map<string, Tally>();
  const tally = (name: string): Tally => {
    let found = tallies.get(name);
    if (!found) tallies.set(name, (found = { right: 0, false: 0, missed: 0 }));
    return found;
  };
  const errors: NoteError[] = [];
  const unitErrors: EvalResult['unitErrors'] = [];
  let cleanNotes = 0;
  let cleanFlagged = 0;
  let unitsRight = 0;

  for (const note of outcomes) {
    const expected = keysOf(note.expected.findings, term);
    const got = keysOf(note.got.findings, term);
    const count = (key: string, outcome: keyof Tally) => {
      const kind = key.slice(0, key.indexOf(':'));
      for (const name of [`kind:${kind}`, `code:${key}`, `program:${note.program}`])
        tally(name)[outcome] += 1;
      total[outcome] += 1;
    };
    for (const key of got) {
      if (expected.has(key)) count(key, 'right');
      else {
        count(key, 'false');
        errors.push({ id: note.id, key, error: 'false alarm' });
      }
    }
    for (const key of expected) {
      if (got.has(key)) continue;
      count(key, 'missed');
      errors.push({ id: note.id, key, error: 'missed' });
    }
    if (expected.size === 0) {
      cleanNotes += 1;
      if (got.size > 0) cleanFlagged += 1;
    }
    if (note.expected.units === note.got.units) unitsRight += 1;
    else unitErrors.push({ id: note.id, expected: note.expected.units, got: note.got.units });
  }

  const group = (prefix: string) =>
    Object.fromEntries(
      [...tallies]
        .filter(([name]) => name.startsWith(prefix))
        .map(([name, counts]) => [name.slice(prefix.length), scoresOf(counts)])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
  const byKind = Object.fromEntries(
    SCORED_KINDS.map((kind) => [kind, scoresOf(tallies.get(`kind:${kind}`) ?? total0())]),
  ) as Record<ScoredKind, Scores>;
  return {
    notes: outcomes.length,
    overall: scoresOf(total),
    byKind,
    byCode: group('code:'),
    byProgram: group('program:'),
    clean: {
      notes: cleanNotes,
      flagged: cleanFlagged,
      share: cleanNotes === 0 ? 0 : cleanFlagged / cleanNotes,
    },
    units: {
      right: unitsRight,
      notes: outcomes.length,
      share: outcomes.length === 0 ? 1 : unitsRight / outcomes.length,
    },
    errors,
    unitErrors,
  };
}

function total0(): Tally {
  return { right: 0, false: 0, missed: 0 };
}
