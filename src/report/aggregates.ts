/**
 * Corpus-level aggregates: what a run keeps about the whole corpus instead of every article.
 * Each is a mergeable summary: an article's small contribution is computed where the article
 * is analyzed (a worker thread, or a `map` process on another machine), and summaries fold
 * together in the main process or in `merge`.
 *
 * The contract every aggregate keeps, and test/scale/aggregates.test.ts checks: `merge` is
 * exact, so folding a corpus in one piece or in any number of parts gives the same state to
 * the byte. Integer counts are exact; a floating-point sum is not (its rounding depends on the
 * grouping), so sums of non-integers are kept in fixed point (see `FixedSum`).
 *
 * States go through structured clone (worker threads) and JSON (the map stream): `toJSON` and
 * `fromJSON` convert, so a state may use Maps internally.
 */
import type { ArticleResult } from '../types.js';

export interface Aggregate<S = unknown, C = unknown> {
  /** Stable name: the key in the map stream and in `CorpusView.aggregates`. */
  readonly name: string;
  /** What one article adds: small plain data. Runs where the article is analyzed. */
  contribute(r: ArticleResult): C;
  empty(): S;
  /** Adds one article's contribution, in place. */
  add(state: S, c: C): void;
  /** Adds another state, in place. Exact: see the contract above. */
  merge(into: S, other: S): void;
  toJSON(state: S): unknown;
  fromJSON(json: unknown): S;
}

/** Sums in millionths, as integers: exact and associative where float sums are not. */
export const FixedSum = {
  SCALE: 1_000_000,
  of: (x: number): number => Math.round(x * 1_000_000),
  value: (units: number): number => units / 1_000_000,
} as const;

/** Counts an article adds to its outlet's totals and to the corpus total. */
export interface Totals {
  articles: number;
  words: number;
  writer_words: number;
  quoted_words: number;
  loaded_writer: number;
  loaded_quoted: number;
  hedges: number;
  boosters: number;
  quotations: number;
  scare_quotes: number;
  findings: number;
  /** Reporting verbs by class, in the writer's voice. */
  reporting: Record<string, number>;
}

const COUNT_KEYS = [
  'articles',
  'words',
  'writer_words',
  'quoted_words',
  'loaded_writer',
  'loaded_quoted',
  'hedges',
  'boosters',
  'quotations',
  'scare_quotes',
  'findings',
] as const;

export function emptyTotals(): Totals {
  const t = { reporting: Object.create(null) } as Totals;
  for (const k of COUNT_KEYS) t[k] = 0;
  return t;
}

function addTotals(into: Totals, other: Totals): void {
  for (const k of COUNT_KEYS) into[k] += other[k];
  for (const [cls, n] of Object.entries(other.reporting)) {
    into.reporting[cls] = (into.reporting[cls] ?? 0) + n;
  }
}

/** Totals with reporting classes in sorted order, for JSON that does not depend on arrival order. */
function canonical(t: Totals): Totals {
  const reporting: Record<string, number> = {};
  for (const k of Object.keys(t.reporting).sort()) reporting[k] = t.reporting[k]!;
  return { ...t, reporting };
}

function reviveTotals(json: Totals): Totals {
  const t = emptyTotals();
  addTotals(t, json);
  return t;
}

export interface CorpusTotals {
  readonly all: Totals;
  /** By outlet, `''` for articles whose outlet is unknown. */
  readonly outlets: Map<string, Totals>;
}

/** Word counts and finding counts for the corpus and for each outlet. */
export const corpusTotals: Aggregate<CorpusTotals, { outlet: string; totals: Totals }> = {
  name: 'corpus-totals',
  contribute(r) {
    const s = r.scores;
    const totals: Totals = {
      articles: 1,
      words: s.words,
      writer_words: s.writer_words,
      quoted_words: s.quoted_words,
      loaded_writer: s.loaded_writer_count,
      loaded_quoted: s.loaded_quoted_count,
      hedges: s.hedge_count,
      boosters: s.booster_count,
      quotations: s.quotations,
      scare_quotes: s.scare_quotes,
      findings: r.findings.length,
      reporting: { ...s.reporting },
    };
    return { outlet: r.article.meta.outlet ?? '', totals };
  },
  empty: () => ({ all: emptyTotals(), outlets: new Map() }),
  add(state, c) {
    addTotals(state.all, c.totals);
    let t = state.outlets.get(c.outlet);
    if (!t) {
      t = emptyTotals();
      state.outlets.set(c.outlet, t);
    }
    addTotals(t, c.totals);
  },
  merge(into, other) {
    addTotals(into.all, other.all);
    for (const [outlet, totals] of other.outlets) {
      let t = into.outlets.get(outlet);
      if (!t) {
        t = emptyTotals();
        into.outlets.set(outlet, t);
      }
      addTotals(t, totals);
    }
  },
  // Outlets sorted, so the JSON of a state does not depend on the order articles came in.
  toJSON: (s) => ({
    all: canonical(s.all),
    outlets: [...s.outlets]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonical(v)]),
  }),
  fromJSON(json) {
    const j = json as { all: Totals; outlets: [string, Totals][] };
    return {
      all: reviveTotals(j.all),
      outlets: new Map(j.outlets.map(([k, v]) => [k, reviveTotals(v)])),
    };
  },
};

/**
 * The registered aggregates, in a fixed order. A new corpus view (actors, distinctive terms)
 * adds its aggregate here, and its report writer reads the state from `CorpusView`.
 */
// biome-ignore lint/suspicious/noExplicitAny: each aggregate has its own state and contribution types
export const AGGREGATES: readonly Aggregate<any, any>[] = [corpusTotals];

export type AggregateStates = ReadonlyMap<string, unknown>;

export function emptyStates(): Map<string, unknown> {
  return new Map(AGGREGATES.map((a) => [a.name, a.empty()]));
}
