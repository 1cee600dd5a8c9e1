/// <reference lib="dom" />
/**
 * report.html in a real browser (Debian Chromium via playwright-core): it loads without errors
 * or network requests, one highlight per finding of findings.csv, the tooltip on focus and hover,
 * the filters, the sortable table and map for a larger corpus, the stance heat map's links to
 * evidence, the print layout, and an axe-core accessibility audit.
 *
 * axe-core: the page's Content-Security-Policy blocks `page.addScriptTag` (an inline script
 * without the page's hash), so the audit evaluates axe's source with `page.evaluate`, which runs
 * through the DevTools protocol and leaves the page's CSP in force: the page is audited as shipped.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../src/report/html.js';
import { launch, type OpenedPage, openReport } from '../helpers/browser.js';
import { framelens } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/fixture-lexicon.js';
import { stanceResults } from '../helpers/stance-results.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function audit(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)',
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
}

function expectClean(o: OpenedPage): void {
  expect(o.consoleErrors).toEqual([]);
  expect(o.pageErrors).toEqual([]);
  expect(o.dialogs).toEqual([]);
  expect(o.requests).toEqual([]);
}

const findingIds = (dir: string) =>
  (
    parse(readFileSync(path.join(dir, 'findings.csv')), { columns: true }) as {
      finding_id: string;
    }[]
  ).map((r) => r.finding_id);

const distinctMarks = (page: Page) =>
  page.$$eval('mark.f', (ms) => [...new Set(ms.map((m) => (m as HTMLElement).dataset.f!))]);

describe('report.html in headless Chromium', () => {
  let browser: Browser;
  let seeds: string;
  let big: string;
  let bigSide: string;
  let stanceFile: string;

  beforeAll(async () => {
    seeds = mkdtempSync(path.join(os.tmpdir(), 'framelens-html-'));
    expect(framelens(['analyze', '--out', seeds]).status).toBe(0);
    const corpus = path.join(FIXTURES, 'corpus');
    big = mkdtempSync(path.join(os.tmpdir(), 'framelens-html-big-'));
    expect(framelens(['analyze', corpus, '--out', big]).status).toBe(0);
    bigSide = mkdtempSync(path.join(os.tmpdir(), 'framelens-html-side-'));
    expect(
      framelens(['analyze', corpus, '--out', bigSide, '--side-by-side-max', '20']).status,
    ).toBe(0);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'framelens-html-stance-'));
    stanceFile = path.join(dir, 'report.html');
    writeFileSync(
      stanceFile,
      renderHtmlReport({ results: await stanceResults(), version: 'test', lexicons: [] }),
    );
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no console error, dialog or network request; one highlight id per finding of findings.csv', async () => {
    for (const dir of [seeds, bigSide]) {
      const o = await openReport(browser, path.join(dir, 'report.html'));
      expectClean(o);
      const marks = await distinctMarks(o.page);
      expect(marks.sort()).toEqual(findingIds(dir).sort());
      expect(marks.length).toBeGreaterThan(100);
      await o.page.close();
    }
  });

  it('a focused highlight shows its entry, class, weight, lexicon and source; Escape hides it; hover shows it', async () => {
    const o = await openReport(browser, path.join(seeds, 'report.html'));
    const verb = o.page.locator('mark.f.c-reporting_verb').first();
    const want = await verb.evaluate((m) => ({ ...(m as HTMLElement).dataset }));
    const tip = o.page.locator('#tip');
    expect(await tip.isVisible()).toBe(false);
    await verb.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = (await tip.textContent())!;
    for (const k of ['entry', 'class', 'weight', 'lexicon', 'source'] as const)
      expect(text).toContain(want[k]);
    expect(await verb.getAttribute('aria-describedby')).toBe('tip');
    await o.page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    const hedge = o.page.locator('mark.f.c-hedge').first();
    await hedge.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain((await hedge.getAttribute('data-entry'))!);
    await o.page.screenshot({ path: path.join(seeds, 'report.png'), fullPage: true });
    await o.page.close();
  });

  it('category, voice and actor filters hide exactly the highlights they should', async () => {
    const o = await openReport(browser, path.join(seeds, 'report.html'));
    const { page } = o;
    const border = (sel: string) => page.$eval(sel, (m) => getComputedStyle(m).borderBottomColor);
    const total = (await distinctMarks(page)).length;
    await expect
      .poll(() => page.textContent('#filter-status'))
      .toBe(`Showing ${total} of ${total} findings.`);
    expect(await border('mark.f.c-hedge')).not.toBe('rgba(0, 0, 0, 0)');
    await page.getByLabel('Hedge / distancing').uncheck();
    expect(await border('mark.f.c-hedge')).toBe('rgba(0, 0, 0, 0)');
    expect(await border('mark.f.c-booster')).not.toBe('rgba(0, 0, 0, 0)');
    const hedges = new Set(
      await page.$$eval('mark.f.c-hedge', (ms) => ms.map((m) => (m as HTMLElement).dataset.f!)),
    ).size;
    expect(await page.textContent('#filter-status')).toBe(
      `Showing ${total - hedges} of ${total} findings.`,
    );
    await page.getByLabel('Hedge / distancing').check();
    await page.getByLabel('Quotations', { exact: true }).uncheck();
    expect(await border('mark.f.v-quoted')).toBe('rgba(0, 0, 0, 0)');
    expect(await border('mark.f.v-writer')).not.toBe('rgba(0, 0, 0, 0)');
    await page.getByLabel('Quotations', { exact: true }).check();

    await page.selectOption('#actor-filter', 'vladimir-putin');
    const state = await page.$$eval('mark.f', (ms) =>
      ms.map((m) => ({
        off: m.classList.contains('off'),
        actors: ((m as HTMLElement).dataset.actors ?? '').split(' '),
        border: getComputedStyle(m).borderBottomColor,
      })),
    );
    const about = state.filter((s) => s.actors.includes('vladimir-putin'));
    expect(about.length).toBeGreaterThan(3);
    for (const s of state) {
      expect(s.off).toBe(!s.actors.includes('vladimir-putin'));
      expect(s.border === 'rgba(0, 0, 0, 0)').toBe(s.off);
    }
    await page.selectOption('#actor-filter', '');
    expect(await page.$$eval('mark.f.off', (ms) => ms.length)).toBe(0);
    await page.close();
  });

  it('passes an axe-core audit with no serious or critical violation (seeds, large corpus, stance)', async () => {
    for (const file of [
      path.join(seeds, 'report.html'),
      path.join(big, 'report.html'),
      stanceFile,
    ]) {
      const o = await openReport(browser, file);
      expect(await audit(o.page), file).toEqual([]);
      await o.page.close();
    }
  });

  it('a large corpus gets a map and a sortable table, not the full texts', async () => {
    const o = await openReport(browser, path.join(big, 'report.html'));
    const { page } = o;
    expectClean(o);
    expect(await page.locator('mark.f').count()).toBe(0);
    expect(await page.locator('section[aria-labelledby="texts"]').count()).toBe(0);
    expect(await page.locator('svg.map g title').count()).toBe(12);
    const hedgeCol = page.getByRole('button', { name: 'Hedges /1k' });
    const column = async () => {
      const j = Number(await hedgeCol.getAttribute('data-col'));
      return page.$$eval(
        '#articles-table tbody tr',
        (rows, j) => rows.map((r) => Number((r as HTMLTableRowElement).cells[j]!.dataset.v)),
        j,
      );
    };
    await hedgeCol.click();
    const up = await column();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(await page.locator('th', { has: hedgeCol }).getAttribute('aria-sort')).toBe('ascending');
    await hedgeCol.focus();
    await page.keyboard.press('Enter');
    const down = await column();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    expect(await page.locator('th', { has: hedgeCol }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(new Set(down).size).toBeGreaterThan(3);
    await page.close();
  });

  it('each stance cell links to its evidence, and the evidence to the highlight in the text', async () => {
    const o = await openReport(browser, stanceFile);
    const { page } = o;
    expectClean(o);
    const cell = page.locator('table.heatmap a', { hasText: '−0.80' });
    await cell.click();
    const evidence = page.locator('details.evidence[open]');
    await expect.poll(() => evidence.count()).toBe(1);
    expect(await evidence.locator('summary').textContent()).toContain('Vladimir Putin');
    const links = evidence.locator('a[href^="#f-"]');
    expect(await links.count()).toBe(2);
    const target = (await links.first().getAttribute('href'))!.slice(1);
    const mark = page.locator(`[id="${target}"]`);
    expect(await mark.getAttribute('data-text')).toBe('reckless');
    // The mark is about Putin, so the actor filter keeps it.
    expect((await mark.getAttribute('data-actors'))!.split(' ')).toContain('vladimir-putin');
    // An actor mentioned with no evidence has a grey cell saying so, not a number.
    expect(await page.locator('table.heatmap td.s-none').first().textContent()).toContain(
      'no evidence',
    );
    await page.close();
  });

  it('without stance, the actor section says so and still lists names and speakers', async () => {
    const o = await openReport(browser, path.join(seeds, 'report.html'));
    expect(await o.page.textContent('section[aria-labelledby="actors"]')).toContain(
      'No actor stance computed',
    );
    expect(await o.page.locator('table.naming tbody tr').count()).toBeGreaterThan(3);
    expect(await o.page.locator('table.quoted tbody tr').count()).toBeGreaterThan(3);
    await o.page.close();
  });

  it('prints in one column without the controls, every details block opened', async () => {
    const o = await openReport(browser, path.join(seeds, 'report.html'));
    const { page } = o;
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('.controls', (e) => getComputedStyle(e).display)).toBe('none');
    expect(await page.$eval('.articles', (e) => getComputedStyle(e).display)).toBe('block');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.$$eval('details:not([open])', (d) => d.length)).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.$$eval('details[open]', (d) => d.length)).toBe(0);
    await page.close();
  });
});
