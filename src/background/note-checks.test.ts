import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine';
import { PACKS } from '../rules/packs';
import { createNoteChecks, noteKey } from './note-checks';

const pack = PACKS['ct-dmhas-csp'];
const short = 'CSW drove client to the store. Start 10:00 End 10:30.';

/** About 120 KB of distinct sentences: a second or more of work for one check. */
function longNote(): string {
  const lines: string[] = [];
  for (let i = 0; lines.join('\n').length < 120_000; i += 1)
    lines.push(`CSW assisted client ${i} with errands and taught budget step ${i} by modeling it.`);
  return lines.join('\n');
}

describe('createNoteChecks', { timeout: 120_000 }, () => {
  it("answers a short note in another tab while a long note's check is still going", async () => {
    const analyzer = createAnalyzer(pack);
    const checks = createNoteChecks(async () => analyzer);
    const done: string[] = [];
    const long = checks
      .check({ key: noteKey(1, 0, 'a'), version: 1, text: longNote(), context: {} })
      .then((report) => done.push(`long:${report === null ? 'null' : 'report'}`));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const quick = checks
      .check({ key: noteKey(2, 0, 'b'), version: 1, text: short, context: {} })
      .then((report) => done.push(`short:${report?.findings.length ?? 'null'}`));
    await quick;
    expect(done).toEqual([`short:${analyzer.analyze(short).findings.length}`]);
    await long;
    expect(done[1]).toBe('long:report');
  });

  it('stops a check when a newer version of the same note arrives, and answers the newer one', async () => {
    let parsed = 0;
    const analyzer = createAnalyzer(pack, { onParse: () => (parsed += 1) });
    const checks = createNoteChecks(async () => analyzer);
    const key = noteKey(3, 1, 'note');
    const text = longNote();
    const first = checks.check({ key, version: 4, text, context: {} });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = checks.check({ key, version: 5, text: short, context: {} });
    await expect(first).resolves.toBeNull();
    const report = await second;
    expect(report?.findings).toEqual(analyzer.analyze(short).findings);
    // The first check gave up long before the end of its 1,500 sentences.
    expect(parsed).toBeLessThan(750);
  });

  it('keeps checking a note whose older versions were answered, and forgets a closed tab', async () => {
    const analyzer = createAnalyzer(pack);
    const checks = createNoteChecks(async () => analyzer);
    const key = noteKey(4, 0, 'n');
    await expect(
      checks.check({ key, version: 2, text: short, context: {} }),
    ).resolves.not.toBeNull();
    // A late message for an older version is not worth answering.
    await expect(checks.check({ key, version: 1, text: short, context: {} })).resolves.toBeNull();
    checks.forgetTab(4);
    await expect(
      checks.check({ key, version: 1, text: short, context: {} }),
    ).resolves.not.toBeNull();
  });
});
