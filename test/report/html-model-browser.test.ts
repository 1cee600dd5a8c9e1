/// <reference lib="dom" />
/**
 * The report of a run with a trained stance model (`--model`), in headless Chromium: each stance
 * cell's link shows the model's figure and its top features on keyboard focus and on hover, the
 * evidence block lists every feature, and the page stays free of errors and requests.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openReport } from '../helpers/browser.js';
import { framelens, ROOT } from '../helpers/cli.js';

describe('report.html with a trained stance model, in Chromium', () => {
  let browser: Browser;
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'framelens-model-html-'));
    const model = path.join(ROOT, 'lexicons', 'stance-model.json');
    const r = framelens(['analyze', path.join(ROOT, 'seeds'), '--model', model, '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('focus and hover on a stance cell show the model figure and top features; Escape hides', async () => {
    const o = await openReport(browser, path.join(out, 'report.html'));
    const cells = o.page.locator('table.heatmap a.tipped');
    // One link per (article, actor) cell whose actor the model scored and whose evidence is on the page.
    expect(await cells.count()).toBeGreaterThan(10);
    const cell = cells.first();
    const want = await cell.evaluate((a) => ({ ...(a as HTMLElement).dataset }));
    const tip = o.page.locator('#tip');
    expect(await tip.isVisible()).toBe(false);
    await cell.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = (await tip.textContent())!;
    expect(text).toContain('Trained model');
    expect(text).toContain(want.mstance);
    expect(text).toContain('Top features');
    expect(text).toContain(want.mtop);
    // Finding fields are not shown for a cell.
    expect(text).not.toContain('Lexicon');
    await o.page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    const second = cells.nth(1);
    await second.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain((await second.getAttribute('data-mtop'))!);
    expect(o.consoleErrors).toEqual([]);
    expect(o.pageErrors).toEqual([]);
    expect(o.requests).toEqual([]);
    await o.page.close();
  });

  it("each cell's evidence block lists the model's features, the same as actors.csv's first five", async () => {
    const actors = parse(readFileSync(path.join(out, 'actors.csv')), {
      columns: true,
    }) as Record<string, string>[];
    const o = await openReport(browser, path.join(out, 'report.html'));
    const cell = o.page.locator('table.heatmap a.tipped').first();
    const href = (await cell.getAttribute('href'))!;
    await cell.click();
    const block = o.page.locator(href);
    await expect.poll(() => block.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const features = await block
      .locator('table')
      .first()
      .locator('tbody tr th, tbody tr td:first-child')
      .allTextContents();
    const summary = (await block.locator('summary').textContent())!;
    const row = actors.find(
      (a) =>
        !!a.model_top_features &&
        summary.startsWith(`${a.name} in`) &&
        a.model_top_features.split('; ')[0]!.startsWith(features[0]!),
    );
    expect(row, `a row of actors.csv for "${summary}"`).toBeDefined();
    const csvFeatures = row!.model_top_features!.split('; ').map((x) => x.split(' ')[0]);
    expect(features.slice(0, csvFeatures.length)).toEqual(csvFeatures);
    await o.page.close();
  });
});
