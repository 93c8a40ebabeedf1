// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixtureReport } from './report.fixture';
import { mount } from './render.test-helper';
import { UnitsGlance } from './UnitsGlance';

describe('UnitsGlance', () => {
  it('sums up minutes, units and the estimate in one line', () => {
    const { report } = fixtureReport();
    expect(mount(<UnitsGlance report={report} />).textContent).toBe(
      '45 min · 3 units · est. $74.76',
    );
  });

  it('says "1 unit", not "1 units"', () => {
    const { report } = fixtureReport();
    report.units = { ...report.units!, units: 1 };
    report.dollars = null;
    expect(mount(<UnitsGlance report={report} />).textContent).toBe('45 min · 1 unit');
  });

  it('says when the note has no service time yet', () => {
    const { report } = fixtureReport();
    report.time = { start: null, end: null, minutes: null, basis: null };
    expect(mount(<UnitsGlance report={report} />).textContent).toBe('No service time yet');
  });
});
