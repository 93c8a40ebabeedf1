// The analyzer for the current settings, made on first use and kept: it holds the compiled
// pack and a sentence cache, so typing re-checks only the sentences that changed. A settings
// change drops it; the next analysis builds one from the new settings.
import { createAnalyzer, type Analyzer } from '../engine';
import { activePackFor } from '../settings/active-pack';
import type { Settings } from '../settings/schema';

export interface ActiveAnalyzer {
  get(): Promise<Analyzer>;
  /** Forget the analyzer; the next `get` reads the settings again. */
  reset(): void;
}

export function createActiveAnalyzer(loadSettings: () => Promise<Settings>): ActiveAnalyzer {
  let current: Promise<Analyzer> | null = null;
  return {
    get() {
      current ??= loadSettings().then((settings) => createAnalyzer(activePackFor(settings)));
      return current;
    },
    reset() {
      current = null;
    },
  };
}
