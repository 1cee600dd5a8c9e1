import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/compare/corpus.js';
import { batchSummaries, type SummaryBatch } from '../../src/compare/summary-batch.js';
import { articleTermCounts, forEachCount } from '../../src/compare/term-counts.js';
import { AGGREGATES } from '../../src/report/aggregates.js';
import type { ArticleResult } from '../../src/types.js';
import { syntheticResults } from '../helpers/synthetic-results.js';

// The contract of every registered aggregate (aggregates.ts): folding a corpus in one piece,
// or in parts that are merged, gives the same state, to the byte of its JSON. This is what
// makes the output independent of --jobs and of how map/merge split a corpus.
describe('aggregates merge exactly', () => {
  let results: ArticleResult[];

  beforeAll(async () => {
    results = await syntheticResults(40, 7);
  });

  it.each(AGGREGATES.map((a) => [a.name, a] as const))('%s', (_name, agg) => {
    const contribs = results.map((r) => agg.contribute(r));
    const whole = agg.empty();
    for (const c of contribs) agg.add(whole, c);
    const expected = JSON.stringify(agg.toJSON(whole));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: contribs.length - 1 }), { maxLength: 6 }),
        (cuts) => {
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), contribs.length];
          const merged = agg.empty();
          for (let p = 0; p + 1 < bounds.length; p += 1) {
            const part = agg.empty();
            for (const c of contribs.slice(bounds[p], bounds[p + 1])) agg.add(part, c);
            // Through JSON, as a part's state travels in a map stream.
            agg.merge(merged, agg.fromJSON(JSON.parse(JSON.stringify(agg.toJSON(part)))));
          }
          expect(JSON.stringify(agg.toJSON(merged))).toBe(expected);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('corpus-view keeps every article once, in input order, through JSON', () => {
    const agg = AGGREGATES.find((a) => a.name === 'corpus-view')!;
    const state = agg.empty();
    for (const r of results) {
      const c = agg.contributionFromJSON!(
        JSON.parse(JSON.stringify(agg.contributionToJSON!(agg.contribute(r)))),
      );
      agg.add(state, c);
    }
    const summaries: ArticleSummary[] = [...batchSummaries(state as SummaryBatch)];
    expect(summaries.map((s) => s.id)).toEqual(results.map((r) => r.article.id));
    const t = summaries[0]!.terms;
    expect(t.terms.length).toBeGreaterThan(10);
    expect(t.counts).toHaveLength(t.terms.length);
    // Packed and through JSON, the same counts the article has.
    const counted = new Map<string, number>();
    forEachCount(articleTermCounts(results[0]!), (w, n) => counted.set(w, n));
    expect(new Map(t.terms.map((w, i) => [w, t.counts[i]]))).toEqual(counted);
  });
});
