// The settings the service worker reads. A settings page will write them; until then every
// missing or unreadable value falls back to its default.
import { z } from 'zod';

export const SETTINGS_KEY = 'settings';

const settingsSchema = z.object({ program: z.string().optional() });

/** The program whose rules to apply: the stored one if it names a known pack, else `fallback`. */
export function programFromSettings<P extends string>(
  stored: unknown,
  isKnown: (program: string) => program is P,
  fallback: P,
): P {
  const parsed = settingsSchema.safeParse(stored);
  const program = parsed.success ? parsed.data.program : undefined;
  return program !== undefined && isKnown(program) ? program : fallback;
}
