import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openReport } from '../helpers/browser.js';
import { framelens } from '../helpers/cli.js';

describe('report.html in headless Chromium', () => {
  let browser: Browser;
  let file: string;

  beforeAll(async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'framelens-html-'));
    expect(framelens(['analyze', '--out', out]).status).toBe(0);
    file = path.join(out, 'report.html');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no console error and no network request; a focused highlight shows its evidence', async () => {
    const o = await openReport(browser, file);
    expect(o.consoleErrors).toEqual([]);
    expect(o.pageErrors).toEqual([]);
    expect(o.requests).toEqual([]);
    const marks = await o.page.locator('mark.f').count();
    expect(marks).toBeGreaterThan(20);
    const first = o.page.locator('mark.f').first();
    const entry = await first.getAttribute('data-entry');
    expect(await o.page.locator('#tip').isVisible()).toBe(false);
    await first.focus();
    const tip = o.page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(entry);
    await o.page.screenshot({ path: path.join(path.dirname(file), 'report.png'), fullPage: true });
    await o.page.close();
  });
});
