// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mount } from '../../ui/render.test-helper';
import { CHART_STAFF, StaffChart } from './StaffChart';

const person = (staff: string, unitsAtRisk: number, units: number) => ({
  staff,
  notes: 1,
  needsWork: unitsAtRisk > 0 ? 1 : 0,
  units,
  unitsAtRisk,
});

describe('StaffChart', () => {
  it('is an image named by its title and described by the numbers it draws', () => {
    const root = mount(<StaffChart staff={[person('Dana', 4, 8), person('Bo', 0, 3)]} />);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const [title, desc] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(root.querySelector(`[id="${title}"]`)?.textContent).toBe(
      'Units at risk per staff member',
    );
    expect(root.querySelector(`[id="${desc}"]`)?.textContent).toContain(
      'Dana: 4 of 8 units; Bo: 0 of 3 units',
    );
  });

  it('draws bars in proportion to the most units at risk', () => {
    const root = mount(<StaffChart staff={[person('Dana', 4, 8), person('Bo', 1, 3)]} />);
    const widths = [...root.querySelectorAll('rect.bar')].map((bar) =>
      Number(bar.getAttribute('width')),
    );
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.25);
  });

  it(`draws at most ${CHART_STAFF} staff members`, () => {
    const staff = Array.from({ length: CHART_STAFF + 3 }, (_, i) => person(`S${i}`, i, 10));
    const root = mount(<StaffChart staff={staff} />);
    expect(root.querySelectorAll('rect.bar')).toHaveLength(CHART_STAFF);
  });
});
