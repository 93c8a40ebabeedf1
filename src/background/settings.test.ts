import { describe, expect, it } from 'vitest';
import { programFromSettings } from './settings';

type Program = 'ct-dmhas-csp' | 'mo-community-support';
const known = (program: string): program is Program =>
  program === 'ct-dmhas-csp' || program === 'mo-community-support';
const read = (stored: unknown) => programFromSettings(stored, known, 'ct-dmhas-csp');

describe('programFromSettings', () => {
  it('uses the stored program when there is a pack for it', () => {
    expect(read({ program: 'mo-community-support' })).toBe('mo-community-support');
  });

  it('falls back to the default when nothing is stored', () => {
    expect(read(undefined)).toBe('ct-dmhas-csp');
    expect(read({})).toBe('ct-dmhas-csp');
  });

  it('falls back when the stored value is malformed or names no pack', () => {
    expect(read({ program: 12 })).toBe('ct-dmhas-csp');
    expect(read('mo-community-support')).toBe('ct-dmhas-csp');
    expect(read({ program: 'tx-unknown' })).toBe('ct-dmhas-csp');
  });
});
