import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAM, programFromSettings } from './settings';

const known = (program: string) => ['ct-dmhas-csp', 'mo-community-support'].includes(program);

describe('programFromSettings', () => {
  it('uses the stored program when there is a pack for it', () => {
    expect(programFromSettings({ program: 'mo-community-support' }, known)).toBe(
      'mo-community-support',
    );
  });

  it('falls back to CT DMHAS CSP when nothing is stored', () => {
    expect(programFromSettings(undefined, known)).toBe(DEFAULT_PROGRAM);
    expect(DEFAULT_PROGRAM).toBe('ct-dmhas-csp');
  });

  it('falls back when the stored value is malformed or names no pack', () => {
    expect(programFromSettings({ program: 12 }, known)).toBe(DEFAULT_PROGRAM);
    expect(programFromSettings('ct-dmhas-csp', known)).toBe(DEFAULT_PROGRAM);
    expect(programFromSettings({ program: 'tx-unknown' }, known)).toBe(DEFAULT_PROGRAM);
  });
});
