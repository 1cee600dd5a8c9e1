/**
 * Corpus-level aggregates: what a run keeps about the whole corpus instead of every article.
 * Each is a mergeable summary: an article's small contribution is computed where the article
 * is analyzed (a worker thread, or a `map` process on another machine), and summaries fold
 * together in the main process or in `merge`.
 *
 * The contract every aggregate keeps, and test/scale/aggregates.test.ts checks: `merge` is
 * exact, so folding a corpus in one piece or in any number of parts gives the same state to
 * the byte. Integer counts and ordered lists are exact; a floating-point sum is not (its
 * rounding depends on the grouping): keep such sums in integer units.
 *
 * States go through structured clone (worker threads) and JSON (the map stream): `toJSON` and
 * `fromJSON` convert, so a state may use Maps internally.
 */
import type { ArticleResult } from '../types.js';
import { corpusView } from './corpus-view-aggregate.js';

export interface Aggregate<S = unknown, C = unknown> {
  /** Stable name: the key in the map stream and in `CorpusView.aggregates`. */
  readonly name: string;
  /** What one article adds: small plain data. Runs where the article is analyzed. */
  contribute(r: ArticleResult): C;
  empty(): S;
  /**
   * The state for a whole run, which may keep its bulk in a temporary file in the folder `dir`
   * (default: `empty()`); `close` releases it once the reports are written or the run fails.
   */
  open?(dir: string): S;
  close?(state: S): void;
  /** Adds one article's contribution, in place. */
  add(state: S, c: C): void;
  /** Adds another state, in place. Exact: see the contract above. */
  merge(into: S, other: S): void;
  toJSON(state: S): unknown;
  fromJSON(json: unknown): S;
  /** A contribution as JSON-safe data for the map stream, and back (default: as it is). */
  contributionToJSON?(c: C): unknown;
  contributionFromJSON?(json: unknown): C;
}

/**
 * The registered aggregates, in a fixed order. A new corpus view (actors, distinctive terms)
 * adds its aggregate here, and its report writer reads the state from `CorpusView`.
 */
// biome-ignore lint/suspicious/noExplicitAny: each aggregate has its own state and contribution types
export const AGGREGATES: readonly Aggregate<any, any>[] = [corpusView];

export type AggregateStates = ReadonlyMap<string, unknown>;

export function emptyStates(): Map<string, unknown> {
  return new Map(AGGREGATES.map((a) => [a.name, a.empty()]));
}
