/**
 * The columns of the report's actor tables: one per article, or one per outlet for a large
 * corpus. A column is what its articles add up to (stance cells per actor, names and labels
 * used, speakers quoted with their reporting verbs), folded in one pass over the summaries in
 * input order, so an outlet column costs the same memory whether it has ten articles or a
 * hundred thousand.
 */
import type { NameCounts } from './actor-usage.js';
import type { ArticleSummary, CorpusView, StanceCell } from './corpus.js';

/** What a column's articles say about one actor's stance. */
export interface ColumnCell {
  /** Articles with a stance cell for the actor, and those of them with a stance (not null). */
  cells: number;
  known: number;
  /** Sum of the known stances, added in input order. */
  sum: number;
  /** Mentions of the actor, over the column's articles. */
  mentions: number;
  /** The cell and its article's position in the corpus, when exactly one article has one. */
  one: { readonly index: number; readonly cell: StanceCell } | null;
}

export interface ColumnSpeaker {
  /** Position of the first article (in the corpus) that quotes the speaker, and how it names them. */
  readonly first: number;
  readonly actor: string | null;
  readonly written: string | null;
  quotations: number;
  /** Reporting verb → class (as first seen) and count. */
  readonly verbs: Map<string, { cls: string | null; count: number }>;
}

export interface Column {
  readonly label: string;
  articles: number;
  readonly stance: Map<string, ColumnCell>;
  readonly names: NameCounts;
  readonly labels: NameCounts;
  readonly speakers: Map<string, ColumnSpeaker>;
  /** True when some article of the column has a trained model's stance. */
  model: boolean;
}

function column(label: string): Column {
  return {
    label,
    articles: 0,
    stance: new Map(),
    names: new Map(),
    labels: new Map(),
    speakers: new Map(),
    model: false,
  };
}

function addNames(into: NameCounts, from: NameCounts): void {
  for (const [actor, names] of from) {
    const m = into.get(actor) ?? new Map<string, number>();
    for (const [n, c] of names) m.set(n, (m.get(n) ?? 0) + c);
    into.set(actor, m);
  }
}

function addArticle(c: Column, a: ArticleSummary, index: number): void {
  c.articles += 1;
  const seen = new Set<string>();
  for (const s of a.stance) {
    let x = c.stance.get(s.actor);
    if (!x) {
      x = { cells: 0, known: 0, sum: 0, mentions: 0, one: null };
      c.stance.set(s.actor, x);
    }
    x.mentions += s.mentions;
    if (s.model) c.model = true;
    // An article's first cell for an actor is the one its column shows.
    if (seen.has(s.actor)) continue;
    seen.add(s.actor);
    x.cells += 1;
    x.one = x.cells === 1 ? { index, cell: s } : null;
    if (s.stance !== null) {
      x.known += 1;
      x.sum += s.stance;
    }
  }
  addNames(c.names, a.usage.names);
  addNames(c.labels, a.usage.labels);
  for (const [key, s] of a.usage.speakers) {
    const sp = c.speakers.get(key) ?? {
      first: index,
      actor: s.actor,
      written: s.written,
      quotations: 0,
      verbs: new Map(),
    };
    sp.quotations += s.quotations;
    for (const [v, x] of s.verbs) {
      const t = sp.verbs.get(v) ?? { cls: x.cls, count: 0 };
      t.count += x.count;
      sp.verbs.set(v, t);
    }
    c.speakers.set(key, sp);
  }
}

/** One column per article, labelled with its title. */
export function articleColumns(view: CorpusView): Column[] {
  const cols: Column[] = [];
  let i = 0;
  for (const a of view.articles) {
    const c = column(a.title);
    addArticle(c, a, i);
    cols.push(c);
    i += 1;
  }
  return cols;
}

/** One column per outlet, in order of first appearance, then one for articles without one. */
export function outletColumns(view: CorpusView): Column[] {
  const byOutlet = new Map([...view.outlets.keys()].map((o) => [o, column(o)]));
  const unknown = column('(outlet unknown)');
  let i = 0;
  for (const a of view.articles) {
    addArticle(a.outlet === null ? unknown : byOutlet.get(a.outlet)!, a, i);
    i += 1;
  }
  const cols = [...byOutlet.values()];
  if (unknown.articles > 0) cols.push(unknown);
  return cols;
}
