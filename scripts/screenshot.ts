/**
 * Full-page screenshot of a report, for developers to look at after changing the page:
 *
 *   npm run screenshot                         # reports/report.html → reports/report.png
 *   npm run screenshot -- out/report.html      # → out/report.png
 *   npm run screenshot -- out/report.html --print   # also out/report.pdf and report-print.png
 *                                                   # (the print stylesheet, A4 width)
 *   npm run screenshot -- --pieces             # also report-1.png, report-2.png, … (1,300 px
 *                                              # each), easier to look at than one tall image
 *
 * Uses the same Debian Chromium as the browser tests (no browser download).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openReport } from '../test/helpers/browser.js';

/** The page in 1,300-px slices: base-1.png, base-2.png, … */
async function pieces(page: Page, base: string, width: number): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 1; y < height; y += 1300, i++) {
    const piece = base.replace(/\.png$/, `-${i}.png`);
    const clip = { x: 0, y, width, height: Math.min(1300, height - y) };
    await page.screenshot({ path: piece, fullPage: true, clip });
    process.stderr.write(`wrote ${path.relative(process.cwd(), piece)}\n`);
  }
}

const args = process.argv.slice(2);
const file = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'reports/report.html');
const png = `${file.replace(/\.html?$/, '')}.png`;
const browser = await launch();
try {
  const o = await openReport(browser, file);
  await o.page.setViewportSize({ width: 1280, height: 900 });
  await o.page.screenshot({ path: png, fullPage: true });
  process.stderr.write(`wrote ${path.relative(process.cwd(), png)}\n`);
  if (args.includes('--pieces')) await pieces(o.page, png, 1280);
  if (args.includes('--print')) {
    const pdf = png.replace(/\.png$/, '.pdf');
    await o.page.pdf({ path: pdf, format: 'A4', printBackground: true });
    process.stderr.write(`wrote ${path.relative(process.cwd(), pdf)}\n`);
    // The print stylesheet as one image (no page breaks): what the PDF's pages are cut from.
    const printPng = png.replace(/\.png$/, '-print.png');
    await o.page.emulateMedia({ media: 'print' });
    await o.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await o.page.setViewportSize({ width: 794, height: 1123 });
    await o.page.screenshot({ path: printPng, fullPage: true });
    process.stderr.write(`wrote ${path.relative(process.cwd(), printPng)}\n`);
    if (args.includes('--pieces')) await pieces(o.page, printPng, 794);
  }
  for (const e of [...o.consoleErrors, ...o.pageErrors]) process.stderr.write(`page error: ${e}\n`);
  for (const r of o.requests) process.stderr.write(`network request: ${r}\n`);
} finally {
  await browser.close();
}
