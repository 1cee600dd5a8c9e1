/**
 * `--format` chooses the reports: csv, html, jsonl, or all. JSONL is one JSON object per
 * article carrying all its findings, the same findings as findings.csv.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { framelens } from '../helpers/cli.js';

const runWith = (...format: string[]) => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'framelens-format-'));
  const r = framelens(['analyze', '--out', out, ...format.flatMap((f) => ['--format', f])]);
  expect(r.status, r.stderr).toBe(0);
  return { out, files: readdirSync(out).sort() };
};

describe('--format', () => {
  it.each([
    [
      ['csv'],
      ['articles.csv', 'codebook.csv', 'errors.csv', 'findings.csv', 'manifest.json', 'terms.csv'],
    ],
    [['html'], ['errors.csv', 'manifest.json', 'report.html']],
    [['jsonl'], ['articles.jsonl', 'errors.csv', 'manifest.json']],
    [
      ['all'],
      [
        'articles.csv',
        'articles.jsonl',
        'codebook.csv',
        'errors.csv',
        'findings.csv',
        'manifest.json',
        'report.html',
        'terms.csv',
      ],
    ],
  ])('%j writes %j', (format, files) => {
    expect(runWith(...format).files).toEqual(files);
  });

  it('jsonl: one object per article with all its findings, as in findings.csv', () => {
    const { out } = runWith('all');
    const lines = readFileSync(path.join(out, 'articles.jsonl'), 'utf8').trimEnd().split('\n');
    const records = lines.map((l) => JSON.parse(l) as { article_id: string; findings: unknown[] });
    const rows = parse(readFileSync(path.join(out, 'findings.csv')), { columns: true }) as {
      article_id: string;
    }[];
    const articles = parse(readFileSync(path.join(out, 'articles.csv')), { columns: true }) as {
      article_id: string;
    }[];
    expect(records.map((r) => r.article_id)).toEqual(articles.map((a) => a.article_id));
    for (const r of records)
      expect(r.findings).toHaveLength(rows.filter((f) => f.article_id === r.article_id).length);
  });
});

describe('--side-by-side-max', () => {
  it.each([['-1'], ['2.5'], ['many']])('rejects %j with exit 2 and says what it expected', (v) => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'framelens-sbs-'));
    const r = framelens(['analyze', '--out', out, '--side-by-side-max', v]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--side-by-side-max');
    expect(r.stderr).toContain('expected an integer >= 0');
  });

  it('0 shows even two articles as a table and a map, without their texts', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'framelens-sbs-'));
    expect(framelens(['analyze', '--out', out, '--side-by-side-max', '0']).status).toBe(0);
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain('id="articles-table"');
    expect(html).not.toContain('data-f=');
  });
});
