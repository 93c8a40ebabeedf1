// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { FindingList, RENDER_ALL_UP_TO } from './FindingList';
import { fixtureReport } from './report.fixture';
import { click, mount } from './render.test-helper';

function listOf(exclude: ('limit' | 'ambiguous-term')[] = []) {
  const { report, excerpts } = fixtureReport();
  const actions = { onReveal: vi.fn(), onApply: vi.fn(), onIgnore: vi.fn() };
  const root = mount(
    <FindingList findings={report.findings} excerpts={excerpts} exclude={exclude} {...actions} />,
  );
  return { root, actions };
}

describe('FindingList', () => {
  it('groups findings by kind, billing problems before wording', () => {
    const { root } = listOf();
    const titles = [...root.querySelectorAll('h3')].map((h) => h.textContent);
    expect(titles).toEqual(['Not billable 1', 'Missing 1', 'Limits 1', 'Vague wording 1']);
  });

  it('lists every finding as an item named by kind and excerpt', () => {
    const { root } = listOf();
    const names = [...root.querySelectorAll('ul.cards > li')].map((li) =>
      li.getAttribute('aria-label'),
    );
    expect(names).toEqual([
      'Not billable: drove client',
      'Missing: start time',
      'Limits: under 15 minutes',
      'Vague wording: assisted',
    ]);
  });

  it('leaves out excluded kinds', () => {
    const { root } = listOf(['limit']);
    expect(root.textContent).not.toContain('Limits');
    expect(root.querySelectorAll('ul.cards > li')).toHaveLength(3);
  });

  it("calls back with the finding's index in the report, not its place on screen", () => {
    const { root, actions } = listOf();
    const vague = root.querySelector('li[aria-label="Vague wording: assisted"]');
    click(vague?.querySelector('.card-head'));
    expect(actions.onReveal).toHaveBeenCalledWith(0);
  });

  describe('with thousands of findings', () => {
    function manyFindings(vague: number) {
      const { report, excerpts } = fixtureReport();
      const [assisted, drove] = report.findings;
      const findings = [
        drove!,
        ...Array.from({ length: vague }, (_, i) => ({
          ...assisted!,
          start: 40 * i,
          end: 40 * i + 8,
        })),
      ];
      const texts = [excerpts[1]!, ...findings.slice(1).map((_, i) => `assisted ${i}`)];
      const actions = { onReveal: vi.fn(), onApply: vi.fn(), onIgnore: vi.fn() };
      const root = mount(<FindingList findings={findings} excerpts={texts} {...actions} />);
      return { root, actions };
    }

    it('renders only the first cards, with every kind counted', () => {
      const { root } = manyFindings(10_000);
      const cards = root.querySelectorAll('li.card');
      expect(cards.length).toBeGreaterThan(0);
      expect(cards.length).toBeLessThan(50);
      const titles = [...root.querySelectorAll('h3')].map((h) => h.textContent);
      expect(titles).toEqual(['Not billable 1', 'Vague wording 10,000']);
      expect(root.querySelector('.kind-counts')?.textContent).toBe(
        '10,001 findings: Not billable 1 · Vague wording 10,000',
      );
      // The cards not drawn still take their room, so the list scrolls its whole length.
      const gap = root.querySelector<HTMLElement>('li.cards-gap');
      expect(parseFloat(gap?.style.height ?? '0')).toBeGreaterThan(100_000);
    });

    it('calls back with the index in the report', () => {
      const { root, actions } = manyFindings(1_000);
      click(root.querySelector('li[aria-label="Vague wording: assisted 2"] .card-head'));
      expect(actions.onReveal).toHaveBeenCalledWith(3);
    });

    it(`renders every card up to ${RENDER_ALL_UP_TO}`, () => {
      const { root } = manyFindings(RENDER_ALL_UP_TO - 1);
      expect(root.querySelectorAll('li.card')).toHaveLength(RENDER_ALL_UP_TO);
      expect(root.querySelector('.kind-counts')).toBeNull();
    });
  });
});
