// CSV import of 10,000 multiline notes: decode, parse, map and build notes, per run.
// Run: npx tsx bench/import-csv.bench.ts [rows] [runs]
import {
  notesFromTable,
  parseCsvFile,
  suggestMapping,
  validateMapping,
} from '../src/review/import-csv';
import { syntheticBatch } from '../test/review/synthetic-notes';

const rows = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 3);
const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
const lines = ['Note ID,Client ID,Staff,Service Date,Start,End,Program,Note Text'];
for (const [i, note] of syntheticBatch(rows, 0, 3).notes.entries()) {
  lines.push(
    [
      note.id,
      `C-${i % 700}`,
      `Staff ${i % 40}`,
      '03/14/2026',
      '1:00 PM',
      '1:45 PM',
      'ct-dmhas-csp',
      quote(note.text),
    ].join(','),
  );
}
const bytes = new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
process.stdout.write(`${rows} rows, ${(bytes.length / 1e6).toFixed(1)} MB\n`);

for (let run = 1; run <= runs; run++) {
  const started = performance.now();
  const parsed = parseCsvFile(bytes);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const mapping = validateMapping(suggestMapping(parsed.table.headers), parsed.table.headers);
  if (!mapping.ok) throw new Error(mapping.error.message);
  const { notes, skipped } = notesFromTable(parsed.table, mapping.mapping);
  const ms = performance.now() - started;
  process.stdout.write(
    `run ${run}: ${ms.toFixed(0)} ms, ${notes.length} notes, ${skipped.length} skipped\n`,
  );
}
