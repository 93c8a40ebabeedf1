// npm run eval: the engine's accuracy on the labelled corpus (test/corpus), through the CLI's
// JSON contract, as an outside scorer would measure it. A measurement, not a test: it prints
// precision, recall and F1 per kind, code and program, the share of clean notes flagged and
// the units that are right, and exits 0 whatever the figures.
//
//   npm run eval                       both splits; errors listed for dev only
//   npm run eval -- --split test       one split
//   npm run eval -- --errors           list test errors too (then write new test notes)
//   npm run eval -- --json             machine-readable, for docs/accuracy.md's history
//   npm run eval -- --agreement        the writer's labels against the blind labeller's
//   npm run eval -- --batch w17        only these batches (comma-separated), e.g. a fresh one
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { runCheck } from '../src/cli/check-command';
import { createEngineChecker } from '../src/cli/engine-checker';
import type { CliReport } from '../src/cli/report-schema';
import { readCorpus, readLabels, SPLITS, type CorpusNote, type Split } from '../src/eval/corpus';
import {
  SCORED_KINDS,
  scoreNotes,
  type EvalResult,
  type NoteOutcome,
  type Scores,
} from '../src/eval/score';

const CORPUS = resolve(import.meta.dirname, '..', 'test', 'corpus');

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'all' },
    json: { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
    agreement: { type: 'boolean', default: false },
    batch: { type: 'string' },
  },
});
/** `--batch w13,w14` scores only those batches (a fresh batch on arrival, say). */
const batches = values.batch?.split(',').map((name) => name.trim()) ?? [];
const inBatches = (note: CorpusNote): boolean =>
  batches.length === 0 || batches.includes(note.batch);
const splits: Split[] =
  values.split === 'all' ? [...SPLITS] : SPLITS.filter((split) => split === values.split);
if (splits.length === 0) {
  process.stderr.write(`eval: --split must be dev, test or all, not "${values.split}"\n`);
  process.exit(2);
}

/** "assisted", "met with" and "assist" all score as the verb's base form. */
const lemmas = new Map<string, string>();
/** "provided support" is about the vague noun, not the light verb before it. */
const LIGHT_VERBS = new Set(['provide', 'provided', 'give', 'gave', 'offer', 'offered']);

function baseForm(code: string): string {
  // "check-in", "check in" and "checked in" are one code: the verb's base form.
  const parts = code
    .toLowerCase()
    .trim()
    .split(/[\s-]+/);
  const word =
    (LIGHT_VERBS.has(parts[0] ?? '') && parts[1] !== undefined ? parts[1] : parts[0]) ?? '';
  const known = lemmas.get(word);
  if (known !== undefined) return known;
  const verbs = (nlp(word).tag('Verb') as ReturnType<typeof nlp>).verbs();
  const infinitive = verbs.toInfinitive().text().toLowerCase();
  const lemma = infinitive === '' ? word : infinitive;
  lemmas.set(word, lemma);
  return lemma;
}

async function engineReports(notes: readonly CorpusNote[]): Promise<Map<string, CliReport>> {
  let out = '';
  const code = await runCheck(
    {
      command: 'check',
      format: 'json',
      firstRow: 1,
      failOn: [],
      files: notes.map((note) => note.file),
    },
    createEngineChecker(),
    {
      stdin: (async function* () {})(),
      write: (text) => (out += text),
      drained: () => null,
      warn: (text) => process.stderr.write(text),
      color: false,
    },
  );
  if (code === 2) throw new Error('the CLI refused some notes (see above)');
  const reports = JSON.parse(out) as CliReport[];
  return new Map(reports.map((report) => [report.file, report]));
}

function outcomesFor(notes: readonly CorpusNote[], reports: Map<string, CliReport>): NoteOutcome[] {
  return notes.map((note) => {
    const report = reports.get(note.file);
    if (!report) throw new Error(`no report for ${note.file}`);
    return {
      id: note.id,
      program: report.program,
      expected: { findings: note.label.findings, units: note.label.units },
      got: { findings: report.findings, units: report.units },
    };
  });
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const row = (name: string, s: Scores) =>
  `  ${name.padEnd(44)} ${String(s.right).padStart(5)} ${String(s.false).padStart(6)} ${String(s.missed).padStart(7)}   ${s.precision.toFixed(2)}   ${s.recall.toFixed(2)}  ${s.f1.toFixed(2)}`;

function printResult(title: string, result: EvalResult, showErrors: boolean): void {
  const lines = [
    `${title}: ${result.notes} notes`,
    `  ${''.padEnd(44)} right  false  missed   prec    rec    F1`,
    row('overall (non-billable, vague, missing, limit)', result.overall),
    ...SCORED_KINDS.map((kind) => row(kind, result.byKind[kind])),
    '  by program',
    ...Object.entries(result.byProgram).map(([name, s]) => row(`  ${name}`, s)),
    '  by code',
    ...Object.entries(result.byCode).map(([name, s]) => row(`  ${name}`, s)),
    `  clean notes flagged: ${result.clean.flagged} of ${result.clean.notes} (${pct(result.clean.share)})`,
    `  units right: ${result.units.right} of ${result.units.notes} (${pct(result.units.share)})`,
  ];
  if (showErrors) {
    lines.push('  errors');
    for (const error of result.errors)
      lines.push(`    ${error.id.padEnd(8)} ${error.error.padEnd(11)} ${error.key}`);
    for (const error of result.unitErrors)
      lines.push(
        `    ${error.id.padEnd(8)} units      expected ${error.expected}, got ${error.got}`,
      );
  } else if (result.errors.length + result.unitErrors.length > 0) {
    lines.push(
      `  (${result.errors.length} finding errors and ${result.unitErrors.length} unit errors not listed: --errors)`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

async function main(): Promise<void> {
  if (values.agreement) {
    const notes = readCorpus(CORPUS, splits, 'labels.writer.json').filter(inBatches);
    const outcomes: NoteOutcome[] = notes.map((note) => {
      const blind = readLabels(note.file.replace(/notes\/[^/]+$/, 'labels.blind.json'))[note.id];
      if (!blind) throw new Error(`no blind label for ${note.id}`);
      return {
        id: note.id,
        program: note.batch,
        expected: { findings: note.label.findings, units: note.label.units },
        got: { findings: blind.findings, units: blind.units },
      };
    });
    const result = scoreNotes(outcomes, baseForm);
    if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else
      printResult(
        "Blind labels scored against the writers' labels (by batch)",
        result,
        values.errors,
      );
    return;
  }
  const results: Record<string, EvalResult> = {};
  for (const split of splits) {
    const notes = readCorpus(CORPUS, [split]).filter(inBatches);
    if (notes.length === 0) continue;
    const result = scoreNotes(outcomesFor(notes, await engineReports(notes)), baseForm);
    results[split] = result;
    const scope = batches.length > 0 ? ` (${batches.join(', ')})` : '';
    if (!values.json)
      printResult(`test/corpus/${split}${scope}`, result, split === 'dev' || values.errors);
  }
  if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

await main();
