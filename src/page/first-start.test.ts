import { describe, expect, it } from 'vitest';
import { markStarted, startedInFrame } from './first-start';

describe('markStarted', () => {
  it('says a script already started from the second time on', () => {
    const frame = {};
    expect(markStarted('reader', frame)).toBe(false);
    expect(markStarted('reader', frame)).toBe(true);
    expect(markStarted('reader', frame)).toBe(true);
  });

  it('keeps scripts and frames apart', () => {
    const top = {};
    expect(markStarted('reader', top)).toBe(false);
    expect(markStarted('sidebar', top)).toBe(false);
    expect(markStarted('reader', {})).toBe(false);
  });
});

describe('startedInFrame', () => {
  it('reads the marks of this frame', () => {
    expect(startedInFrame(['test-probe-a', 'test-probe-b'])).toEqual([false, false]);
    markStarted('test-probe-b');
    expect(startedInFrame(['test-probe-a', 'test-probe-b'])).toEqual([false, true]);
  });

  it('still works from its source alone, as scripting.executeScript sends it', () => {
    markStarted('test-probe-c');
    const sent = new Function(`return (${startedInFrame.toString()})`)() as typeof startedInFrame;
    expect(sent(['test-probe-c', 'test-probe-d'])).toEqual([true, false]);
  });
});
