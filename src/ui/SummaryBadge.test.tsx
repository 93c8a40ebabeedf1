// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixtureReport } from './report.fixture';
import { mount } from './render.test-helper';
import { SummaryBadge } from './SummaryBadge';
import { countToFix } from './summary';

describe('SummaryBadge', () => {
  it('counts what there is to fix', () => {
    expect(mount(<SummaryBadge toFix={3} />).textContent).toBe('3 to fix');
  });

  it('says the note looks good when nothing is left', () => {
    expect(mount(<SummaryBadge toFix={0} />).textContent).toBe('Looks good');
  });

  it('says when no note is being read', () => {
    expect(mount(<SummaryBadge toFix={null} />).textContent).toBe('No note');
  });
});

describe('countToFix', () => {
  it('counts errors and warnings but not tips', () => {
    const { report } = fixtureReport();
    expect(report.findings.map((f) => f.severity)).toEqual(['warning', 'error', 'error', 'info']);
    expect(countToFix(report)).toBe(3);
  });
});
