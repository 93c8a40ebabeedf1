// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { FindingList } from './FindingList';
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
});
