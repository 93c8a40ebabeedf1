// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fixtureReport } from './report.fixture';
import { click, mount } from './render.test-helper';
import { UnitsPanel } from './UnitsPanel';

const actions = () => ({ onReveal: vi.fn(), onApply: vi.fn(), onIgnore: vi.fn() });

function statValues(root: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    [...root.querySelectorAll('.stat')].map((stat) => [
      stat.querySelector('dt')?.textContent,
      stat.querySelector('dd')?.textContent,
    ]),
  );
}

describe('UnitsPanel', () => {
  it('shows minutes, units, the dollar estimate and where the time came from', () => {
    const { report, excerpts } = fixtureReport();
    const root = mount(<UnitsPanel report={report} excerpts={excerpts} {...actions()} />);
    expect(statValues(root)).toEqual({ Minutes: '45', Units: '3', Estimate: '$74.76' });
    expect(root.textContent).toContain('10:00 AM – 10:45 AM, from the note');
    expect(root.textContent).toContain('45 min = 3 units of 15 min (whole units only)');
    expect(root.textContent).toContain('Only completed 15-minute units count');
    expect(root.textContent).toContain('$24.92 per unit, CT DMHAS CSP individual rate.');
    expect(root.querySelector('.rate cite')?.textContent).toBe('CT DMHAS CSP guide, Rates');
  });

  it('says the times came from the form when the EHR supplied them', () => {
    const { report, excerpts } = fixtureReport();
    report.time.basis = 'context';
    const root = mount(<UnitsPanel report={report} excerpts={excerpts} {...actions()} />);
    expect(root.textContent).toContain('10:00 AM – 10:45 AM, from the form');
  });

  it('asks for start and end times when the note has none', () => {
    const { report, excerpts } = fixtureReport();
    report.time = { start: null, end: null, minutes: null, basis: null };
    report.units = null;
    report.dollars = null;
    const root = mount(<UnitsPanel report={report} excerpts={excerpts} {...actions()} />);
    expect(statValues(root)).toEqual({ Minutes: '—', Units: '—', Estimate: '—' });
    expect(root.textContent).toContain('No start and end time found yet');
    expect(root.textContent).toContain('Add when the service started and ended');
  });

  it('lists limit findings as actionable cards', () => {
    const { report, excerpts } = fixtureReport();
    const callbacks = actions();
    const root = mount(<UnitsPanel report={report} excerpts={excerpts} {...callbacks} />);
    const limit = root.querySelector('li[aria-label="Limits: under 15 minutes"]');
    expect(limit?.textContent).toContain('Services under 15 minutes are not billable.');
    click(limit?.querySelector('.ignore'));
    expect(callbacks.onIgnore).toHaveBeenCalledWith(3);
  });
});
