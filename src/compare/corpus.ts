/**
 * The corpus view: articles side by side. Built as mergeable summaries so a run never needs
 * more than one article's full result at a time:
 *
 *   add(result) ─► ArticleSummary {measure values, term counts, actor usage, stance cells}
 *               ─► corpus term counts += article's, outlet term counts += article's
 *   merge(other builder)  (e.g. one per worker; article order is the order of merging)
 *   view()  ─► distinctive terms per article and per outlet, the PCA map, actor names
 *
 * Layout of what is kept: per article a few dozen numbers, its term count map (its vocabulary)
 * and its actor usage; per outlet one term count map; for the corpus one term count map.
 */
import { formatContributions } from '../train/model.js';
import type { ActorStance, ArticleResult, StanceComponent } from '../types.js';
import { type ActorUsage, actorUsage } from './actor-usage.js';
import {
  addTally,
  type CorpusTally,
  checkProfile,
  emptyTally,
  profileRow,
  tallySummary,
} from './corpus-tally.js';
import { distinctiveTerms, type TermScore } from './log-odds.js';
import { type PcaFit, PcaMoments } from './pca.js';
import { batchBytes, batchSummaries, type SummaryBatch } from './summary-batch.js';
import { SpilledSummaries, type SummaryList, type SummaryStore } from './summary-store.js';
import { type AnyCounts, articleTermCounts, type PackedCounts, total } from './term-counts.js';

export interface StanceCell {
  readonly actor: string;
  readonly name: string;
  readonly stance: number | null;
  readonly ci_low: number | null;
  readonly ci_high: number | null;
  readonly mentions: number;
  readonly evidence: number;
  readonly components: Readonly<Record<StanceComponent, number | null>>;
  /** The trained model's stance (`--model`), with its top features as text; absent otherwise. */
  readonly model?: {
    readonly stance: number | null;
    readonly ci_low: number | null;
    readonly ci_high: number | null;
    readonly mentions: number;
    readonly top: string;
  };
}

export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly date: string | null;
  readonly source_path: string;
  readonly findings: number;
  readonly values: ReadonlyMap<string, number | null>;
  readonly terms: PackedCounts;
  readonly usage: ActorUsage;
  readonly stance: readonly StanceCell[];
}

export interface GroupTerms {
  readonly kind: 'article' | 'outlet';
  /** Article id, or outlet name. */
  readonly key: string;
  readonly label: string;
  /** Counted words in the group and in the rest of the corpus. */
  readonly total: number;
  readonly rest_total: number;
  /** Terms used at least `minCount` times with z > 0, best first, at most `termsPerGroup`. */
  readonly terms: readonly TermScore[];
}

export interface CorpusMap {
  /** The fitted map; an article's point is `pca.project` of its values (read as it is listed). */
  readonly pca: PcaFit;
}

export interface CorpusView {
  /** Every article's summary, in input order (read from disk for a whole run: iterate, don't index). */
  readonly articles: SummaryList;
  /** Outlets with their number of articles, in order of first appearance. */
  readonly outlets: ReadonlyMap<string, number>;
  /** True when some article's outlet is not known. */
  readonly outletUnknown: boolean;
  /** True when some outlet has two or more articles and there is something to compare it to. */
  readonly outletsRepeat: boolean;
  readonly distinctive: {
    /** Computed as they are read, one article at a time (terms.csv has them all). */
    readonly articles: Iterable<GroupTerms>;
    readonly outlets: readonly GroupTerms[];
  };
  readonly map: CorpusMap | null;
  /** Display name of every actor id that appears anywhere. */
  readonly actorNames: ReadonlyMap<string, string>;
  readonly totalWords: number;
  readonly options: Required<Pick<CorpusOptions, 'termsPerGroup' | 'minCount'>>;
}

export interface CorpusOptions {
  /** The article measures to keep: key and getter (the report's measure registry). */
  readonly measures: readonly { key: string; get: (r: ArticleResult) => number | null }[];
  /** Measure keys forming the framing profile for the map. */
  readonly profile: readonly string[];
  /** Display name for an actor id (from the gazetteer); ids are shown when it returns null. */
  readonly actorName?: (id: string) => string | null;
  /** At most this many distinctive terms per group (default 25). */
  readonly termsPerGroup?: number;
  /**
   * A distinctive term is used at least this often in its group (default 2): a word used once
   * is not a habit. Terms are kept whatever their z (above 0), so a reader sees the strongest
   * differences even where none is clear; z ≥ 1.96 is marked as clear in the report.
   */
  readonly minCount?: number;
}

function stanceCell(a: ActorStance): StanceCell {
  return {
    actor: a.actor,
    name: a.name,
    stance: a.stance,
    ci_low: a.ci_low,
    ci_high: a.ci_high,
    mentions: a.mentions,
    evidence: a.evidence.length,
    components: a.components,
    ...(a.model
      ? {
          model: {
            stance: a.model.stance,
            ci_low: a.model.ci_low,
            ci_high: a.model.ci_high,
            mentions: a.model.mentions,
            top: formatContributions(a.model.contributions, 3, 3),
          },
        }
      : {}),
  };
}

/** What the corpus view keeps of one article: its measure values, words, actor usage and stance. */
export function summarize(r: ArticleResult, measures: CorpusOptions['measures']): ArticleSummary {
  const m = r.article.meta;
  return {
    id: r.article.id,
    title: m.title ?? r.article.id,
    outlet: m.outlet,
    author: m.author,
    date: m.date,
    source_path: m.source_path,
    findings: r.findings.length,
    values: new Map(measures.map((x) => [x.key, x.get(r)])),
    terms: articleTermCounts(r),
    usage: actorUsage(r),
    stance: r.actors.map(stanceCell),
  };
}

/** Re-iterable, computed on each pass; serializes as the array it yields (for comparing views). */
function lazy<T>(each: () => Iterable<T>): Iterable<T> & { toJSON(): T[] } {
  return {
    [Symbol.iterator]: () => each()[Symbol.iterator](),
    toJSON: () => [...each()],
  };
}

/**
 * Builds the corpus view from article summaries. What it keeps in memory is bounded by the
 * vocabulary and the number of outlets and actors (the map keeps sums, not the articles' rates);
 * the summaries themselves stay in their store (an array, or a file for a whole run).
 */
export class CorpusBuilder implements SummaryStore {
  readonly #options: CorpusOptions;
  readonly #articles: SummaryStore;
  readonly #tally: CorpusTally = emptyTally();
  /** Sums of the articles' framing-profile rates (the map's input), not the rates themselves. */
  readonly #profiles: PcaMoments;

  constructor(options: CorpusOptions, store: SummaryStore = []) {
    this.#options = options;
    this.#articles = store;
    this.#profiles = new PcaMoments(options.profile);
  }

  /**
   * A builder over summaries already stored (read once here to count). A run's own store is a
   * builder that counted each summary as it was pushed (see corpus-view-aggregate.ts).
   */
  static over(store: SummaryStore, options: CorpusOptions): CorpusBuilder {
    const b = new CorpusBuilder(options, store);
    for (const s of store) b.#count(s);
    return b;
  }

  add(r: ArticleResult): ArticleSummary {
    const summary = summarize(r, this.#options.measures);
    this.#push(summary);
    return summary;
  }

  /**
   * Adds an article already summarized (by `add` elsewhere: a worker thread, a map part); as a
   * store, iterating reads the summaries back.
   */
  push(s: ArticleSummary): void {
    this.#push(s);
  }

  get length(): number {
    return this.#articles.length;
  }

  [Symbol.iterator](): Iterator<ArticleSummary> {
    return this.#articles[Symbol.iterator]();
  }

  /** The store the summaries are kept in. */
  get store(): SummaryStore {
    return this.#articles;
  }

  #push(s: ArticleSummary): void {
    this.#articles.push(s);
    this.#count(s);
  }

  #count(s: ArticleSummary): void {
    tallySummary(this.#tally, s);
    this.#profiles.add(profileRow(this.#options.profile, s));
  }

  /**
   * Appends a batch of summaries tallied elsewhere (a worker thread): its encoded records go to
   * the store as they are, and its tally is added to this one's, so nothing is counted twice.
   * The same state as pushing its summaries one by one (see corpus-tally.ts).
   */
  absorb(batch: SummaryBatch): void {
    checkProfile(this.#options.profile, batch.profile);
    const store = this.#articles;
    if (store instanceof SpilledSummaries) store.pushEncoded(batchBytes(batch), batch.length);
    else for (const summary of batchSummaries(batch)) store.push(summary);
    addTally(this.#tally, batch.tally);
    for (const row of batch.rows) this.#profiles.add(row);
  }

  /** Appends the other builder's articles after this one's. */
  merge(other: CorpusBuilder): this {
    for (const s of other.#articles) this.#push(s);
    return this;
  }

  /** The view; `actorName` replaces the options' (names known only when the view is built). */
  view(actorName: CorpusOptions['actorName'] = this.#options.actorName): CorpusView {
    const o = this.#options;
    const termsPerGroup = o.termsPerGroup ?? 25;
    const minCount = o.minCount ?? 2;
    const articles = this.#articles;
    const t = this.#tally;
    const corpus = t.corpus;
    const corpusTotal = total(corpus);
    const group = (kind: GroupTerms['kind'], key: string, label: string, counts: AnyCounts) => {
      const n = total(counts);
      return {
        kind,
        key,
        label,
        total: n,
        rest_total: corpusTotal - n,
        terms: distinctiveTerms(counts, corpus, { corpusTotal, minCount })
          .filter((t) => t.z > 0)
          .slice(0, termsPerGroup),
      };
    };
    const outlets = new Map(t.outletArticles);
    const groups = outlets.size + (t.outletUnknown ? 1 : 0);
    const outletsRepeat = groups >= 2 && [...outlets.values()].some((n) => n >= 2);
    const fit = this.#profiles.fit();
    return {
      articles,
      outlets,
      outletUnknown: t.outletUnknown,
      outletsRepeat,
      distinctive: {
        articles:
          articles.length >= 2
            ? lazy(function* () {
                for (const a of articles) yield group('article', a.id, a.title, a.terms);
              })
            : [],
        outlets: outletsRepeat
          ? [...t.outlets].map(([name, counts]) => group('outlet', name, name, counts))
          : [],
      },
      map: fit ? { pca: fit } : null,
      actorNames: this.#actorNames(actorName),
      totalWords: corpusTotal,
      options: { termsPerGroup, minCount },
    };
  }

  /** Stance name, else the gazetteer's (`actorName`), else the name the texts use most, else the id. */
  #actorNames(actorName: CorpusOptions['actorName']): Map<string, string> {
    const { stanceNames, used, ids } = this.#tally;
    const names = new Map(stanceNames);
    const mostUsed = (id: string) =>
      [...(used.get(id) ?? [])].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
    for (const id of ids) if (!names.has(id)) names.set(id, actorName?.(id) ?? mostUsed(id) ?? id);
    return names;
  }
}
