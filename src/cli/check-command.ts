import type { FindingKind, NoteContext } from '../engine/types';
import { readCsvNotes, type CsvNote, type RowProblem } from './csv-notes';
import { streamCsvNotes } from './csv-stream';
import { decodeInput } from './decode-input';
import { formatText } from './format-text';
import type { NoteChecker } from './note-checker';
import { readNoteHeader } from './note-header';
import type { Options } from './options';
import { openInput, readInput } from './read-input';
import type { CliReport } from './report-schema';
import { toCliReport, type NoteSource } from './to-cli-report';

export interface CheckIo {
  stdin: AsyncIterable<Uint8Array>;
  write(text: string): void;
  /** Resolves when the output has room again, or null when it has room now. */
  drained(): Promise<void> | null;
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

function isCsv(file: string, options: Options): boolean {
  return options.column !== undefined || file.toLowerCase().endsWith('.csv');
}

function pendingCsvNote(file: string, note: CsvNote): PendingNote {
  return {
    source: {
      file,
      row: note.row,
      ...(note.label === null ? {} : { label: note.label }),
      text: note.text,
      offset: 0,
    },
    program: note.program,
    programFrom: 'its Program column',
    context: note.context,
  };
}

function notesIn(file: string, text: string, options: Options): NotesInFile {
  if (isCsv(file, options)) {
    const csv = readCsvNotes(text, options.column, options.firstRow);
    if (!csv.ok) return csv.reason;
    return { notes: csv.notes.map((note) => pendingCsvNote(file, note)), problems: csv.problems };
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
  const failOn = new Set<FindingKind | 'any'>(options.failOn);
  let matched = false;
  const reports: CliReport[] = [];
  // ndjson writes each report the moment it is made; the other formats print them all at the end.
  const emit = (report: CliReport): void => {
    matched ||= report.findings.some((finding) => failOn.has('any') || failOn.has(finding.kind));
    if (options.format === 'ndjson') io.write(`${JSON.stringify(report)}\n`);
    else reports.push(report);
  };
  const checkNote = (note: PendingNote): void => {
    const program = options.program ?? note.program;
    if (program === null) {
      fail(
        label(note.source),
        'no program: give --program ID or start the file with "# program: ID"',
      );
      return;
    }
    if (!known.has(program)) {
      fail(
        label(note.source),
        `unknown program "${program}" in ${note.programFrom}; valid ids: ${validIds}`,
      );
      return;
    }
    const body = note.source.text.slice(note.source.offset);
    let report: CliReport;
    try {
      report = toCliReport(checker.check(body, program, note.context), note.source);
    } catch (error) {
      fail(
        label(note.source),
        `the engine failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    // Not parsed with zod at run time (about 0.6 s over 960 notes): toCliReport builds the report
    // to the type, and test/cli/report-schema.test.ts validates real output against the schema.
    emit(report);
  };
  for (const file of options.files) {
    if (options.format === 'ndjson' && isCsv(file, options)) {
      // An export of any size, record by record: no 1 MB limit on the file, only on a note.
      const input = await openInput(file, io.stdin);
      if (!input.ok) {
        fail(file, input.reason);
        continue;
      }
      try {
        const reason = await streamCsvNotes(
          input.chunks,
          options.column,
          options.firstRow,
          (record) => {
            if (record.ok) checkNote(pendingCsvNote(file, record.note));
            else fail(label({ file, row: record.problem.row }), record.problem.reason);
          },
          io.drained,
        );
        if (reason !== null) fail(file, reason);
      } finally {
        await input.close();
      }
      continue;
    }
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
    for (const note of inFile.notes) checkNote(note);
  }
  if (options.format === 'json') io.write(`${JSON.stringify(reports, null, 2)}\n`);
  if (options.format === 'text') io.write(formatText(reports, io.color));
  if (failed) return EXIT_INPUT;
  return matched ? EXIT_FINDINGS : EXIT_OK;
}
