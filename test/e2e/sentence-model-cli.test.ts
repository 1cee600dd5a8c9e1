/// <reference lib="dom" />
/**
 * `framelens analyze --model` with trained bias and hedge models, end to end on the seeds:
 * sentences.csv and its codebook, the articles.csv counts, the explanation in articles.jsonl,
 * the models in the manifest, the same bytes for any --jobs, nothing new without a model, and
 * the HTML report's sentence badges in headless Chromium (hover and focus show the top
 * features; article text stays text). `eval bias|hedge --model` use the model and warn when it
 * was trained on the gold file itself. Models are trained here on the project's fixtures.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openReport } from '../helpers/browser.js';
import { framelens, ROOT } from '../helpers/cli.js';
import { TRAIN_FIXTURES, trainFixtureModels } from '../helpers/sentence-models.js';

const FIXTURES = TRAIN_FIXTURES;
const rows = (file: string) =>
  parse(readFileSync(file), { columns: true }) as Record<string, string>[];
const read = (dir: string, f: string) => readFileSync(path.join(dir, f), 'utf8');

let dir: string;
let bias: string;
let hedge: string;
let inputs: string;
let one: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'framelens-sentence-cli-'));
  ({ bias, hedge } = trainFixtureModels(dir));
  // The seeds, and an article whose loaded sentence carries markup and a formula.
  inputs = path.join(dir, 'in');
  mkdirSync(inputs);
  for (const f of ['000_c3a5fb5bc20f2f33.txt', '004_2d85dde6461070b9.md'])
    writeFileSync(path.join(inputs, f), readFileSync(path.join(ROOT, 'seeds', f)));
  writeFileSync(
    path.join(inputs, 'hostile.txt'),
    '=HYPERLINK("http://x") The reckless <img src=x onerror="alert(1)"> scheme was a disastrous betrayal. The council met on Tuesday.\n',
  );
  one = path.join(dir, 'one');
  const r = framelens(['analyze', inputs, '--model', bias, '--model', hedge, '-o', one, '-j', '1']);
  expect(r.status, r.stderr).toBe(0);
}, 180_000);

describe('analyze --model with bias and hedge models', () => {
  it('writes sentences.csv: one row per sentence with words, its text exactly the article text', () => {
    const sentences = rows(path.join(one, 'sentences.csv'));
    const articles = read(one, 'articles.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(sentences.length).toBeGreaterThan(40);
    for (const a of articles) {
      const mine = sentences.filter((s) => s.article_id === a.article_id);
      expect(mine.length).toBe(a.sentences.length);
      mine.forEach((s, i) => {
        const js = a.sentences[i];
        expect(Number(s.sentence)).toBe(js.sentence);
        // The CSV keeps a formula-looking sentence as text (a ' in front), else verbatim.
        const text = a.text.slice(js.start, js.end);
        expect(s.text).toBe(/^[=+\-@]/.test(text) ? `'${text}` : text);
        expect(['biased', 'non-biased']).toContain(s.bias_label);
        expect(['uncertain', 'certain']).toContain(s.hedge_label);
        expect(Number(s.bias_probability)).toBeCloseTo(js.bias.probability, 3);
        if (s.bias_top_features)
          expect(s.bias_top_features).toMatch(/^[a-z]+:\S+ [+-]\d+\.\d{3}( \(.+\))?(; |$)/);
      });
    }
  });

  it("counts in articles.csv the writer's sentences each model marks, as sentences.csv lists them", () => {
    const sentences = rows(path.join(one, 'sentences.csv'));
    for (const a of rows(path.join(one, 'articles.csv'))) {
      const mine = sentences.filter((s) => s.article_id === a.article_id && s.voice !== 'quoted');
      const biased = mine.filter((s) => s.bias_label === 'biased').length;
      const uncertain = mine.filter((s) => s.hedge_label === 'uncertain').length;
      expect(Number(a.model_biased_sentences)).toBe(biased);
      expect(Number(a.model_uncertain_sentences)).toBe(uncertain);
      // Three decimals in the CSV: within half a unit of the last place.
      expect(Math.abs(Number(a.model_biased_share) - biased / mine.length)).toBeLessThanOrEqual(
        0.0005 + 1e-12,
      );
    }
    // The hostile article's loaded sentence is marked, the plain one is not.
    const hostile = sentences.filter((s) => s.article_id === 'hostile');
    expect(hostile.map((s) => s.bias_label)).toEqual(['biased', 'non-biased']);
  });

  it('explains every reading in articles.jsonl: intercept + contributions + other = log-odds', () => {
    for (const line of read(one, 'articles.jsonl').trim().split('\n')) {
      const a = JSON.parse(line);
      for (const s of a.sentences)
        for (const task of ['bias', 'hedge']) {
          const x = s[task];
          const sum =
            x.intercept +
            x.contributions.reduce(
              (t: number, c: { contribution: number }) => t + c.contribution,
              0,
            ) +
            x.other;
          expect(sum).toBeCloseTo(x.log_odds, 4);
        }
    }
  });

  it('lists both models with their hashes in the manifest, and sentences.csv in the codebook', () => {
    const manifest = JSON.parse(read(one, 'manifest.json'));
    for (const [task, file] of [
      ['bias', bias],
      ['hedge', hedge],
    ]) {
      const entry = manifest.lexicons.find(
        (l: { category: string }) => l.category === `model:${task}`,
      );
      const sha = createHash('sha256').update(readFileSync(file!)).digest('hex');
      expect(entry).toMatchObject({ id: `${task}-model`, sha256: sha, licence: 'unstated' });
    }
    expect(manifest.options.model).toEqual([bias, hedge].sort());
    const codebook = rows(path.join(one, 'codebook.csv'));
    const header = read(one, 'sentences.csv').split('\r\n')[0]!.split(',');
    expect(codebook.filter((r) => r.file === 'sentences.csv').map((r) => r.column)).toEqual(header);
  });

  it('writes the same bytes with two workers, and through map and merge', () => {
    const two = path.join(dir, 'two');
    const r = framelens([
      'analyze',
      inputs,
      '--model',
      hedge,
      '--model',
      bias,
      '-o',
      two,
      '-j',
      '2',
    ]);
    expect(r.status, r.stderr).toBe(0);
    for (const f of ['sentences.csv', 'articles.csv', 'articles.jsonl', 'report.html'])
      expect(read(two, f), f).toBe(read(one, f));
    const part = path.join(dir, 'part.jsonl');
    const m = framelens(['map', inputs, '--model', bias, '--model', hedge, '--output', part]);
    expect(m.status, m.stderr).toBe(0);
    const merged = path.join(dir, 'merged');
    const g = framelens(['merge', part, '-o', merged]);
    expect(g.status, g.stderr).toBe(0);
    for (const f of ['sentences.csv', 'articles.csv', 'articles.jsonl'])
      expect(read(merged, f), f).toBe(read(one, f));
  });

  it('without a sentence model writes no sentences.csv and leaves the articles.csv columns empty', () => {
    const plain = path.join(dir, 'plain');
    const r = framelens(['analyze', inputs, '-o', plain, '-j', '1']);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(path.join(plain, 'sentences.csv'))).toBe(false);
    for (const a of rows(path.join(plain, 'articles.csv')))
      expect([a.model_biased_sentences, a.model_uncertain_share]).toEqual(['', '']);
    expect(read(plain, 'articles.jsonl')).not.toContain('"sentences"');
    expect(read(plain, 'report.html')).not.toContain('class="sm ');
  });
});

describe('eval bias|hedge --model', () => {
  it('scores with the model, and warns that a model trained on the gold file gives training figures', () => {
    const gold = path.join(FIXTURES, 'bias-mini.jsonl');
    const withModel = framelens(['eval', 'bias', '--gold', gold, '--model', bias, '--json']);
    expect(withModel.status, withModel.stderr).toBe(0);
    expect(withModel.stderr).toMatch(/trained on this very file/);
    const rules = framelens(['eval', 'bias', '--gold', gold, '--json']);
    expect(rules.stderr).not.toMatch(/trained on this very file/);
    const a = JSON.parse(withModel.stdout);
    const b = JSON.parse(rules.stdout);
    expect(a.n).toBe(40);
    // The model decides the sentence figures; the word-level figures stay the findings'.
    expect(a.word_f1).toBe(b.word_f1);
    expect(a.auroc).not.toBe(b.auroc);
    const out = path.join(dir, 'eval');
    framelens([
      'eval',
      'hedge',
      '--gold',
      path.join(FIXTURES, 'hedge-mini.jsonl'),
      '--model',
      hedge,
      '--out',
      out,
    ]);
    const items = rows(path.join(out, 'hedge-items.csv'));
    expect(items.some((i) => /gram:|has:hedge|find:hedge/.test(i.model_top_features!))).toBe(true);
  });

  it('stops with a clear error, not a crash, on a missing data or gold file', () => {
    const missing = path.join(dir, 'no-such.jsonl');
    const t = framelens(['train', 'hedge', '--data', missing, '-o', path.join(dir, 'x.json')]);
    expect(t.status).toBe(2);
    expect(t.stderr).toMatch(
      /no-such\.jsonl: cannot read gold file: ENOENT.*--data \[E_GOLD_READ\]/,
    );
    const e = framelens(['eval', 'hedge', '--gold', missing, '--model', hedge]);
    expect(e.status).toBe(2);
    expect(e.stderr).toMatch(/--gold \[E_GOLD_READ\]/);
    expect(e.stderr).not.toMatch(/internal error/);
  });

  it('refuses a model of another task, naming the file', () => {
    const r = framelens([
      'eval',
      'hedge',
      '--gold',
      path.join(FIXTURES, 'hedge-mini.jsonl'),
      '--model',
      bias,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(bias);
    expect(r.stderr).toMatch(/a bias model cannot be used here.*E_MODEL/);
  });
});

describe('sentence badges in report.html, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('puts a badge before each marked sentence; focus and hover show its top features', async () => {
    const sentences = rows(path.join(one, 'sentences.csv'));
    const marked =
      sentences.filter((s) => s.bias_label === 'biased').length +
      sentences.filter((s) => s.hedge_label === 'uncertain').length;
    const o = await openReport(browser, path.join(one, 'report.html'));
    const badges = o.page.locator('.text .sm.tipped');
    expect(await badges.count()).toBe(marked);
    const tip = o.page.locator('#tip');
    const first = badges.first();
    await first.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = (await tip.textContent())!;
    expect(text).toContain('Trained model');
    expect(text).toMatch(/(bias|hedge) model: (biased|uncertain), P = \d\.\d\d/);
    expect(text).toContain((await first.getAttribute('data-mtop'))!);
    await o.page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await badges.nth(1).hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(o.consoleErrors).toEqual([]);
    expect(o.pageErrors).toEqual([]);
    expect(o.requests).toEqual([]);
    await o.page.close();
  });

  it("keeps the hostile article's markup as text, badge and all", async () => {
    const o = await openReport(browser, path.join(one, 'report.html'));
    const section = o.page.locator('article.text-col', { hasText: 'onerror' });
    expect(await section.count()).toBe(1);
    expect(await section.locator('img').count()).toBe(0);
    const text = (await section.locator('.text').textContent())!;
    expect(text).toContain('<img src=x onerror="alert(1)">');
    const badge = section.locator('.sm-bias.tipped');
    expect(await badge.count()).toBe(1);
    await badge.focus();
    expect(await o.page.locator('#tip').textContent()).toMatch(/reckless|disastrous|betrayal/);
    expect(o.pageErrors).toEqual([]);
    await o.page.close();
  });
});
