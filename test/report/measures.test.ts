/**
 * The measure registry is the one place a measure is defined: every entry must show up in
 * articles.csv (in registry order, after the metadata), in the codebook, in the HTML report's
 * numbers table, and every rate in the overview charts and the map's profile.
 */
import { describe, expect, it } from 'vitest';
import { codebookRows } from '../../src/report/codebook.js';
import { articleColumns } from '../../src/report/columns.js';
import { toCsv } from '../../src/report/csv.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { buildCorpus, MEASURES, RATE_MEASURES } from '../../src/report/measures.js';
import { articleSentenceColumns } from '../../src/report/sentence-columns.js';
import { run } from '../helpers/fixture-lexicon.js';

const META = [
  'article_id',
  'title',
  'title_source',
  'outlet',
  'author',
  'date',
  'url',
  'source_path',
];

describe('the measure registry', () => {
  it('articles.csv is the metadata, then every measure in registry order, then the sentence models', () => {
    expect(articleColumns.map((c) => c.name)).toEqual([
      ...META,
      ...MEASURES.map((m) => m.key),
      ...articleSentenceColumns.map((c) => c.name),
    ]);
  });

  it('every measure is in the codebook with its type and unit', () => {
    const rows = codebookRows().filter((r) => r.file === 'articles.csv');
    for (const m of MEASURES)
      expect(rows.find((r) => r.column === m.key)).toMatchObject({ type: m.type, unit: m.unit });
  });

  it('keys are unique, and every rate names a count and a word count that exist', () => {
    const keys = MEASURES.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of RATE_MEASURES) {
      expect(keys).toContain(m.rate!.count);
      expect(keys).toContain(m.rate!.words);
      expect(m.type).toBe('decimal');
    }
  });

  it('a rate is its count per 1,000 of its words, as the CSV writes it', async () => {
    const r = await run(
      'The reckless regime claimed it was heroic. "A baseless provocation," Kirby said. The alleged plan, no doubt, failed.',
    );
    const values = [...buildCorpus([r]).view().articles][0]!.values;
    for (const m of RATE_MEASURES) {
      const words = values.get(m.rate!.words)!;
      const want = words > 0 ? (values.get(m.rate!.count)! * 1000) / words : null;
      expect(values.get(m.key), m.key).toBe(want);
    }
    const csv = toCsv(articleColumns, [r]).split('\r\n');
    const header = csv[0]!.split(',');
    const row = csv[1]!.split(',');
    const hedge = Number(row[header.indexOf('hedge_per_1k')]);
    expect(hedge).toBeCloseTo(values.get('hedge_per_1k')!, 3);
  });

  it('the HTML report shows every measure in its numbers table and every rate in the charts', async () => {
    const a = await run('The reckless regime claimed it. The alleged plan, no doubt, failed.');
    const b = await run('Kirby said the plan failed. The plan was heroic, Peskov noted.');
    const html = renderHtmlReport({ results: [a, b], version: 'test', lexicons: [] });
    for (const m of MEASURES) expect(html).toContain(`<code>${m.key}</code>`);
    const chart = html.slice(html.indexOf('<svg class="rates"'), html.indexOf('</svg>'));
    for (const m of RATE_MEASURES) expect(chart).toContain(`>${m.label}<`);
  });
});
