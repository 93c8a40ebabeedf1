// The sidebar for people who do not use a mouse or do not see the screen: axe-core finds no
// serious problem in it, the accessibility tree names every finding, and the keyboard alone
// reaches a suggestion and applies it.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { editorText } from './editor-test';
import { expect, test } from './extension';
import { listenLikeTheSidebar } from './sidebar-requests';
import {
  BAD_NOTE,
  VAGUE_PHRASE,
  findingCard,
  resetSidebarLayout,
  sidebar,
  summaryBadge,
} from './sidebar-ui';

const NOTE_FIELD = 'textarea[name=note]';

test.beforeEach(async ({ background }) => {
  await listenLikeTheSidebar(background, false);
  await resetSidebarLayout(background);
});

/** Opens the textarea page and types the bad note, then waits for the sidebar to list it. */
async function openWithFindings(page: Page): Promise<void> {
  await page.goto('textarea.html');
  await page.locator(NOTE_FIELD).click();
  await page.keyboard.type(BAD_NOTE);
  await expect(findingCard(page, VAGUE_PHRASE)).toBeVisible();
}

test('axe-core finds no serious or critical violation in the sidebar', async ({ page }) => {
  // Two full axe passes over the page: slow on a busy machine.
  test.slow();
  await openWithFindings(page);
  const inSidebar: { fromShadowDom: [string, string] } = {
    fromShadowDom: ['notecoach-sidebar', 'section.nc'],
  };
  const open = await new AxeBuilder({ page }).include(inSidebar).analyze();
  await sidebar(page).getByRole('button', { name: 'Collapse NoteCoach' }).click();
  const folded = await new AxeBuilder({ page }).include(inSidebar).analyze();

  const serious = [...open.violations, ...folded.violations]
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' >>> ')).join(', ')}`);
  expect(serious).toEqual([]);
  expect(open.passes.length, 'axe looked inside the shadow root').toBeGreaterThan(10);
});

test('the accessibility tree lists each finding by role and name', async ({ page }) => {
  await openWithFindings(page);
  const panel = sidebar(page);
  // The live status says what the badge shows, for a screen reader.
  const toFix = /^(\d+) to fix$/.exec((await summaryBadge(page).textContent()) ?? '')?.[1];
  expect(toFix).toBeDefined();
  await expect(panel.getByRole('status')).toHaveText(`${toFix} to fix.`);

  const vague = panel.getByRole('list', { name: 'Vague wording findings' });
  await expect(vague.getByRole('listitem', { name: `Vague wording: ${VAGUE_PHRASE}` })).toHaveCount(
    1,
  );
  // The test page's form holds the date, times and location; the note lacks a goal and a
  // signature.
  const missing = panel.getByRole('list', { name: 'Missing findings' });
  await expect(missing.getByRole('listitem', { name: /^Missing: / })).toHaveCount(2);
  await expect(missing.getByRole('listitem', { name: /^Missing: .*goal/i })).toHaveCount(1);
  await expect(missing.getByRole('listitem', { name: /^Missing: .*sign/i })).toHaveCount(1);
  const finding = vague.getByRole('listitem').first();
  await expect(finding.getByRole('button', { name: /^Use: / })).toHaveCount(3);
  await expect(finding.getByRole('button', { name: `Ignore “${VAGUE_PHRASE}”` })).toHaveCount(1);

  const tree = await panel.ariaSnapshot();
  expect(tree).toContain(`listitem "Vague wording: ${VAGUE_PHRASE}"`);
  expect(tree).toContain('heading "Vague wording 1"');
});

/** The focused element, looking through shadow roots: its text and its role. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      inSidebar: active?.getRootNode() !== document,
      text: (active?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      tag: active?.localName ?? '',
    };
  });

test('Tab reaches the sidebar, its findings and suggestions, and Enter applies one', async ({
  page,
}) => {
  await openWithFindings(page);
  const pressTabUntil = async (wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean) => {
    for (let presses = 0; presses < 40; presses += 1) {
      await page.keyboard.press('Tab');
      if (wanted(await focused(page))) return;
    }
    throw new Error(`Tab never reached it; focus is on ${JSON.stringify(await focused(page))}`);
  };

  await pressTabUntil((f) => f.inSidebar);
  await pressTabUntil((f) => f.inSidebar && f.text.includes(`“${VAGUE_PHRASE}”`));
  await pressTabUntil((f) => f.inSidebar && f.text.startsWith('Use: taught client to'));
  await page.keyboard.press('Enter');
  await expect
    .poll(() => editorText(page.locator(NOTE_FIELD)))
    .toBe(
      BAD_NOTE.replace(
        VAGUE_PHRASE,
        'taught client to [skill] for the electric bill by [modeling / prompting / role-playing]',
      ),
    );
});
