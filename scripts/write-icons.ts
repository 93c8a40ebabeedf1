// Renders the toolbar and store icons (public/icon/<size>.png) from the sidebar's logo mark,
// in headless Chromium, so the icons and the sidebar's logo stay one drawing.
// Run: npx tsx scripts/write-icons.ts
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';

const SIZES = [16, 32, 48, 128];
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">
  <rect x="1" y="1" width="14" height="14" rx="4" fill="#0f6b63"/>
  <path d="M4.5 5.5h7M4.5 8h7M4.5 10.5h4" stroke="#fff" stroke-width="1.4" stroke-linecap="round"/>
</svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0">${LOGO.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
  );
  await page.locator('svg').screenshot({
    path: resolve(import.meta.dirname, '..', 'public', 'icon', `${size}.png`),
    omitBackground: true,
  });
}
await browser.close();
