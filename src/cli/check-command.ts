import type { FindingKind, NoteContext } from '../engine/types';
import { readCsvNotes, type RowProblem } from './csv-notes';
import { decodeInput } from './decode-input';
import { formatText } from './format-text';
import type { NoteChecker } from './note-checker';
import { readNoteHeader } from './note-header';
import type { Options } from './options';
import { readInput } from './read-input';
import { cliOutputSchema, type CliReport } from './report-schema';
import { toCliReport, type NoteSource } from './to-cli-report';

export interface CheckIo {
  stdin: AsyncIterable<Uint8Array>;
  write(text: string): void;
  warn(text: string): void;
  color: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_INPUT = 2;

interface PendingNote {
  source: NoteSource;
  /** The program a file header or CSV cell names, when --program did not. */
  program: string | null;
  /** Where that program came from, to name it in an error. */
  programFrom: string;
  context: NoteContext;
}

function label(source: { file: string; row?: number }): string {
  return source.row === undefined ? source.file : `${source.file} row ${source.row}`;
}

type NotesInFile = { notes: PendingNote[]; problems: RowProblem[] } | string;

function notesIn(file: string, text: string, options: Options): NotesInFile {
  const isCsv = options.column !== undefined || file.toLowerCase().endsWith('.csv');
  if (isCsv) {
    const csv = readCsvNotes(text, options.column);
    if (!csv.ok) return csv.reason;
    const notes = csv.notes.map((note) => ({
      source: { file, row: note.row, text: note.text, offset: 0 },
      program: note.program,
      programFrom: 'its Program column',
      context: note.context,
    }));
    return { notes, problems: csv.problems };
  }
  const header = readNoteHeader(text);
  if (header.body.trim() === '') return 'empty input (only a "# program:" line)';
  const note = {
    source: { file, text, offset: header.bodyOffset },
    program: header.program,
    programFrom: 'its "# program:" line',
    context: {},
  };
  return { notes: [note], problems: [] };
}

/** Checks every input it can, reports every one it cannot, and returns the exit code. */
export async function runCheck(
  options: Options,
  checker: NoteChecker,
  io: CheckIo,
): Promise<number> {
  const known = new Set(checker.programs.map((program) => program.id));
  const validIds = checker.programs.map((program) => program.id).join(', ');
  let failed = false;
  const fail = (where: string, reason: string): void => {
    failed = true;
    io.warn(`notecoach: ${where}: ${reason}\n`);
  };
  if (options.files.length === 0) {
    io.warn('notecoach: no input: give one or more FILEs, or - for stdin\n');
    return EXIT_INPUT;
  }
  if (options.files.filter((file) => file === '-').length > 1) {
    io.warn('notecoach: stdin (-) can be read only once\n');
    return EXIT_INPUT;
  }
  const reports: CliReport[] = [];
  for (const file of options.files) {
    const input = await readInput(file, io.stdin);
    const decoded = input.ok ? decodeInput(input.bytes) : input;
    if (!decoded.ok) {
      fail(file, decoded.reason);
      continue;
    }
    if (decoded.text.trim() === '') {
      fail(file, 'empty input');
      continue;
    }
    const inFile = notesIn(file, decoded.text, options);
    if (typeof inFile === 'string') {
      fail(file, inFile);
      continue;
    }
    for (const problem of inFile.problems) fail(label({ file, row: problem.row }), problem.reason);
    for (const note of inFile.notes) {
      const program = options.program ?? note.program;
      if (program === null) {
        fail(
          label(note.source),
          'no program: give --program ID or start the file with "# program: ID"',
        );
        continue;
      }
      if (!known.has(program)) {
        fail(
          label(note.source),
          `unknown program "${program}" in ${note.programFrom}; valid ids: ${validIds}`,
        );
        continue;
      }
      const body = note.source.text.slice(note.source.offset);
      try {
        reports.push(toCliReport(checker.check(body, program, note.context), note.source));
      } catch (error) {
        fail(
          label(note.source),
          `the engine failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  const output = cliOutputSchema.parse(reports);
  io.write(
    options.format === 'json'
      ? `${JSON.stringify(output, null, 2)}\n`
      : formatText(output, io.color),
  );
  if (failed) return EXIT_INPUT;
  const failOn = new Set<FindingKind | 'any'>(options.failOn);
  const matched = output.some((report) =>
    report.findings.some((finding) => failOn.has('any') || failOn.has(finding.kind)),
  );
  return matched ? EXIT_FINDINGS : EXIT_OK;
}
