// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fixtureReport } from './report.fixture';
import { buttonNamed, click, mount } from './render.test-helper';
import { Sidebar, type NoteView } from './Sidebar';
import type { SidebarLayout } from './sidebar-layout';

function sidebar(
  note: NoteView | null,
  layout: SidebarLayout = { collapsed: false, side: 'right' },
) {
  const callbacks = {
    onReveal: vi.fn(),
    onApply: vi.fn(),
    onIgnore: vi.fn(),
    onLayoutChange: vi.fn(),
  };
  const root = mount(<Sidebar note={note} layout={layout} {...callbacks} />);
  return { root, callbacks, region: root.querySelector('[role="region"]')! };
}

describe('Sidebar', () => {
  it('is a region named NoteCoach with the summary and every finding', () => {
    const { region } = sidebar(fixtureReport());
    expect(region.getAttribute('aria-label')).toBe('NoteCoach');
    expect(region.querySelector('.head .badge')?.textContent).toBe('3 to fix');
    expect(region.querySelectorAll('ul.cards > li')).toHaveLength(4);
    expect(region.textContent).toContain('CT DMHAS CSP rules');
  });

  it('marks the card of the finding the caret is in, and only that one', () => {
    const note = fixtureReport();
    Element.prototype.scrollIntoView = vi.fn();
    const root = mount(
      <Sidebar
        note={note}
        layout={{ collapsed: false, side: 'right' }}
        onLayoutChange={vi.fn()}
        onReveal={vi.fn()}
        currentIndex={1}
      />,
    );
    const current = [...root.querySelectorAll('ul.cards > li[aria-current="true"]')];
    expect(current).toHaveLength(1);
    expect(current[0]?.classList.contains('card-current')).toBe(true);
    expect(current[0]?.getAttribute('aria-label')).toContain(note.excerpts[1]);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
  });

  it('invites the writer to click into a note when none is focused', () => {
    const { region } = sidebar(null);
    expect(region.textContent).toContain('Click into a progress note');
    expect(region.querySelector('.badge')?.textContent).toBe('No note');
  });

  it('says a note is too long to check as you type and offers to check the part in view', () => {
    const onCheckPart = vi.fn();
    const root = mount(
      <Sidebar
        note={null}
        tooLong={{ length: 1_234_567, limit: 1_000_000 }}
        onCheckPart={onCheckPart}
        layout={{ collapsed: false, side: 'right' }}
        onLayoutChange={vi.fn()}
        onReveal={vi.fn()}
      />,
    );
    expect(root.textContent).toContain('This note is too long to check as you type');
    expect(root.textContent).toContain(
      'It has 1,234,567 characters; NoteCoach checks up to 1,000,000',
    );
    expect(root.textContent).not.toContain('Click into a progress note');
    expect(root.querySelector('.badge')?.textContent).toBe('Too long');
    click(buttonNamed(root, 'Check the part in view'));
    expect(onCheckPart).toHaveBeenCalledOnce();
  });

  it('shows which part of a long note its findings are for, without units for the whole', () => {
    const note = { ...fixtureReport(), part: { start: 2_000, end: 6_500, length: 1_234_567 } };
    const root = mount(
      <Sidebar
        note={note}
        onCheckPart={vi.fn()}
        layout={{ collapsed: false, side: 'right' }}
        onLayoutChange={vi.fn()}
        onReveal={vi.fn()}
      />,
    );
    expect(root.textContent).toContain(
      'Checked the part in view only (characters 2,001–6,500 of 1,234,567)',
    );
    expect(root.querySelector('.glance')).toBeNull();
    expect(root.querySelector('section.units')).toBeNull();
    expect(buttonNamed(root, 'Check the part now in view')).toBeDefined();
  });

  it('collapses on Escape', () => {
    const { region, callbacks } = sidebar(fixtureReport());
    act(() => {
      region
        .querySelector('.body')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(callbacks.onLayoutChange).toHaveBeenCalledWith({ collapsed: true, side: 'right' });
  });

  it('moves to the other side', () => {
    const { region, callbacks } = sidebar(fixtureReport());
    click(buttonNamed(region, 'Move to the left side'));
    expect(callbacks.onLayoutChange).toHaveBeenCalledWith({ collapsed: false, side: 'left' });
  });

  it('keeps the summary on the collapsed tab, which expands it again', () => {
    const { region, callbacks } = sidebar(fixtureReport(), { collapsed: true, side: 'left' });
    const tab = region.querySelector<HTMLButtonElement>('button.tab')!;
    expect(tab.textContent).toBe('NoteCoach3 to fix');
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(region.querySelector('ul.cards')).toBeNull();
    click(tab);
    expect(callbacks.onLayoutChange).toHaveBeenCalledWith({ collapsed: false, side: 'left' });
  });

  it('moves focus to the tab after collapsing, so the keyboard is not lost', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const props = {
      note: fixtureReport(),
      onReveal() {},
      onApply() {},
      onIgnore() {},
      onLayoutChange() {},
    };
    act(() =>
      render(<Sidebar {...props} layout={{ collapsed: false, side: 'right' }} />, container),
    );
    click(buttonNamed(container, 'Collapse NoteCoach'));
    act(() =>
      render(<Sidebar {...props} layout={{ collapsed: true, side: 'right' }} />, container),
    );
    expect(document.activeElement).toBe(container.querySelector('button.tab'));
  });

  it('says when a note has nothing to fix', () => {
    const note = fixtureReport();
    note.report.findings = [];
    const { region } = sidebar(note);
    expect(region.textContent).toContain('Nothing to fix in this note.');
    expect(region.querySelector('.badge')?.textContent).toBe('Looks good');
  });
});
