import { describe, expect, it } from 'vitest';
import { isFirstStart } from './first-start';

describe('isFirstStart', () => {
  it('lets a script start once per frame and refuses the copies after it', () => {
    const frame = {};
    expect(isFirstStart('reader', frame)).toBe(true);
    expect(isFirstStart('reader', frame)).toBe(false);
    expect(isFirstStart('reader', frame)).toBe(false);
  });

  it('keeps scripts and frames apart', () => {
    const top = {};
    const child = {};
    expect(isFirstStart('reader', top)).toBe(true);
    expect(isFirstStart('sidebar', top)).toBe(true);
    expect(isFirstStart('reader', child)).toBe(true);
  });
});
