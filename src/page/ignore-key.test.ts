import { describe, expect, it } from 'vitest';
import { ignoreKey } from './ignore-key';

describe('ignoreKey', () => {
  const text = 'CSW assisted client with forms.';
  it('is the same for the same rule and words wherever they move', () => {
    expect(ignoreKey('vague', text, 4, 12)).toBe(ignoreKey('vague', `Today ${text}`, 10, 18));
  });

  it('differs for another rule or other neighbouring words', () => {
    expect(ignoreKey('vague', text, 4, 12)).not.toBe(ignoreKey('other', text, 4, 12));
    expect(ignoreKey('vague', text, 4, 12)).not.toBe(
      ignoreKey('vague', 'CSW assisted mother', 4, 12),
    );
  });

  it('keeps no readable text', () => {
    expect(ignoreKey('vague', text, 4, 12)).toMatch(/^[0-9a-f]{8}$/);
  });
});
