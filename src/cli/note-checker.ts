import type { NoteContext, Report } from '../engine/types';

export interface ProgramInfo {
  id: string;
  name: string;
}

/** All the CLI needs from the engine: the programs it knows, and one call per note. */
export interface NoteChecker {
  programs: ProgramInfo[];
  check(text: string, program: string, context: NoteContext): Report;
}
