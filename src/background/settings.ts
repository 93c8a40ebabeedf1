// The settings the service worker reads. A settings page will write them; until then every
// missing or unreadable value falls back to its default.
import { z } from 'zod';

export const DEFAULT_PROGRAM = 'ct-dmhas-csp';

export const SETTINGS_KEY = 'settings';

const settingsSchema = z.object({ program: z.string().catch(DEFAULT_PROGRAM) });

/** The program whose rules to apply, given what storage holds and which packs exist. */
export function programFromSettings(
  stored: unknown,
  isKnown: (program: string) => boolean,
): string {
  const parsed = settingsSchema.safeParse(stored);
  const program = parsed.success ? parsed.data.program : DEFAULT_PROGRAM;
  return isKnown(program) ? program : DEFAULT_PROGRAM;
}
