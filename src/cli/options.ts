import { parseArgs } from 'node:util';
import { z } from 'zod';
import { FINDING_KINDS } from '../engine/types';

const failOnSchema = z.enum([...FINDING_KINDS, 'any'], {
  error: (issue) =>
    `--fail-on must be a finding kind or "any" (${[...FINDING_KINDS, 'any'].join(', ')}), not "${String(issue.input)}"`,
});

const optionsSchema = z.object({
  command: z.enum(['check', 'programs', 'help', 'version'], {
    error: (issue) => `unknown command "${String(issue.input)}" (try: notecoach --help)`,
  }),
  program: z.string().optional(),
  format: z.enum(['text', 'json', 'ndjson'], {
    error: (issue) => `--format must be text, json or ndjson, not "${String(issue.input)}"`,
  }),
  column: z.string().min(1, '--column needs a column name').optional(),
  firstRow: z.coerce
    .number({
      error: (issue) => `--first-row must be a whole number, not "${String(issue.input)}"`,
    })
    .int('--first-row must be a whole number')
    .positive('--first-row must be 1 or more'),
  failOn: z.array(failOnSchema),
  files: z.array(z.string()),
});

export type Options = z.infer<typeof optionsSchema>;

export type ParsedOptions = { ok: true; options: Options } | { ok: false; reason: string };

/** Reads the command line; every mistake comes back as one sentence for the user. */
export function parseOptions(argv: string[]): ParsedOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        program: { type: 'string', short: 'p' },
        format: { type: 'string', short: 'f', default: 'text' },
        column: { type: 'string', short: 'c' },
        'fail-on': { type: 'string', multiple: true },
        'first-row': { type: 'string', default: '1' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  const [first, ...files] = positionals;
  const command = values.help ? 'help' : values.version ? 'version' : (first ?? 'help');
  const result = optionsSchema.safeParse({
    command,
    program: values.program,
    format: values.format,
    column: values.column,
    firstRow: values['first-row'],
    failOn: (values['fail-on'] ?? []).flatMap((value) => value.split(',')).map((v) => v.trim()),
    files: first === undefined ? [] : files,
  });
  if (!result.success)
    return { ok: false, reason: result.error.issues[0]?.message ?? 'bad arguments' };
  return { ok: true, options: result.data };
}
