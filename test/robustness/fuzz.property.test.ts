/**
 * Arbitrary Unicode through the real pipeline, from raw file text to CSV (fast-check, seeded,
 * bounded runs): for txt, md and html alike, reading either gives an article or one of the
 * documented InputErrors, analysis never throws, every offset lies inside the text and its
 * slice is the finding's text, every rate is finite, and the CSVs parse back (csv-parse) to
 * the same values, a formula-looking text cell being the only one changed (a leading ').
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, InputError, parseArticle } from '../../src/index.js';
import type { ArticleFormat } from '../../src/io/parse-article.js';
import type { Lexicon } from '../../src/lexicon/compile.js';
import { loadLexicon } from '../../src/lexicon/lexicon-set.js';
import {
  articleColumns,
  type Column,
  type FindingRow,
  findingColumns,
} from '../../src/report/columns.js';
import { toCsv } from '../../src/report/csv.js';
import type { ArticleResult } from '../../src/types.js';

/** The InputErrors a text (not a file) may legitimately give. */
const DOCUMENTED = new Set(['E_EMPTY', 'E_FRONT_MATTER', 'E_HTML_NESTING', 'E_MARKDOWN_NESTING']);

// Pieces that matter to some reader or rule: markup of all three formats, quotes, fences,
// bylines, controls, direction overrides, lone surrogates, odd spaces, lexicon words.
const piece = fc.constantFrom(
  ...[
    '---\n',
    'title: x\n',
    '# ',
    '> ',
    '- ',
    '*',
    '_',
    '`',
    '[',
    '](',
    ')',
    '<p>',
    '</p>',
    '<div>',
  ],
  ...['<h1>', '</h1>', '<script>', '&amp;', '&lt;', '<br>', '"', '“', '”', '«', '»', "'", '’', ','],
  ...['. ', '! ', '\n', '\n\n', '\r\n', '\r', '\t', ' ', '\u00a0', '\u2028', '\u200b', '\u202e'],
  ...[
    '\u0000',
    '\u0007',
    '\u001b',
    '\ufeff',
    '\ud800',
    '\udc00',
    '😀',
    'e\u0301',
    '中文',
    'By Jane Doe',
  ],
  ...['3 May 2023', 'said', 'claimed', 'he', 'according to', 'reckless', 'so-called', 'not'],
  ...[
    'no doubt',
    'Putin',
    'the Kremlin',
    'regime',
    'U.S.',
    "didn't",
    'Russia’s',
    '=1+1',
    '-2',
    '@x',
  ],
  ...['＝', 'constructor', '__proto__', 'Subscribe now', 'https://x.example/a'],
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(piece, { maxLength: 80 }).map((a) => a.join('')),
  fc.array(piece, { maxLength: 40 }).map((a) => a.join(' ')),
  fc
    .tuple(fc.constantFrom(' ', '\n', '\t', '\u3000'), fc.integer({ min: 1, max: 5000 }), piece)
    .map(([space, n, p]) => `${p}${space.repeat(n)}${p}`),
);
const format = fc.constantFrom<ArticleFormat>('txt', 'md', 'html');

const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

// Node 20 has these; the ES2023 lib typings do not.
type Utf16 = string & { isWellFormed(): boolean; toWellFormed(): string };

/**
 * What csv-parse must give back for a cell. A lone surrogate cannot be written as UTF-8, so it
 * comes back as U+FFFD: files never hold one (decoding is strict), only text given to the
 * library can.
 */
function expectedCell<R>(column: Column<R>, row: R): string | number {
  const v = column.get(row);
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return v; // compared as numbers below
  const s = (v as Utf16).toWellFormed();
  return FORMULA.test(s) ? `'${s}` : s;
}

function roundTrips<R>(columns: readonly Column<R>[], rows: readonly R[]): void {
  const csv = toCsv(columns, rows);
  // Through bytes, as a file is written and read.
  const parsed = parse(Buffer.from(csv, 'utf8'), { columns: true }) as Record<string, string>[];
  expect(parsed).toHaveLength(rows.length);
  rows.forEach((row, i) => {
    for (const c of columns) {
      const want = expectedCell(c, row);
      const got = parsed[i]![c.name];
      if (typeof want === 'number') {
        expect(Math.abs(Number(got) - want)).toBeLessThanOrEqual(0.0005);
      } else expect(got).toBe(want);
    }
  });
}

function checkResult(r: ArticleResult): void {
  const { text: t } = r.article;
  for (const f of r.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(t.length);
    expect(f.start).toBeLessThan(f.end);
    expect(t.slice(f.start, f.end)).toBe(f.text);
  }
  for (const q of r.layer.quotations) {
    expect(q.start).toBeLessThanOrEqual(q.inner.start);
    expect(q.inner.end).toBeLessThanOrEqual(q.end);
    expect(q.end).toBeLessThanOrEqual(t.length);
  }
  for (const [key, value] of Object.entries(r.scores)) {
    if (typeof value === 'number') expect(Number.isFinite(value), key).toBe(true);
  }
  for (const n of Object.values(r.scores.reporting)) expect(Number.isInteger(n)).toBe(true);
  expect(r.scores.writer_words + r.scores.quoted_words).toBe(r.scores.words);
}

describe('fuzz: arbitrary text through reading, analysis and CSV', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  });

  it('never throws beyond documented InputErrors; offsets, rates and CSV hold', () => {
    fc.assert(
      fc.property(text, format, (raw, fmt) => {
        let article: ReturnType<typeof parseArticle>;
        try {
          article = parseArticle(raw, { id: 'fuzz', sourcePath: 'fuzz', format: fmt });
        } catch (err) {
          if (err instanceof InputError && DOCUMENTED.has(err.code)) return;
          throw err;
        }
        for (const s of article.excluded) expect(s.end).toBeLessThanOrEqual(article.text.length);
        const r = analyzeArticle(article, lexicon);
        checkResult(r);
        roundTrips(articleColumns, [r]);
        const rows: FindingRow[] = r.findings.map((finding, index) => ({
          articleId: r.article.id,
          index,
          finding,
        }));
        roundTrips(findingColumns, rows);
      }),
      { numRuns: 1000, seed: 7_2026_11, endOnFailure: true },
    );
  });
});
