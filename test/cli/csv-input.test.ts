import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliReport } from '../../src/cli/report-schema';
import { runCli } from './run-cli';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'notecoach-csv-'));
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function reportsFor(args: string[]): Promise<CliReport[]> {
  const result = await runCli(['check', '--format', 'json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as CliReport[];
}

describe('CSV exports', { timeout: 60_000 }, () => {
  it('checks one note per row of the example export, with each row its own program', async () => {
    const reports = await reportsFor(['examples/notes.csv']);
    expect(reports.map((report) => report.row)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(reports.map((report) => report.program)).toEqual([
      'mo-community-support',
      'mo-community-support',
      'ct-dmhas-csp',
      'ct-dmhas-csp',
      'ct-dds-parenting',
      'ma-csp',
    ]);
    const driving = reports[1]?.findings.find((finding) => finding.code === 'transportation');
    expect(driving?.excerpt).toMatch(/drove client/i);
  });

  it('names each note of a CSV by its id column in the text report, not by its row', async () => {
    const result = await runCli(['check', 'examples/notes.csv']);
    expect(result.stdout).toMatch(
      /^examples\/notes\.csv, Note ID N-1002 {2}mo-community-support$/m,
    );
    expect(result.stdout).not.toMatch(/ row \d/);
    const reports = await reportsFor(['examples/notes.csv']);
    expect(reports[1]).toMatchObject({ row: 2, label: 'Note ID N-1002' });
  });

  it('names a note by its client column when the export has no id column', async () => {
    const csv = 'Client,Narrative\nC-77,CSW drove client home.\n';
    const result = await runCli(['check', '-p', 'ma-csp', file('client.csv', csv)]);
    expect(result.stdout).toContain('client.csv, Client C-77  ma-csp');
  });

  it('takes the Start and End columns as the service time', async () => {
    const reports = await reportsFor(['examples/notes.csv']);
    expect(reports[0]?.minutes).toBe(45);
    expect(reports[3]?.minutes).toBe(10);
  });

  it('reads a BOM, CRLF line ends, quoted multiline cells, commas and doubled quotes', async () => {
    const csv =
      '\uFEFFid,Narrative\r\n' +
      '7,"CSW drove client to the clinic, then waited.\r\nClient said ""fine""."\r\n' +
      '8,Client took the bus to the clinic on her own.\r\n';
    const reports = await reportsFor(['--program', 'mo-community-support', file('crlf.csv', csv)]);
    expect(reports).toHaveLength(2);
    const drove = reports[0]?.findings.find((finding) => finding.code === 'transportation');
    expect(drove).toMatchObject({ line: 1, column: 5, excerpt: expect.stringMatching(/^drove/) });
    expect(reports[1]?.findings.some((finding) => finding.code === 'transportation')).toBe(false);
  });

  it('uses the column --column names, in any letter case', async () => {
    const csv = 'Summary,Body\nshort,CSW drove client home.\n';
    const reports = await reportsFor(['-p', 'ma-csp', '--column', 'body', file('named.csv', csv)]);
    expect(reports[0]?.findings.some((finding) => finding.excerpt.startsWith('drove'))).toBe(true);
  });

  it('lists the columns when the note column is not there', async () => {
    const path = file('no-note.csv', 'Client,Date\nC-1,03/01/2026\n');
    const guessed = await runCli(['check', '-p', 'ma-csp', path]);
    expect(guessed.code).toBe(2);
    expect(guessed.stderr).toContain(`${path}: no note text column found; columns: Client, Date`);
    const named = await runCli(['check', '-p', 'ma-csp', '--column', 'Narrative', path]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('no column "Narrative"; columns: Client, Date');
  });

  it('reports an empty note cell by row and still checks the other rows', async () => {
    const path = file(
      'gap.csv',
      'Id,Note Text\n1,CSW drove client home.\n2,""\n3,Client took the bus.\n',
    );
    const result = await runCli(['check', '-p', 'ma-csp', '--format', 'json', path]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`notecoach: ${path} row 2: the note is empty`);
    expect((JSON.parse(result.stdout) as CliReport[]).map((report) => report.row)).toEqual([1, 3]);
  });

  it('refuses a quote that is never closed', async () => {
    const path = file('open-quote.csv', 'Note Text\n"CSW drove client home.\n');
    const result = await runCli(['check', '-p', 'ma-csp', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${path}: malformed CSV`);
  });
});
