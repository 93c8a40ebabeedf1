// One analyzer per program, made on first use and kept: each holds its compiled pack and a
// sentence cache, so typing re-checks only the sentences that changed.
import { createAnalyzer, type Analyzer } from '../engine';
import { PACKS, PROGRAM_IDS, type ProgramId } from '../rules/packs';

/** Until a settings page offers a choice, notes are checked against CT DMHAS CSP. */
export const DEFAULT_PROGRAM: ProgramId = 'ct-dmhas-csp';

const analyzers = new Map<ProgramId, Analyzer>();

export function isProgramId(id: string): id is ProgramId {
  return (PROGRAM_IDS as readonly string[]).includes(id);
}

export function analyzerFor(program: ProgramId): Analyzer {
  let analyzer = analyzers.get(program);
  if (!analyzer) {
    analyzer = createAnalyzer(PACKS[program]);
    analyzers.set(program, analyzer);
  }
  return analyzer;
}
