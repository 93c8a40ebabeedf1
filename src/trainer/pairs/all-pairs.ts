// Every teaching pair the trainer shows: the Missouri guide's own first, then NoteCoach's.
import type { ExamplePair } from './example-pair';
import { MISSOURI_PAIRS } from './missouri-pairs';
import { OWN_PAIRS } from './own-pairs';

export const ALL_PAIRS: readonly ExamplePair[] = [...MISSOURI_PAIRS, ...OWN_PAIRS];
