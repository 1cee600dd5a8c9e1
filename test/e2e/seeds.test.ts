import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { framelens, ROOT } from '../helpers/cli.js';

type Row = Record<string, string> & {
  article_id: string;
  text: string;
  start: string;
  end: string;
};

describe('framelens analyze on the seeds (end to end)', () => {
  let out: string;
  let status: number | null;
  let stderr: string;
  let articles: Row[];
  let findings: Row[];

  beforeAll(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'framelens-seeds-'));
    const r = framelens(['analyze', '--out', out]);
    status = r.status;
    stderr = r.stderr;
    articles = parse(readFileSync(path.join(out, 'articles.csv')), { columns: true }) as Row[];
    findings = parse(readFileSync(path.join(out, 'findings.csv')), { columns: true }) as Row[];
  });

  const summary = () => articles.find((a) => a.article_id === '000_c3a5fb5bc20f2f33')!;
  const column = () => articles.find((a) => a.article_id === '004_2d85dde6461070b9')!;
  const num = (row: Row, key: string) => Number(row[key]);

  it('exits 0 and writes every report', () => {
    expect(status, stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      [
        'articles.csv',
        'articles.jsonl',
        'codebook.csv',
        'errors.csv',
        'findings.csv',
        'manifest.json',
        'report.html',
        'terms.csv',
      ].sort(),
    );
    expect(articles).toHaveLength(2);
  });

  it('reads the seed metadata', () => {
    expect(column().author).toBe('Andre Damon');
    expect(column().outlet).toBe('World Socialist Web Site');
    expect(column().date).toBe('2023-05-03');
  });

  it("the column's writer-voice loaded-language rate is several times the summary's", () => {
    expect(num(column(), 'loaded_writer_per_1k')).toBeGreaterThan(
      3 * num(summary(), 'loaded_writer_per_1k'),
    );
  });

  it("the summary's hedge rate is several times the column's", () => {
    expect(num(summary(), 'hedge_per_1k')).toBeGreaterThan(3 * num(column(), 'hedge_per_1k'));
  });

  it('the column boosts more', () => {
    expect(num(column(), 'booster_per_1k')).toBeGreaterThan(num(summary(), 'booster_per_1k'));
  });

  it('"baseless" and "unequivocally" in the summary are quoted findings of Kirby and Peskov', () => {
    const inSummary = findings.filter((f) => f.article_id === '000_c3a5fb5bc20f2f33');
    const baseless = inSummary.find((f) => f.text === 'baseless' && f.category === 'loaded');
    const unequivocally = inSummary.find(
      (f) => f.text === 'unequivocally' && f.category === 'booster',
    );
    expect(baseless).toMatchObject({ voice: 'quoted', speaker: 'John Kirby' });
    expect(unequivocally).toMatchObject({ voice: 'quoted', speaker: 'Dmitry Peskov' });
  });

  it('the footer of the column is not scored', () => {
    expect(
      findings.some((f) => f.article_id === '004_2d85dde6461070b9' && /contact|wsws/i.test(f.text)),
    ).toBe(false);
  });

  it('every finding text equals the article text at its offsets', () => {
    const jsonl = readFileSync(path.join(out, 'articles.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const texts = new Map<string, string>(jsonl.map((a) => [a.article_id, a.text]));
    for (const f of findings)
      expect(texts.get(f.article_id)!.slice(Number(f.start), Number(f.end))).toBe(f.text);
  });

  it('a second run gives byte-identical reports (all but the manifest timestamp)', () => {
    const again = mkdtempSync(path.join(os.tmpdir(), 'framelens-seeds-'));
    expect(framelens(['analyze', '--out', again]).status).toBe(0);
    for (const f of [
      'articles.csv',
      'findings.csv',
      'articles.jsonl',
      'report.html',
      'codebook.csv',
      'terms.csv',
    ]) {
      expect(readFileSync(path.join(again, f)).equals(readFileSync(path.join(out, f))), f).toBe(
        true,
      );
    }
  });

  it('the README shows the two commands', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });
});
