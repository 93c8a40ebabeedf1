import { analyzeNote } from '../engine/index';
import { PACKS, PROGRAM_IDS, PROGRAM_NAMES, type ProgramId } from '../rules/packs';
import type { NoteChecker } from './note-checker';

function isProgramId(id: string): id is ProgramId {
  return (PROGRAM_IDS as readonly string[]).includes(id);
}

/** The CLI's view of the engine: the bundled packs, and one analyzeNote call per note. */
export function createEngineChecker(): NoteChecker {
  return {
    programs: PROGRAM_IDS.map((id) => ({ id, name: PROGRAM_NAMES[id] })),
    check(text, program, context) {
      if (!isProgramId(program)) throw new Error(`no bundled pack for "${program}"`);
      return analyzeNote(text, PACKS[program], context);
    },
  };
}
