/// <reference lib="dom" />
/**
 * Article text, metadata, file names, lexicons and actor files written to attack the reader of
 * report.html (test/fixtures/hostile/) are rendered in headless Chromium: no script of theirs
 * runs, no dialog opens, no request leaves the page, no element or attribute is injected, and
 * every payload reads as literal text. The checks are about the page, not its layout, so they
 * hold whatever the report looks like.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type OpenedPage, openReport } from '../helpers/browser.js';
import { framelens, ROOT } from '../helpers/cli.js';

const HOSTILE = path.join(ROOT, 'test', 'fixtures', 'hostile');
// A file name that reverses what follows it and closes an attribute.
const EVIL_NAME = 'evil"\u202e<b>.txt';

/** Payloads that must appear in the page as text, exactly so. */
const LITERAL = [
  '<script>alert(1)</script>',
  '</textarea><script>alert(2)</script>',
  '</style><script>alert(3)</script>',
  '<base href="https://evil.example/">',
  '"><svg onload=alert(4)>',
  '"><svg onload=alert(5)></style><script>alert(6)</script>',
  'expression(alert(7))',
  '<img src=x onerror=alert(11)>',
  '<script>alert(16)</script>',
  '&lt;double&gt;',
  '<script>alert(30)</script>',
];

describe('report.html with hostile articles, metadata and lexicons, in Chromium', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let html: string;
  let file: string;

  beforeAll(async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'framelens-hostile-'));
    cpSync(HOSTILE, cwd, { recursive: true });
    writeFileSync(
      path.join(cwd, 'articles', EVIL_NAME),
      'A reckless “provocation” with a hostile file name.',
    );
    const r = framelens(
      [
        'analyze',
        'articles',
        '-l',
        'lexicons/hostile-words.yaml',
        '-l',
        'lexicons/hostile-actors.yaml',
        '--out',
        'out',
      ],
      cwd,
    );
    expect(r.status, r.stderr).toBe(0);
    file = path.join(cwd, 'out', 'report.html');
    html = readFileSync(file, 'utf8');
    browser = await launch();
    opened = await openReport(browser, file);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs nothing, opens no dialog, requests nothing, logs no error or CSP violation', async () => {
    // Hover and focus every highlight, so tooltips built from lexicon data are shown too.
    const marks = opened.page.locator('mark');
    const n = await marks.count();
    expect(n).toBeGreaterThan(5);
    for (let i = 0; i < n; i += 1) {
      await marks.nth(i).hover();
      await marks.nth(i).focus();
    }
    expect(opened.dialogs).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.requests).toEqual([]);
  });

  it('injects no element, no attribute, no link, no redirect', async () => {
    const dom = await opened.page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        scripts: document.scripts.length,
        forbidden: all
          .map((e) => e.localName)
          .filter((t) =>
            [
              'img',
              'iframe',
              'object',
              'embed',
              'base',
              'form',
              'textarea',
              'link',
              'b',
              'frame',
            ].includes(t),
          ),
        refresh: document.querySelectorAll('meta[http-equiv="refresh" i]').length,
        handlers: all
          .flatMap((e) => [...e.attributes].map((a) => a.name))
          .filter((a) => a.startsWith('on')),
        oddAttributes: all
          .flatMap((e) => [...e.attributes].map((a) => a.name))
          .filter((a) => !/^[a-zA-Z][a-zA-Z0-9:-]*$/.test(a)),
        hrefs: [...document.querySelectorAll('[href], [src], [action], [formaction]')].map(
          (e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? '',
        ),
        baseURI: document.baseURI,
        location: location.href,
      };
    });
    expect(dom.scripts).toBe(1);
    expect(dom.forbidden).toEqual([]);
    expect(dom.refresh).toBe(0);
    expect(dom.handlers).toEqual([]);
    expect(dom.oddAttributes).toEqual([]);
    // Links stay inside the page, or are plain http(s): never javascript: or data:.
    for (const href of dom.hrefs) expect(href).toMatch(/^(#|https?:\/\/)/);
    expect(dom.baseURI).toBe(dom.location);
  });

  it('shows every payload as literal text, direction controls as visible tags', async () => {
    const text = await opened.page.evaluate(() => document.body.innerText);
    for (const payload of LITERAL) expect(text).toContain(payload);
    expect(text).toContain('[U+202E]exe.txt[U+202C]');
    expect(text).toContain('[U+2067]abc[U+2069]');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    // The hostile file name is shown as written, not broken out of.
    expect(text).toContain('evil"[U+202E]<b>');
  });

  it('tooltips show lexicon and actor data as text', async () => {
    // A fresh page: the mouse left over highlights by the first test would move the tooltip.
    const fresh = await openReport(browser, file);
    const mark = fresh.page.locator('mark[data-class*="onerror=alert(34)"]').first();
    await mark.focus();
    const tip = fresh.page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('"><img src=x onerror=alert(34)>');
    expect(await tip.textContent()).toContain('"><svg onload=alert(31)>');
    expect(await tip.locator('*').evaluateAll((es) => es.map((e) => e.localName))).toEqual(
      expect.arrayContaining(['dl', 'dt', 'dd']),
    );
    expect(await tip.locator(':not(dl, dt, dd)').count()).toBe(0);
    expect(fresh.dialogs).toEqual([]);
    expect(html).toContain('&lt;img src=x onerror=alert(41)&gt;');
    await fresh.page.close();
  });

  it('has a Content-Security-Policy that allows only its own inline script, by hash', async () => {
    const csp = await opened.page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
    );
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    const script = await opened.page.evaluate(() => document.scripts[0]!.textContent ?? '');
    const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
    expect(directives.get('script-src')).toEqual([hash]);
    expect(csp).not.toContain('unsafe-inline');
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    // The policy comes before anything taken from an article.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('alert('));
  });
});
