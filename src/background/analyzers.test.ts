import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { createActiveAnalyzer } from './analyzers';

const vague = 'CSW assisted client with errands.';
const rules = async (analyzer: ReturnType<typeof createActiveAnalyzer>) =>
  (await analyzer.get()).analyze(vague).findings.map((finding) => finding.rule);

describe('createActiveAnalyzer', () => {
  it('keeps one analyzer until the settings change, then builds one from the new settings', async () => {
    let settings: Settings = DEFAULT_SETTINGS;
    const load = vi.fn(async () => settings);
    const analyzer = createActiveAnalyzer(load);
    expect(await rules(analyzer)).toContain('ambiguous-assisted');
    await analyzer.get();
    expect(load).toHaveBeenCalledTimes(1);

    settings = { ...DEFAULT_SETTINGS, rulesOff: ['ambiguous-assisted'] };
    expect(await rules(analyzer)).toContain('ambiguous-assisted');
    analyzer.reset();
    expect(await rules(analyzer)).not.toContain('ambiguous-assisted');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
