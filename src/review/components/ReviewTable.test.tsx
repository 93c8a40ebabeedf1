// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { finding, report } from '../../../test/review/reports';
import { buttonNamed, click, mount } from '../../ui/render.test-helper';
import { rowFor } from '../batch';
import { PAGE_ROWS, ReviewTable } from './ReviewTable';

const vague = finding({ kind: 'ambiguous-term', code: 'assisted' });
const rows = [
  rowFor({ id: 'Row 2', text: '', staff: 'Bo' }, report([], 30)),
  rowFor({ id: 'Row 10', text: '', staff: 'Ana' }, report([vague, vague], 60)),
  rowFor({ id: 'Row 3', text: '', staff: 'Ana' }, report([vague], 15)),
];

function table(onOpen = vi.fn()) {
  const root = mount(
    <ReviewTable rows={rows} cloneIds={new Set(['Row 3'])} selectedId={null} onOpen={onOpen} />,
  );
  const ids = () => [...root.querySelectorAll('tbody th .open')].map((b) => b.textContent);
  return { root, ids, onOpen };
}

describe('ReviewTable', () => {
  it('lists notes needing work first and sorts by a column, then the other way', () => {
    const { root, ids } = table();
    expect(ids()).toEqual(['Row 10', 'Row 3', 'Row 2']);
    click(buttonNamed(root, 'Note'));
    expect(ids()).toEqual(['Row 2', 'Row 3', 'Row 10']);
    expect(root.querySelector('th[aria-sort]')?.getAttribute('aria-sort')).toBe('ascending');
    click(buttonNamed(root, 'Note'));
    expect(ids()).toEqual(['Row 10', 'Row 3', 'Row 2']);
  });

  it('filters to possible clones and says how many notes are shown', () => {
    const { root, ids } = table();
    click(root.querySelector('input[type=checkbox]'));
    expect(ids()).toEqual(['Row 3']);
    expect(root.querySelector('.shown')?.textContent).toBe('1 of 3 notes');
  });

  it('renders a long batch a page at a time', () => {
    const many = Array.from({ length: PAGE_ROWS + 5 }, (_, i) =>
      rowFor({ id: `N${i}`, text: '' }, report([], 15)),
    );
    const root = mount(
      <ReviewTable rows={many} cloneIds={new Set()} selectedId={null} onOpen={vi.fn()} />,
    );
    expect(root.querySelectorAll('tbody tr')).toHaveLength(PAGE_ROWS);
    click(buttonNamed(root, 'Show 5 more'));
    expect(root.querySelectorAll('tbody tr')).toHaveLength(PAGE_ROWS + 5);
  });

  it('opens a note from its row', () => {
    const { root, onOpen } = table();
    click(buttonNamed(root, 'Row 2'));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen).toHaveBeenCalledWith('Row 2');
  });
});
