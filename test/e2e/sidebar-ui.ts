// The sidebar as a user meets it: located by role and name inside its shadow root (Playwright's
// locators pierce open shadow roots), so these helpers also prove what a screen reader hears.
import type { Locator, Page, Worker } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { NoteContext } from '../../src/engine/types';

/** The fixture form's own fields (date, 09:30 to 10:15, client home), as the reader sends them. */
export const FORM_CONTEXT: NoteContext = {
  fields: { date: true, 'start-time': true, 'end-time': true, location: true },
  startMinutes: 570,
  endMinutes: 615,
};

/** A note an auditor would send back: vague wording, and no plan goal. */
export const BAD_NOTE = 'Met Jordan at his apartment.\nCSW assisted client with the electric bill.';
export const VAGUE_PHRASE = 'assisted client with the electric bill';

interface EngineCounts {
  findings: number;
  toFix: number;
}
/** Loading the engine takes seconds; each note is counted once per test worker. */
const counted = new Map<string, EngineCounts>();

/** How many findings the engine itself reports for `text` in the fixture form, and how many to fix. */
export function engineCounts(text: string): EngineCounts {
  const known = counted.get(text);
  if (known) return known;
  const script = resolve(import.meta.dirname, 'engine-counts.ts');
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', script, text, JSON.stringify(FORM_CONTEXT)],
    { encoding: 'utf8' },
  );
  const counts = JSON.parse(out) as EngineCounts;
  counted.set(text, counts);
  return counts;
}

export function sidebar(page: Page): Locator {
  return page.getByRole('region', { name: 'NoteCoach' });
}

/** Every finding card, whichever group (or the units panel) holds it. */
export function findingCards(page: Page): Locator {
  return sidebar(page).locator('li.card');
}

export function findingCard(page: Page, excerpt: string): Locator {
  return findingCards(page).filter({ hasText: `“${excerpt}”` });
}

export function summaryBadge(page: Page): Locator {
  return sidebar(page).locator('.badge');
}

/** Forgets the stored sidebar layout, so each test starts docked right and open. */
export async function resetSidebarLayout(background: Worker): Promise<void> {
  await background.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { local: { remove(key: string): Promise<void> } } };
      }
    ).chrome.storage.local.remove('sidebarLayout'),
  );
}
