/**
 * The words an article's writer uses, counted: the raw material of distinctive terms. Kept as
 * plain count maps so they merge by addition (article → outlet → corpus) and a streaming run
 * can keep only the sums it needs.
 *
 * What counts: word tokens (not numbers, clitics or punctuation) in the writer's voice, outside
 * excluded spans, lower-cased, that are not English stop words ("the", "of", "said", "might").
 * Words inside speech quotations are the speaker's, never the writer's, so they are left out.
 */
import { createRequire } from 'node:module';
import type { ArticleResult } from '../types.js';

const require = createRequire(import.meta.url);
// Deep import: natural's main entry loads ~1,300 modules and prints via dotenv (TOOLCHAIN.md).
const { words: NATURAL_STOPWORDS } = require('natural/lib/natural/util/stopwords.js') as {
  words: string[];
};

/** natural's 170 English stop words (MIT), plus negators and contractions it lacks. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...NATURAL_STOPWORDS,
  'no',
  'not',
  'nor',
  "don't",
  "didn't",
  "doesn't",
  "isn't",
  "wasn't",
  "aren't",
  "won't",
  "can't",
]);

export type TermCounts = Map<string, number>;

/**
 * One article's counts as two parallel arrays, in first-use order: what the corpus view keeps
 * per article. A Map of 150 words costs about 12 kB on the V8 heap, these arrays about 2 kB.
 */
export interface PackedCounts {
  readonly terms: readonly string[];
  readonly counts: readonly number[];
}

/** Counts of either shape, read alike. */
export type AnyCounts = ReadonlyMap<string, number> | PackedCounts;

/** Calls `f` with each term and its count, in order; packed counts by index (no entry objects). */
export function forEachCount(c: AnyCounts, f: (term: string, count: number) => void): void {
  if (c instanceof Map) {
    for (const [t, n] of c) f(t, n);
    return;
  }
  const { terms, counts } = c as PackedCounts;
  for (let i = 0; i < terms.length; i += 1) f(terms[i]!, counts[i]!);
}

export function articleTermCounts(r: ArticleResult): PackedCounts {
  const counts: TermCounts = new Map();
  const { tokens, quotations } = r.layer;
  for (const t of tokens) {
    if (t.excluded || t.kind !== 'word') continue;
    if (t.quote >= 0 && quotations[t.quote]?.kind === 'speech') continue;
    const term = t.norm;
    // One-letter words and words without a letter ("3rd" keeps its letters) carry no framing.
    if (term.length < 2 || STOPWORDS.has(term) || !/\p{L}/u.test(term)) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return { terms: [...counts.keys()], counts: [...counts.values()] };
}

/** Adds `from` into `into` (mutating `into`) and returns it. */
export function addCounts(into: TermCounts, from: AnyCounts): TermCounts {
  forEachCount(from, (t, n) => into.set(t, (into.get(t) ?? 0) + n));
  return into;
}

export function total(counts: AnyCounts): number {
  let n = 0;
  if (counts instanceof Map) for (const v of counts.values()) n += v;
  else for (const v of (counts as PackedCounts).counts) n += v;
  return n;
}
