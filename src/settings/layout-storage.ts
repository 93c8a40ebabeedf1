// The sidebar's side and folded state, in the same storage item the sidebar itself keeps, so
// the options page and every open sidebar always show one layout.
import { storage } from 'wxt/utils/storage';
import { parseSidebarLayout, SIDEBAR_LAYOUT_KEY, type SidebarLayout } from '../ui/sidebar-layout';

const layoutItem = storage.defineItem<unknown>(`local:${SIDEBAR_LAYOUT_KEY}`);

export async function loadLayout(): Promise<SidebarLayout> {
  return parseSidebarLayout(await layoutItem.getValue().catch(() => undefined));
}

export async function saveLayout(layout: SidebarLayout): Promise<void> {
  await layoutItem.setValue(parseSidebarLayout(layout));
}

export function watchLayout(onChange: (layout: SidebarLayout) => void): () => void {
  return layoutItem.watch((stored) => onChange(parseSidebarLayout(stored)));
}
