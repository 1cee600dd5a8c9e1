/**
 * Full-page screenshot of a report, for developers to look at after changing the page:
 *
 *   npm run screenshot                         # reports/report.html → reports/report.png
 *   npm run screenshot -- out/report.html      # → out/report.png
 *   npm run screenshot -- out/report.html --print   # also out/report.pdf (print stylesheet)
 *   npm run screenshot -- --pieces             # also report-1.png, report-2.png, … (1,300 px
 *                                              # each), easier to look at than one tall image
 *
 * Uses the same Debian Chromium as the browser tests (no browser download).
 */
import path from 'node:path';
import { launch, openReport } from '../test/helpers/browser.js';

const args = process.argv.slice(2);
const file = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'reports/report.html');
const png = `${file.replace(/\.html?$/, '')}.png`;
const browser = await launch();
try {
  const o = await openReport(browser, file);
  await o.page.setViewportSize({ width: 1280, height: 900 });
  await o.page.screenshot({ path: png, fullPage: true });
  process.stderr.write(`wrote ${path.relative(process.cwd(), png)}\n`);
  if (args.includes('--pieces')) {
    const height = await o.page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, i = 1; y < height; y += 1300, i++) {
      const piece = png.replace(/\.png$/, `-${i}.png`);
      const clip = { x: 0, y, width: 1280, height: Math.min(1300, height - y) };
      await o.page.screenshot({ path: piece, fullPage: true, clip });
      process.stderr.write(`wrote ${path.relative(process.cwd(), piece)}\n`);
    }
  }
  if (args.includes('--print')) {
    const pdf = png.replace(/\.png$/, '.pdf');
    await o.page.pdf({ path: pdf, format: 'A4', printBackground: true });
    process.stderr.write(`wrote ${path.relative(process.cwd(), pdf)}\n`);
  }
  for (const e of [...o.consoleErrors, ...o.pageErrors]) process.stderr.write(`page error: ${e}\n`);
  for (const r of o.requests) process.stderr.write(`network request: ${r}\n`);
} finally {
  await browser.close();
}
