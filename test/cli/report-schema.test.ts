import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { cliReportJsonSchema } from '../../src/cli/report-json-schema';
import { REPO, runCli } from './run-cli';

const committed = readFileSync(`${REPO}schemas/cli-report.schema.json`, 'utf8');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(committed) as object);
const examples = readdirSync(`${REPO}examples`)
  .filter((name) => name.endsWith('.txt') || name.endsWith('.csv'))
  .map((name) => `examples/${name}`);

describe('the JSON report contract', { timeout: 60_000 }, () => {
  it('is committed as generated from the zod schema (npm run schema:cli)', async () => {
    expect(committed).toBe(await cliReportJsonSchema());
  });

  it('describes the real output for every example note and the CSV export', async () => {
    const result = await runCli(['check', '--format', 'json', ...examples]);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { findings: { kind: string }[] }[];
    expect(output.length).toBeGreaterThan(examples.length);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);

    const withUnknownKind = structuredClone(output);
    const finding = withUnknownKind.flatMap((report) => report.findings)[0];
    expect(finding).toBeDefined();
    if (finding) finding.kind = 'typo';
    expect(validate(withUnknownKind)).toBe(false);
  });
});
