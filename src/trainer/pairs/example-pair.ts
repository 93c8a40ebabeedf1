// A teaching pair: a note written the wrong way and the same service written the right way,
// with the finding the wrong one must get from the engine (the pair tests prove it does).
import type { FindingKind, NoteContext, SourceRef } from '../../engine/types';
import type { ProgramId } from '../../rules/packs';

export interface ExamplePair {
  id: string;
  program: ProgramId;
  /** What the pair teaches, in a line. */
  title: string;
  /** The finding the bad note gets and the good notes do not. */
  expect: { kind: FindingKind; code: string };
  bad: string;
  /** One or more ways of writing it well (the Missouri guide gives two for one pair). */
  good: string[];
  /** Where the pair comes from; pairs written for NoteCoach cite the rule they teach. */
  source: SourceRef;
  origin: 'guide' | 'notecoach';
  /**
   * The EHR form around the note, when the pair is a note body only: the Missouri guide's
   * examples leave the date, time, place and signature to the form.
   */
  context?: NoteContext;
}
