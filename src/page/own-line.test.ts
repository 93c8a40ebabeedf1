import { describe, expect, it } from 'vitest';
import { keepsOwnLine } from './own-line';

const NOTE = 'CSW assisted client with the bill.';

describe('keepsOwnLine', () => {
  it('takes every shape the engine writes at the place it saw', () => {
    expect(keepsOwnLine(NOTE, NOTE.length, '\n[Name, credentials]')).toBe(true);
    expect(keepsOwnLine(`${NOTE}\n`, NOTE.length + 1, '[Name, credentials]')).toBe(true);
    expect(keepsOwnLine(`${NOTE}\nMaria L, CSW`, NOTE.length + 1, 'Goal: [goal]\n')).toBe(true);
    expect(keepsOwnLine('', 0, '[Name, credentials]')).toBe(true);
  });

  it('turns down a line without its own break once its empty line is gone', () => {
    expect(keepsOwnLine(NOTE, NOTE.length, '[Name, credentials]')).toBe(false);
  });

  it('turns down a line that would be joined to words typed after its place', () => {
    expect(keepsOwnLine(`${NOTE}\nabc`, NOTE.length + 1, '[Name, credentials]')).toBe(false);
    expect(keepsOwnLine(`${NOTE}abc`, NOTE.length, '\n[Name, credentials]')).toBe(false);
  });

  it('turns down a line above another once the break before its place is gone', () => {
    expect(keepsOwnLine(`${NOTE}Maria L, CSW`, NOTE.length, 'Goal: [goal]\n')).toBe(false);
  });
});
