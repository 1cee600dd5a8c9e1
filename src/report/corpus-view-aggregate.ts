/**
 * The corpus view (src/compare: distinctive words, the map, names and speakers) as a registered
 * aggregate: each article's summary is made where the article is analyzed, and the summaries
 * are kept in input order; the view is built from them at the end. Merging appends, so it is
 * exact. Summaries hold Maps, so their JSON (the map stream) tags them (`{"$map": [...]}`).
 *
 * This is the one aggregate whose state grows with the corpus, so for a whole run (`open`) it
 * lives in a temporary file in the output folder (summary-store.ts), read back at the end, and
 * memory holds only what the view sums up (see CorpusBuilder).
 */
import { type ArticleSummary, CorpusBuilder, type CorpusView } from '../compare/corpus.js';
import {
  SpilledSummaries,
  type SummaryStore,
  summaryReplacer,
  summaryReviver,
} from '../compare/summary-store.js';
import type { Aggregate } from './aggregates.js';
import { buildCorpus, corpusOptions } from './measures.js';

const viaJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v, summaryReplacer));
const fromJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v), summaryReviver);

export const corpusView: Aggregate<SummaryStore, ArticleSummary> = {
  name: 'corpus-view',
  contribute: (r) => buildCorpus().add(r),
  empty: () => [],
  open: (dir) => new SpilledSummaries(dir),
  close: (state) => {
    if (state instanceof SpilledSummaries) state.dispose();
  },
  add: (state, c) => {
    state.push(c);
  },
  merge: (into, other) => {
    for (const s of other) into.push(s);
  },
  toJSON: (state) => viaJson([...state]),
  fromJSON: (json) => fromJson(json) as ArticleSummary[],
  contributionToJSON: (c) => viaJson(c),
  contributionFromJSON: (json) => fromJson(json) as ArticleSummary,
};

/** The corpus view of the summaries, with actor names from the gazetteer. */
export function viewOf(
  summaries: SummaryStore,
  actorNames: ReadonlyMap<string, string>,
): CorpusView {
  return CorpusBuilder.over(
    summaries,
    corpusOptions({ actorName: (id) => actorNames.get(id) ?? null }),
  ).view();
}
