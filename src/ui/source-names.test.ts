import { describe, expect, it } from 'vitest';
import { citationText } from './source-names';

describe('citationText', () => {
  it('names a seed document the way a reader would cite it, never by its file name', () => {
    expect(
      citationText({
        document: '000_198047cccad68f0c.txt',
        section: 'Non-billable Activities (8)',
      }),
    ).toBe('CT DMHAS CSP guide, Non-billable Activities (8)');
    expect(citationText({ document: '002_272baf8fda9674c5.txt', section: '(B)7' })).toBe(
      'Missouri 9 CSR 30-3.110 guidelines, (B)7',
    );
  });

  it('falls back to the file name for a document it does not know', () => {
    expect(citationText({ document: 'agency-policy.txt', section: '4.2' })).toBe(
      'agency-policy, 4.2',
    );
  });

  it("cites an agency's own extra term as the agency's settings", () => {
    expect(citationText({ document: 'agency-settings', section: 'extra term "facilitated"' })).toBe(
      `Your agency's settings, extra term "facilitated"`,
    );
  });
});
