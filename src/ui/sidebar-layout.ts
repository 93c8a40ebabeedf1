// Where the sidebar sits and whether it is folded away: the only thing it ever stores.
// zod/mini keeps the sidebar's content script small: it loads on every page NoteCoach runs on.
import { z } from 'zod/mini';

// Built on first read, not when the sidebar's script loads.
const buildLayoutSchema = () =>
  z.object({
    collapsed: z.catch(z.boolean(), false),
    side: z.catch(z.enum(['left', 'right']), 'right'),
  });

let layoutSchema: ReturnType<typeof buildLayoutSchema> | undefined;

/** The storage key, shared by the sidebar (which remembers its toggles) and the options page. */
export const SIDEBAR_LAYOUT_KEY = 'sidebarLayout';

export type SidebarLayout = z.infer<ReturnType<typeof buildLayoutSchema>>;

export const DEFAULT_LAYOUT: SidebarLayout = { collapsed: false, side: 'right' };

/** Reads a stored layout; anything unreadable gives the default. */
export function parseSidebarLayout(raw: unknown): SidebarLayout {
  layoutSchema ??= buildLayoutSchema();
  const parsed = layoutSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_LAYOUT;
}
