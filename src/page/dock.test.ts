// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { clearSide, dockPage, dockWidth, undockPage } from './dock';

const box = (left: number, right: number) => ({ left, right, top: 100, bottom: 300 });

describe('dockPage', () => {
  afterEach(() => undockPage(document));

  it("narrows the page on the sidebar's side, and gives the width back", () => {
    dockPage(document, 'right', 360);
    const style = () => document.getElementById('notecoach-dock')?.textContent ?? null;
    expect(style()).toBe('html { margin-right: 360px !important; }');
    dockPage(document, 'left', 40);
    expect(document.querySelectorAll('#notecoach-dock')).toHaveLength(1);
    expect(style()).toBe('html { margin-left: 40px !important; }');
    undockPage(document);
    expect(style()).toBeNull();
  });

  it("gives up the open panel's width, or only the folded tab's", () => {
    expect(dockWidth({ side: 'right', collapsed: false })).toBe(360);
    expect(dockWidth({ side: 'right', collapsed: true })).toBe(40);
  });
});

describe('clearSide', () => {
  it('keeps the chosen side when the note is clear of it', () => {
    expect(clearSide(box(20, 900), 1280, 360, 'right')).toBe('right');
    expect(clearSide(box(400, 1200), 1280, 360, 'left')).toBe('left');
  });

  it('moves to the other side when the note reaches under the sidebar', () => {
    expect(clearSide(box(400, 1200), 1280, 360, 'right')).toBe('left');
    expect(clearSide(box(20, 900), 1280, 360, 'left')).toBe('right');
  });

  it('folds when the note spans the whole window, and ignores a hidden field', () => {
    expect(clearSide(box(0, 1280), 1280, 360, 'right')).toBeNull();
    expect(clearSide({ left: 0, right: 1280, top: 0, bottom: 0 }, 1280, 360, 'right')).toBe(
      'right',
    );
  });
});
