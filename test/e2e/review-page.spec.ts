// The review page as a supervisor uses it: paste notes, import a CSV, run the batch in the
// page's Web Worker, open a note, export the findings.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './extension';

const HOSTILE = '<img src=x onerror=alert(1)> CSW drove client to the clinic and back home.';

async function openReview(extension: import('@playwright/test').BrowserContext) {
  const worker = extension.serviceWorkers()[0] ?? (await extension.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await extension.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
  await page.goto(`chrome-extension://${id}/review.html`);
  return { page, errors };
}

test('reviews pasted notes in the worker and shows markup as text', async ({ extension }) => {
  const { page, errors } = await openReview(extension);
  await page.getByLabel(/Paste notes/).fill(`${HOSTILE}\n---\nCSW met client at the library.`);
  await page.getByRole('button', { name: 'Add pasted notes' }).click();
  await page.getByRole('button', { name: 'Review 2 notes' }).click();
  const rows = page.locator('table.notes tbody tr');
  await expect(rows).toHaveCount(2);
  await rows.filter({ hasText: 'Note 1' }).click();
  const text = page.locator('.detail .note-text');
  await expect(text).toHaveText(HOSTILE);
  await expect(page.locator('img')).toHaveCount(0);
  await expect(text.locator('mark').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('imports the example EHR export and downloads the findings CSV', async ({ extension }) => {
  const { page, errors } = await openReview(extension);
  const csv = readFileSync(resolve(import.meta.dirname, '..', '..', 'examples', 'notes.csv'));
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: csv });
  await page.getByRole('button', { name: /^Add \d+ notes$/ }).click();
  await page.getByRole('button', { name: /^Review \d+ notes$/ }).click();
  await expect(page.locator('table.notes tbody tr').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /of \d+ notes/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export findings (CSV)' }).click();
  const saved = await (await download).path();
  const body = readFileSync(saved, 'utf8');
  expect(body.startsWith('\uFEFFNote ID,Staff,Client,Date,Kind,')).toBe(true);
  expect(errors).toEqual([]);
});
