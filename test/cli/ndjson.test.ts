import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliReport } from '../../src/cli/report-schema';
import { REPO, runCli } from './run-cli';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'notecoach-ndjson-'));
});

const EXAMPLE = Papa.parse<string[]>(readFileSync(`${REPO}examples/notes.csv`, 'utf8'), {
  skipEmptyLines: 'greedy',
}).data;
const [HEADER = [], ...ROWS] = EXAMPLE;

/** An export of `count` records: the example export's rows over and over, each its own id. */
function exportOf(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => {
    const row = [...(ROWS[i % ROWS.length] ?? [])];
    row[0] = `N-${i + 1}`;
    return row;
  });
}

const csv = (rows: string[][]): string => `${Papa.unparse([HEADER, ...rows], { newline: '\n' })}\n`;

function lines(stdout: string): CliReport[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as CliReport);
}

describe('--format ndjson', { timeout: 120_000 }, () => {
  it('writes one report per line, the same reports as --format json, in input order', async () => {
    const inputs = [
      'examples/mo-transport-bad.txt',
      'examples/notes.csv',
      'examples/ma-csp-soap-good.txt',
    ];
    const ndjson = await runCli(['check', '--format', 'ndjson', ...inputs]);
    const json = await runCli(['check', '--format', 'json', ...inputs]);
    expect(ndjson.stderr).toBe('');
    expect(ndjson.code).toBe(json.code);
    expect(lines(ndjson.stdout)).toEqual(JSON.parse(json.stdout));
    expect(lines(ndjson.stdout).map((report) => `${report.file}:${report.row ?? ''}`)).toEqual([
      'examples/mo-transport-bad.txt:',
      ...[1, 2, 3, 4, 5, 6].map((row) => `examples/notes.csv:${row}`),
      'examples/ma-csp-soap-good.txt:',
    ]);
  });

  it('gives, for shards of an export with --first-row, exactly the output of one run', async () => {
    const rows = exportOf(30);
    const args = ['check', '--format', 'ndjson', '--column', 'Note Text', '-'];
    const whole = await runCli(args, { stdin: csv(rows) });
    expect(whole.stderr).toBe('');
    expect(lines(whole.stdout).map((report) => report.row)).toEqual(rows.map((_, i) => i + 1));

    const shards = [rows.slice(0, 7), rows.slice(7, 19), rows.slice(19)];
    let firstRow = 1;
    const outputs: string[] = [];
    for (const shard of shards) {
      const result = await runCli([...args.slice(0, -1), '--first-row', String(firstRow), '-'], {
        stdin: csv(shard),
      });
      expect(result.stderr).toBe('');
      outputs.push(result.stdout);
      firstRow += shard.length;
    }
    expect(outputs.join('')).toBe(whole.stdout);
  });

  it('writes a record’s report before the rest of the export has arrived', async () => {
    const child = spawn(
      process.execPath,
      ['bin/notecoach.mjs', 'check', '--format', 'ndjson', '--column', 'Note Text', '-'],
      { cwd: REPO },
    );
    // Two records, as papaparse holds the last line of what it has until it sees the line end.
    child.stdin.write(csv(exportOf(2)));
    // stdin stays open: a CLI that read the whole input first would never answer.
    const first = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        if (out.includes('\n')) resolve(out);
      });
      child.on('error', reject);
      child.on('close', () => reject(new Error(`closed before a line: ${out}`)));
    });
    child.stdin.end();
    expect(JSON.parse(first.split('\n')[0] ?? '')).toMatchObject({ file: '-', row: 1 });
  });

  it('reads an export over the 1 MB limit of the other formats, record by record', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => [
      `N-${i + 1}`,
      '',
      '',
      '',
      '',
      '',
      'ma-csp',
      `CSW drove client to the clinic for visit ${i + 1} and waited in the lobby.`,
    ]);
    const path = join(dir, 'big.csv');
    writeFileSync(path, csv(rows));
    expect(readFileSync(path).length).toBeGreaterThan(1024 * 1024);
    const json = await runCli(['check', '--format', 'json', path]);
    expect(json.stderr).toContain('over the 1 MB limit');
    const ndjson = await runCli(['check', '--format', 'ndjson', path]);
    expect(ndjson.stderr).toBe('');
    const reports = lines(ndjson.stdout);
    expect(reports).toHaveLength(rows.length);
    expect(reports.at(-1)?.row).toBe(rows.length);
    expect(
      reports.every((report) => report.findings.some((f) => f.code === 'transportation')),
    ).toBe(true);
  });

  it('names a bad record by its row in the whole export and goes on', async () => {
    const rows = exportOf(3);
    const empty = rows[1] ?? [];
    empty[7] = '';
    const result = await runCli(
      ['check', '--format', 'ndjson', '--column', 'Note Text', '--first-row', '101', '-'],
      { stdin: csv(rows) },
    );
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('notecoach: - row 102: the note is empty');
    expect(lines(result.stdout).map((report) => report.row)).toEqual([101, 103]);
  });

  it('stops at a quote that is never closed or at bytes that are not UTF-8, and says so', async () => {
    const open = await runCli(['check', '-f', 'ndjson', '-p', 'ma-csp', '-c', 'Note', '-'], {
      stdin: 'Note\nCSW met client.\n"CSW drove client home.\n',
    });
    expect(open.code).toBe(2);
    expect(open.stderr).toContain('notecoach: -: malformed CSV');
    const latin1 = await runCli(['check', '-f', 'ndjson', '-p', 'ma-csp', '-c', 'Note', '-'], {
      stdin: Buffer.from('Note\nCSW met client at the caf\xe9.\n', 'latin1'),
    });
    expect(latin1.code).toBe(2);
    expect(latin1.stderr).toContain('notecoach: -: not UTF-8 text');
  });
});
