/**
 * The corpus view (src/compare: distinctive words, the map, names and speakers) as a registered
 * aggregate: each article's summary is made where the article is analyzed, and the summaries
 * are kept in input order; the view is built from them at the end. Summaries hold Maps, so their
 * JSON (the map stream) tags them (`{"$map": [...]}`).
 *
 * This is the one aggregate whose state grows with the corpus, so for a whole run (`open`) it
 * lives in a temporary file in the output folder (summary-store.ts), read back at the end, and
 * memory holds only what the view sums up (see CorpusBuilder). A batch's state is a
 * `SummaryBatch`: the worker encodes and tallies its summaries, and merging it into the run
 * appends the bytes and adds the tally, which is exact (corpus-tally.ts), so the run's state is
 * the same whether the summaries came one by one or in batches of any size.
 */
import {
  type ArticleSummary,
  CorpusBuilder,
  type CorpusView,
  summarize,
} from '../compare/corpus.js';
import {
  addToBatch,
  batchSummaries,
  emptyBatch,
  mergeBatches,
  type SummaryBatch,
} from '../compare/summary-batch.js';
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

/**
 * A batch's state (`empty`: a worker's, or a part's in tests) is a `SummaryBatch`, encoded and
 * tallied where the articles were analyzed; a whole run's (`open`) is a builder over a file.
 */
type CorpusViewState = SummaryBatch | CorpusBuilder;

const batchOf = (state: CorpusViewState): SummaryBatch => {
  if (state instanceof CorpusBuilder) throw new Error("a run's corpus view is not a batch");
  return state;
};

export const corpusView: Aggregate<CorpusViewState, ArticleSummary> = {
  name: 'corpus-view',
  contribute: (r) => summarize(r, MEASURES),
  empty: () => emptyBatch(corpusOptions().profile),
  open: (dir) => new CorpusBuilder(corpusOptions(), new SpilledSummaries(dir)),
  close: (state) => {
    if (state instanceof CorpusBuilder && state.store instanceof SpilledSummaries) {
      state.store.dispose();
    }
  },
  add: (state, c) => {
    if (state instanceof CorpusBuilder) state.push(c);
    else addToBatch(state, c);
  },
  merge: (into, other) => {
    const batch = batchOf(other);
    if (into instanceof CorpusBuilder) into.absorb(batch);
    else mergeBatches(into, batch);
  },
  toJSON: (state) => {
    const b = batchOf(state);
    return viaJson({ summaries: [...batchSummaries(b)], rows: b.rows, tally: b.tally });
  },
  fromJSON: (json) => {
    const { summaries } = fromJson(json) as { summaries: ArticleSummary[] };
    const b = emptyBatch(corpusOptions().profile);
    for (const s of summaries) addToBatch(b, s);
    return b;
  },
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
