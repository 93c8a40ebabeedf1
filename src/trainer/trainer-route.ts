// The trainer's three views and which one the address names (#pairs, #practice, #handout),
// so a view can be linked to and the browser's back button moves between them.
import { z } from 'zod';

export const VIEWS = ['pairs', 'practice', 'handout'] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<View, string> = {
  pairs: 'Good and bad examples',
  practice: 'Practice',
  handout: 'Handout',
};

export function viewFromHash(hash: string): View {
  const parsed = z.enum(VIEWS).safeParse(hash.replace(/^#/, ''));
  return parsed.success ? parsed.data : 'pairs';
}
