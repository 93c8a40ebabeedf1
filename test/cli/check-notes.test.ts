import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliReport } from '../../src/cli/report-schema';
import { REPO, runCli, runCliInTerminal } from './run-cli';

const PROGRAM_IDS = ['ct-dmhas-csp', 'ma-csp', 'mo-community-support', 'ct-dds-parenting'];

async function jsonFor(args: string[]): Promise<CliReport[]> {
  const result = await runCli(['check', '--format', 'json', ...args]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as CliReport[];
}

describe('notecoach check', { timeout: 60_000 }, () => {
  it('reads the program from the "# program:" line and reports positions in the file', async () => {
    const [report] = await jsonFor(['examples/mo-transport-bad.txt']);
    expect(report?.program).toBe('mo-community-support');
    const transport = report?.findings.find((finding) => finding.code === 'transportation');
    expect(transport).toBeDefined();
    const file = readFileSync(`${REPO}examples/mo-transport-bad.txt`, 'utf8');
    const flagged = file.slice(transport?.start, transport?.end);
    expect(flagged).toMatch(/picked|drove|transported/);
    expect(transport?.excerpt).toBe(flagged.replace(/\s+/g, ' ').trim());
    const lineText = file.split('\n')[(transport?.line ?? 0) - 1] ?? '';
    expect(lineText.slice((transport?.column ?? 0) - 1).startsWith(flagged)).toBe(true);
  });

  it('prints a readable report: file, program, time, findings with line:column and source', async () => {
    const result = await runCli(['check', 'examples/mo-transport-bad.txt']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^examples\/mo-transport-bad\.txt {2}mo-community-support$/m);
    expect(result.stdout).toMatch(/^ {2}\d+:\d+ {2}non-billable "[^"]+"$/m);
    expect(result.stdout).toMatch(/^ {6}source: Missouri 9 CSR 30-3\.110 guidelines, /m);
    expect(result.stdout).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    expect(result.stdout).toMatch(/^1 note checked, \d+ findings? \(/m);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('colors the report at a terminal, unless NO_COLOR is set', async () => {
    const args = ['check', 'examples/mo-transport-bad.txt'];
    const colored = await runCliInTerminal(args, { NO_COLOR: '' });
    expect(colored.stdout).toContain('examples/mo-transport-bad.txt');
    expect(colored.stdout).toContain('\u001b[');
    const plain = await runCliInTerminal(args, { NO_COLOR: '1' });
    expect(plain.stdout).toContain('examples/mo-transport-bad.txt');
    expect(plain.stdout).not.toContain('\u001b[');
  });

  it('shows minutes, units and dollars for a timed note', async () => {
    const [report] = await jsonFor(['examples/ct-csp-dap-good.txt']);
    expect(report?.minutes).toBe(48);
    expect(report?.units).toBe(3);
    expect(report?.rounding?.rule).toBe('whole-units');
    expect(report?.dollars?.amount).toBeCloseTo(74.76, 2);
  });

  it('finds nothing non-billable or vague in the good example notes', async () => {
    const good = [
      'examples/mo-transport-good.txt',
      'examples/mo-initial-discharge-planning-good.txt',
      'examples/ct-csp-dap-good.txt',
      'examples/ma-csp-soap-good.txt',
      'examples/parenting-session-good.txt',
    ];
    const reports = await jsonFor(good);
    for (const report of reports) {
      expect(
        report.findings.map((finding) => `${report.file}: ${finding.kind} ${finding.excerpt}`),
      ).toEqual([]);
    }
  });

  it('--program overrides the file header', async () => {
    const [report] = await jsonFor([
      '--program',
      'ct-dds-parenting',
      'examples/mo-transport-bad.txt',
    ]);
    expect(report?.program).toBe('ct-dds-parenting');
  });

  it('reads a note from stdin with -', async () => {
    const result = await runCli(['check', '-p', 'mo-community-support', '--format', 'json', '-'], {
      stdin: 'CSW drove client to his dentist appointment.',
    });
    expect(result.code).toBe(0);
    const [report] = JSON.parse(result.stdout) as CliReport[];
    expect(report?.file).toBe('-');
    expect(report?.findings.some((finding) => finding.code === 'transportation')).toBe(true);
  });

  it('exits 1 with --fail-on only when a finding of that kind is there', async () => {
    const bad = await runCli([
      'check',
      '--fail-on',
      'non-billable',
      'examples/mo-transport-bad.txt',
    ]);
    expect(bad.code).toBe(1);
    const good = await runCli([
      'check',
      '--fail-on',
      'non-billable',
      'examples/mo-transport-good.txt',
    ]);
    expect(good.code).toBe(0);
    const any = await runCli(['check', '--fail-on', 'any', 'examples/ct-csp-vague-bad.txt']);
    expect(any.code).toBe(1);
  });

  it('rejects an unknown --fail-on kind and lists the valid ones', async () => {
    const result = await runCli(['check', '--fail-on', 'typo', 'examples/mo-transport-bad.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--fail-on must be a finding kind or "any" (ambiguous-term, non-billable',
    );
  });

  it('rejects an unknown --program with the valid ids', async () => {
    const result = await runCli(['check', '--program', 'ct-csp', 'examples/mo-transport-bad.txt']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `unknown program "ct-csp"; valid ids: ${PROGRAM_IDS.join(', ')}`,
    );
  });

  it('asks for input when no file is given', async () => {
    const result = await runCli(['check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no input');
  });
});

describe('notecoach programs, --help, --version', { timeout: 60_000 }, () => {
  it('lists every program id with its name', async () => {
    const result = await runCli(['programs']);
    expect(result.code).toBe(0);
    const ids = result.stdout
      .trim()
      .split('\n')
      .map((line) => line.split(/\s{2,}/)[0]);
    expect(ids).toEqual(PROGRAM_IDS);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .every((line) => line.split(/\s{2,}/)[1]),
    ).toBe(true);
  });

  it('prints usage for --help and the package version for --version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('notecoach check [options] FILE... | -');
    const version = await runCli(['--version']);
    const manifest = JSON.parse(readFileSync(`${REPO}package.json`, 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(manifest.version);
  });

  it('rejects an unknown option with usage and exit 2', async () => {
    const result = await runCli(['check', '--colour']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option '--colour'");
    expect(result.stderr).toContain('Usage:');
  });
});
