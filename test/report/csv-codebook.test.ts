/**
 * Every CSV a run writes, read back with a real CSV parser (csv-parse) and checked column by
 * column against the codebook.csv written beside it: names, order, type (integers parse as
 * integers, decimals have exactly 3 places, enums are among their values, booleans are
 * true/false), UTF-8, CRLF records; and the ids join the files.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { framelens } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/fixture-lexicon.js';

interface CodebookRow {
  file: string;
  column: string;
  type: string;
  unit: string;
  allowed_values: string;
  description: string;
}

function readCsv(file: string): string[][] {
  const bytes = readFileSync(file);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // throws on bad UTF-8
  expect(text.charCodeAt(0), `${file} starts with a BOM`).not.toBe(0xfeff);
  return parse(text, { record_delimiter: '\r\n', relax_column_count: false }) as string[][];
}

function checkCell(value: string, col: CodebookRow, where: string): void {
  if (value === '') return; // empty = missing, allowed in any column
  switch (col.type) {
    case 'integer':
      expect(value, where).toMatch(/^-?\d+$/);
      expect(Number.isSafeInteger(Number(value)), where).toBe(true);
      break;
    case 'decimal':
      expect(value, where).toMatch(/^-?\d+\.\d{3}$/);
      expect(value, `${where}: negative zero`).not.toBe('-0.000');
      break;
    case 'enum':
      expect(col.allowed_values.split('|'), where).toContain(value);
      break;
    case 'boolean':
      expect(['true', 'false'], where).toContain(value);
      break;
    case 'text':
      // Formula-like text is neutralized with a leading apostrophe.
      expect(value, where).not.toMatch(/^[=+\-@\t\r]/);
      break;
    default:
      throw new Error(`${where}: unknown type ${col.type}`);
  }
  if (col.allowed_values && col.type !== 'enum')
    expect(col.allowed_values.split('|'), where).toContain(value);
}

/** Undoes the documented guard against spreadsheet formulas: a leading ' before = + - @. */
const unguard = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);

function checkRun(out: string): Map<string, Record<string, string>[]> {
  const codebook = (
    parse(readFileSync(path.join(out, 'codebook.csv')), {
      columns: true,
      record_delimiter: '\r\n',
    }) as CodebookRow[]
  ).map((c) => ({ ...c, allowed_values: unguard(c.allowed_values) }));
  const files = new Map<string, Record<string, string>[]>();
  const csvs = readdirSync(out).filter((f) => f.endsWith('.csv') && f !== 'codebook.csv');
  for (const file of csvs) {
    const cols = codebook.filter((c) => c.file === file);
    expect(cols.length, `${file} is documented in codebook.csv`).toBeGreaterThan(0);
    const [header, ...rows] = readCsv(path.join(out, file));
    expect(header, `${file}: column names and order`).toEqual(cols.map((c) => c.column));
    rows.forEach((row, i) => {
      row.forEach((v, j) => {
        checkCell(v, cols[j]!, `${file} row ${i + 2} ${cols[j]!.column}=${JSON.stringify(v)}`);
      });
    });
    files.set(
      file,
      rows.map((r) => Object.fromEntries(r.map((v, j) => [header![j]!, v]))),
    );
  }
  return files;
}

describe('the CSVs, read back and checked against the codebook', () => {
  let seeds: Map<string, Record<string, string>[]>;
  let corpus: Map<string, Record<string, string>[]>;

  beforeAll(() => {
    const a = mkdtempSync(path.join(os.tmpdir(), 'framelens-csv-'));
    expect(framelens(['analyze', '--out', a, '--format', 'csv']).status).toBe(0);
    seeds = checkRun(a);
    // The invented corpus plus one unreadable input, so errors.csv has a row too.
    const input = mkdtempSync(path.join(os.tmpdir(), 'framelens-csv-in-'));
    cpSync(path.join(FIXTURES, 'corpus'), input, { recursive: true });
    writeFileSync(path.join(input, 'empty.txt'), '');
    const b = mkdtempSync(path.join(os.tmpdir(), 'framelens-csv-'));
    expect(framelens(['analyze', input, '--out', b, '--format', 'csv']).status).toBe(3);
    corpus = checkRun(b);
  });

  it('writes articles, findings, terms and errors, each documented', () => {
    for (const run of [seeds, corpus])
      expect([...run.keys()].sort()).toEqual([
        'articles.csv',
        'errors.csv',
        'findings.csv',
        'terms.csv',
      ]);
    expect(corpus.get('articles.csv')).toHaveLength(12);
    expect(corpus.get('errors.csv')).toHaveLength(1);
    expect(corpus.get('errors.csv')![0]!.code).toBe('E_EMPTY');
  });

  it('ids join the files', () => {
    for (const run of [seeds, corpus]) {
      const ids = new Set(run.get('articles.csv')!.map((r) => r.article_id));
      const outlets = new Set(run.get('articles.csv')!.map((r) => r.outlet));
      for (const f of run.get('findings.csv')!) expect(ids.has(f.article_id!)).toBe(true);
      for (const t of run.get('terms.csv')!) {
        if (t.group_type === 'article') expect(ids.has(t.article_id!)).toBe(true);
        else expect(outlets.has(t.outlet!)).toBe(true);
      }
      const fids = run.get('findings.csv')!.map((f) => f.finding_id);
      expect(new Set(fids).size).toBe(fids.length);
    }
  });

  it('terms.csv has per-article rows, and per-outlet rows when outlets repeat', () => {
    const types = (run: typeof seeds) => new Set(run.get('terms.csv')!.map((t) => t.group_type));
    expect(types(seeds)).toEqual(new Set(['article']));
    expect(types(corpus)).toEqual(new Set(['article', 'outlet']));
    const kiev = corpus
      .get('terms.csv')!
      .find((t) => t.outlet === 'Frontline Voice' && t.term === 'kiev');
    expect(kiev).toMatchObject({ rank: '1', count: '9', rest_count: '0' });
    expect(Number(kiev!.z)).toBeGreaterThan(1.96);
  });

  it('articles.csv carries every rate the report draws', () => {
    const header = Object.keys(seeds.get('articles.csv')![0]!);
    for (const key of ['loaded_writer_per_1k', 'hedge_per_1k', 'reporting_distancing_per_1k'])
      expect(header).toContain(key);
  });
});
