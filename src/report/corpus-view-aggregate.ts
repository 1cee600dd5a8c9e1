/**
 * The corpus view (src/compare: distinctive words, the map, names and speakers) as a registered
 * aggregate: each article's summary is made where the article is analyzed, and the summaries
 * are kept in input order; the view is built from them at the end. Merging appends, so it is
 * exact. Summaries hold Maps, so their JSON (the map stream) tags them (`{"$map": [...]}`).
 *
 * This is the one aggregate that grows with the corpus: the corpus view keeps each article's
 * summary (its term counts, a few hundred entries, packed, with every word interned), as
 * src/compare/corpus.ts says.
 */
import {
  type ArticleSummary,
  type CorpusBuilder,
  type CorpusView,
  internSummary,
} from '../compare/corpus.js';
import type { Aggregate } from './aggregates.js';
import { buildCorpus } from './measures.js';

const replacer = (_k: string, v: unknown): unknown =>
  v instanceof Map ? { $map: [...v] } : v instanceof Set ? { $set: [...v] } : v;

const reviver = (_k: string, v: unknown): unknown => {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as { $map?: [unknown, unknown][]; $set?: unknown[] };
    if (o.$map) return new Map(o.$map);
    if (o.$set) return new Set(o.$set);
  }
  return v;
};

export const corpusView: Aggregate<ArticleSummary[], ArticleSummary> = {
  name: 'corpus-view',
  contribute: (r) => buildCorpus().add(r),
  empty: () => [],
  add: (state, c) => {
    state.push(internSummary(c));
  },
  merge: (into, other) => {
    for (const s of other) into.push(internSummary(s));
  },
  toJSON: (state) => JSON.parse(JSON.stringify(state, replacer)),
  fromJSON: (json) => JSON.parse(JSON.stringify(json), reviver) as ArticleSummary[],
  contributionToJSON: (c) => JSON.parse(JSON.stringify(c, replacer)),
  contributionFromJSON: (json) => JSON.parse(JSON.stringify(json), reviver) as ArticleSummary,
};

/** The corpus view of the summaries, with actor names from the gazetteer. */
export function viewOf(
  summaries: readonly ArticleSummary[],
  actorNames: ReadonlyMap<string, string>,
): CorpusView {
  const builder: CorpusBuilder = buildCorpus([], { actorName: (id) => actorNames.get(id) ?? null });
  for (const s of summaries) builder.addSummary(s);
  return builder.view();
}
