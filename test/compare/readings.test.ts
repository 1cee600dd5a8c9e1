import { describe, expect, it } from 'vitest';
import { emptyUsage } from '../../src/compare/actor-usage.js';
import type { ArticleSummary } from '../../src/compare/corpus.js';
import { readArticles } from '../../src/compare/readings.js';
import { RATE_MEASURES } from '../../src/report/measures.js';

const RATES = [
  {
    key: 'hedge_per_1k',
    unit: 'per 1,000 writer words',
    rate: { count: 'hedge_count', words: 'writer_words', reading: 'hedges' },
  },
  {
    key: 'booster_per_1k',
    unit: 'per 1,000 writer words',
    rate: { count: 'booster_count', words: 'writer_words', reading: 'uses boosters' },
  },
];

function article(id: string, values: Record<string, number | null>): ArticleSummary {
  return {
    id,
    title: id,
    outlet: null,
    author: null,
    date: null,
    source_path: `${id}.txt`,
    findings: 0,
    values: new Map(Object.entries({ writer_words: 300, quoted_words: 300, ...values })),
    terms: { terms: [], counts: [] },
    usage: emptyUsage(),
    stance: [],
  };
}

const table = [
  {
    name: 'a ratio, with the numbers and the unit',
    a: { hedge_per_1k: 45, hedge_count: 13, booster_per_1k: 0, booster_count: 0 },
    b: { hedge_per_1k: 12.7, hedge_count: 11, booster_per_1k: 0, booster_count: 0 },
    want: 'Hedges 3.5× as often as the other article (45.0 vs 12.7 per 1,000 writer words).',
  },
  {
    name: 'none in the other article: no ratio is invented',
    a: { hedge_per_1k: 0, hedge_count: 0, booster_per_1k: 10.4, booster_count: 9 },
    b: { hedge_per_1k: 0, hedge_count: 0, booster_per_1k: 0, booster_count: 0 },
    want: 'Uses boosters: 10.4 per 1,000 writer words, against none in the other article.',
  },
  {
    name: 'one finding is not a habit',
    a: { hedge_per_1k: 8, hedge_count: 1, booster_per_1k: 0, booster_count: 0 },
    b: { hedge_per_1k: 0, hedge_count: 0, booster_per_1k: 0, booster_count: 0 },
    want: 'No rate differs from the other article by half or more.',
  },
  {
    name: 'a small difference is not read out',
    a: { hedge_per_1k: 12, hedge_count: 6, booster_per_1k: 3, booster_count: 2 },
    b: { hedge_per_1k: 10, hedge_count: 5, booster_per_1k: 3, booster_count: 2 },
    want: 'No rate differs from the other article by half or more.',
  },
  {
    name: 'more first, then a second clause without repeating the comparison',
    a: { hedge_per_1k: 30, hedge_count: 6, booster_per_1k: 2, booster_count: 1 },
    b: { hedge_per_1k: 10, hedge_count: 3, booster_per_1k: 20, booster_count: 8 },
    want: 'Hedges 3.0× as often as the other article (30.0 vs 10.0 per 1,000 writer words); it also uses boosters less often (2.0 vs 20.0).',
  },
];

describe('plain-English readings', () => {
  it.each(table)('$name', ({ a, b, want }) => {
    const [ra] = readArticles([article('a', a), article('b', b)], RATES);
    expect(ra!.text).toBe(want);
  });

  it('compares with the median of the others when there are more than two', () => {
    const others = [5, 6, 7, 100].map((v, i) =>
      article(`o${i}`, { hedge_per_1k: v, hedge_count: 3, booster_per_1k: 0, booster_count: 0 }),
    );
    const a = article('a', {
      hedge_per_1k: 26,
      hedge_count: 5,
      booster_per_1k: 0,
      booster_count: 0,
    });
    const [ra] = readArticles([a, ...others], RATES);
    expect(ra!.text).toBe(
      'Hedges 4.0× as often as the median of the other 4 articles (26.0 vs 6.5 per 1,000 writer words).',
    );
  });

  it('leaves out a rate resting on fewer than 100 words of its voice', () => {
    const a = article('a', { hedge_per_1k: 250, hedge_count: 3, writer_words: 12 });
    const b = article('b', { hedge_per_1k: 10, hedge_count: 5 });
    expect(readArticles([a, b], RATES)[0]!.text).toBe(
      'No rate differs from the other article by half or more.',
    );
    // Nor does it serve as the other article's baseline.
    expect(readArticles([b, a], RATES)[0]!.text).toBe(
      'No rate differs from the other article by half or more.',
    );
  });

  it('says so when there is nothing to compare', () => {
    expect(readArticles([article('a', {})], RATES)[0]!.text).toBe(
      'Only one article: nothing to compare.',
    );
  });

  it('every rate of the registry can be read out', () => {
    for (const m of RATE_MEASURES) {
      const a = article('a', { [m.key]: 40, [m.rate!.count]: 8 });
      const b = article('b', { [m.key]: 10, [m.rate!.count]: 2 });
      expect(readArticles([a, b], [m])[0]!.text).toBe(
        `${m.rate!.reading[0]!.toUpperCase()}${m.rate!.reading.slice(1)} 4.0× as often as the other article (40.0 vs 10.0 ${m.unit}).`,
      );
    }
  });
});
