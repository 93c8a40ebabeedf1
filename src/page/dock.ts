// The sidebar docks beside the page, as a browser's own side panel does: the page's layout
// gives up a strip on one side, so the sidebar never covers the note. Where the page cannot
// shift (a note in a full-window fixed layout or modal), the sidebar moves clear of the note.
import type { SidebarLayout } from '../ui/sidebar-layout';

const STYLE_ID = 'notecoach-dock';

/** Width the page gives up: the open panel, or the folded tab. */
export const DOCK_WIDTH = { open: 360, collapsed: 40 } as const;

export function dockWidth(layout: SidebarLayout): number {
  return layout.collapsed ? DOCK_WIDTH.collapsed : DOCK_WIDTH.open;
}

/** Narrows the page's layout by `width` on `side`; only layout, nothing of the note is touched. */
export function dockPage(doc: Document, side: SidebarLayout['side'], width: number): void {
  let style = doc.getElementById(STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    doc.documentElement.append(style);
  }
  style.textContent = `html { margin-${side}: ${width}px !important; }`;
}

/** Gives the page its whole width back. */
export function undockPage(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Where the sidebar can sit without covering `field` (the focused note, in viewport pixels): the
 * chosen side, else the other, else null (fold it to its tab, which covers less).
 */
export function clearSide(
  field: Box,
  viewportWidth: number,
  width: number,
  side: SidebarLayout['side'],
): SidebarLayout['side'] | null {
  const covers = (at: SidebarLayout['side']) =>
    at === 'right' ? field.right > viewportWidth - width : field.left < width;
  const visible = field.bottom > field.top && field.right > field.left;
  if (!visible || !covers(side)) return side;
  const other = side === 'right' ? 'left' : 'right';
  return covers(other) ? null : other;
}
