/**
 * The sums the corpus view keeps while summaries stream past: the vocabulary's counts for the
 * corpus and per outlet, articles per outlet, and which actors appear under which names. Plain
 * data (Maps and a Set), so a worker can tally its batch and the main thread adds the batch's
 * tally to the run's instead of counting each article again.
 *
 * Adding tallies is exact: counts are integers, and every Map and Set keeps the order of first
 * appearance, which adding a later tally's entries in their own order preserves ("the last
 * article's name" stays the last one's too). So tallying articles one by one, or in batches that
 * are then added in input order, gives the same state, down to the order of its entries.
 */
import type { ArticleSummary } from './corpus.js';
import { addCounts, type TermCounts } from './term-counts.js';

export interface CorpusTally {
  /** The writer's words of every article, counted. */
  readonly corpus: TermCounts;
  /** Per outlet, in order of first appearance: its words counted, and its articles. */
  readonly outlets: Map<string, TermCounts>;
  readonly outletArticles: Map<string, number>;
  /** True once an article without an outlet was tallied. */
  outletUnknown: boolean;
  /** Actor id → its stance name (the last article's), in order of first stance. */
  readonly stanceNames: Map<string, string>;
  /** Actor id → surface names and their counts, in order of first use. */
  readonly used: Map<string, Map<string, number>>;
  /** Every actor id named, labelled or quoted, in order of first appearance. */
  readonly ids: Set<string>;
}

export function emptyTally(): CorpusTally {
  return {
    corpus: new Map(),
    outlets: new Map(),
    outletArticles: new Map(),
    outletUnknown: false,
    stanceNames: new Map(),
    used: new Map(),
    ids: new Set(),
  };
}

function addNames(into: Map<string, Map<string, number>>, id: string, names: Map<string, number>) {
  const u = into.get(id) ?? new Map<string, number>();
  for (const [n, c] of names) u.set(n, (u.get(n) ?? 0) + c);
  into.set(id, u);
}

/** An article's framing-profile rates, in the profile's order (null = missing): the map's input. */
export function profileRow(profile: readonly string[], s: ArticleSummary): (number | null)[] {
  return profile.map((k) => s.values.get(k) ?? null);
}

/** Throws unless rows read with the profile `theirs` can be added to rows read with `ours`. */
export function checkProfile(ours: readonly string[], theirs: readonly string[]): void {
  if (ours.length !== theirs.length || ours.some((k, i) => k !== theirs[i])) {
    throw new Error('summaries tallied with another framing profile cannot be added');
  }
}

/** Adds one article's summary. */
export function tallySummary(t: CorpusTally, s: ArticleSummary): void {
  addCounts(t.corpus, s.terms);
  if (s.outlet !== null) {
    t.outlets.set(s.outlet, addCounts(t.outlets.get(s.outlet) ?? new Map(), s.terms));
    t.outletArticles.set(s.outlet, (t.outletArticles.get(s.outlet) ?? 0) + 1);
  } else t.outletUnknown = true;
  for (const c of s.stance) t.stanceNames.set(c.actor, c.name);
  for (const [id, m] of s.usage.names) {
    t.ids.add(id);
    addNames(t.used, id, m);
  }
  for (const id of s.usage.labels.keys()) t.ids.add(id);
  for (const sp of s.usage.speakers.values()) if (sp.actor) t.ids.add(sp.actor);
}

/** Adds the tally of later articles, `from`, into `into` (mutating `into`). */
export function addTally(into: CorpusTally, from: CorpusTally): void {
  addCounts(into.corpus, from.corpus);
  for (const [outlet, counts] of from.outlets) {
    into.outlets.set(outlet, addCounts(into.outlets.get(outlet) ?? new Map(), counts));
  }
  for (const [outlet, n] of from.outletArticles) {
    into.outletArticles.set(outlet, (into.outletArticles.get(outlet) ?? 0) + n);
  }
  if (from.outletUnknown) into.outletUnknown = true;
  for (const [id, name] of from.stanceNames) into.stanceNames.set(id, name);
  for (const [id, m] of from.used) addNames(into.used, id, m);
  for (const id of from.ids) into.ids.add(id);
}
