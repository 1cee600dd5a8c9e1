/**
 * The corpus view (src/compare: distinctive words, the map, names and speakers) as a registered
 * aggregate: each article's summary is made where the article is analyzed, and the summaries
 * are kept in input order; the view is built from them at the end. Merging appends, so it is
 * exact. Summaries hold Maps, so their JSON (the map stream) tags them (`{"$map": [...]}`).
 *
 * This is the one aggregate whose state grows with the corpus, so for a whole run (`open`) it
 * lives in a temporary file in the output folder (summary-store.ts), read back at the end, and
 * memory holds only what the view sums up (see CorpusBuilder): a run's state is a builder over
 * that file, which sums each summary up as it arrives, so the file is not read once more to count.
 */
import {
  type ArticleSummary,
  CorpusBuilder,
  type CorpusView,
  summarize,
} from '../compare/corpus.js';
import { SpilledSummaries, type SummaryStore } from '../compare/summary-store.js';
import type { Aggregate } from './aggregates.js';
import { corpusOptions, MEASURES } from './measures.js';

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

const viaJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v, replacer));
const fromJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v), reviver);

export const corpusView: Aggregate<SummaryStore, ArticleSummary> = {
  name: 'corpus-view',
  contribute: (r) => summarize(r, MEASURES),
  empty: () => [],
  open: (dir) => new CorpusBuilder(corpusOptions(), new SpilledSummaries(dir)),
  close: (state) => {
    const store = state instanceof CorpusBuilder ? state.store : state;
    if (store instanceof SpilledSummaries) store.dispose();
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
  const actorName = (id: string) => actorNames.get(id) ?? null;
  if (summaries instanceof CorpusBuilder) return summaries.view(actorName);
  return CorpusBuilder.over(summaries, corpusOptions({ actorName })).view();
}
