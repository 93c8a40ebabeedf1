import { readFileSync } from 'node:fs';
import { EXIT_INPUT, EXIT_OK, runCheck } from './check-command';
import type { NoteChecker } from './note-checker';
import { parseOptions } from './options';
import { USAGE } from './usage';

export interface ProcessIo {
  stdin: AsyncIterable<Uint8Array>;
  stdout: {
    write(text: string): unknown;
    isTTY?: boolean;
    /** A Node stream's: true while its buffer is over its high-water mark. */
    writableNeedDrain?: boolean;
    once?(event: 'drain', listener: () => void): unknown;
  };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

function version(): string {
  const manifest = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return manifest.version;
}

/** Colors only for a person at a terminal, and never when NO_COLOR is set (no-color.org). */
function wantsColor(io: ProcessIo): boolean {
  return io.stdout.isTTY === true && !io.env.NO_COLOR;
}

/** Runs one command line and returns the exit code; the checker is created only when needed. */
export async function main(
  argv: string[],
  io: ProcessIo,
  createChecker: () => Promise<NoteChecker>,
): Promise<number> {
  const parsed = parseOptions(argv);
  if (!parsed.ok) {
    io.stderr.write(`notecoach: ${parsed.reason}\n\n${USAGE}`);
    return EXIT_INPUT;
  }
  const { options } = parsed;
  if (options.command === 'help') {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (options.command === 'version') {
    io.stdout.write(`${version()}\n`);
    return EXIT_OK;
  }
  const checker = await createChecker();
  if (options.command === 'programs') {
    const width = Math.max(...checker.programs.map((program) => program.id.length));
    io.stdout.write(
      checker.programs.map((program) => `${program.id.padEnd(width)}  ${program.name}\n`).join(''),
    );
    return EXIT_OK;
  }
  if (options.program !== undefined && !checker.programs.some((p) => p.id === options.program)) {
    const ids = checker.programs.map((program) => program.id).join(', ');
    io.stderr.write(`notecoach: unknown program "${options.program}"; valid ids: ${ids}\n`);
    return EXIT_INPUT;
  }
  return runCheck(options, checker, {
    stdin: io.stdin,
    write: (text) => io.stdout.write(text),
    drained: () =>
      io.stdout.writableNeedDrain && io.stdout.once
        ? new Promise((resolve) => io.stdout.once?.('drain', resolve))
        : null,
    warn: (text) => io.stderr.write(text),
    color: wantsColor(io),
  });
}
