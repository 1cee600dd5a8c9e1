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
import { type ActorUsage, actorUsage, type NameCounts, type SpeakerUsage } from './actor-usage.js';
import { distinctiveTerms, type TermScore } from './log-odds.js';
import { type PcaResult, pca } from './pca.js';
import {
  type AnyCounts,
  addCounts,
  articleTermCounts,
  intern,
  internCounts,
  type PackedCounts,
  type TermCounts,
  total,
} from './term-counts.js';

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
  readonly pca: PcaResult;
  /** Article ids, in the order of `pca.coords`. */
  readonly ids: readonly string[];
}

export interface CorpusView {
  readonly articles: readonly ArticleSummary[];
  /** Outlets with their article ids, in order of first appearance. */
  readonly outlets: ReadonlyMap<string, readonly string[]>;
  /** True when some outlet has two or more articles and there is something to compare it to. */
  readonly outletsRepeat: boolean;
  readonly distinctive: {
    readonly articles: readonly GroupTerms[];
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

const internNames = (m: NameCounts): NameCounts =>
  new Map(
    [...m].map(([actor, names]) => [
      intern(actor),
      new Map([...names].map(([n, c]) => [intern(n), c])),
    ]),
  );

/**
 * The summary as the corpus view keeps it: every word and name one shared copy (see `intern`),
 * none a slice of the article's text, which would keep the whole text alive.
 */
export function internSummary(s: ArticleSummary): ArticleSummary {
  const speakers = new Map<string, SpeakerUsage>();
  for (const [k, v] of s.usage.speakers)
    speakers.set(intern(k), {
      ...v,
      key: intern(v.key),
      written: v.written === null ? null : intern(v.written),
      verbs: new Map([...v.verbs].map(([verb, x]) => [intern(verb), x])),
    });
  return {
    ...s,
    terms: internCounts(s.terms),
    usage: { names: internNames(s.usage.names), labels: internNames(s.usage.labels), speakers },
    stance: s.stance.map((c) => ({ ...c, actor: intern(c.actor), name: intern(c.name) })),
  };
}

export class CorpusBuilder {
  readonly #options: CorpusOptions;
  readonly #articles: ArticleSummary[] = [];
  readonly #corpus: TermCounts = new Map();
  readonly #outlets = new Map<string, TermCounts>();

  constructor(options: CorpusOptions) {
    this.#options = options;
  }

  add(r: ArticleResult): ArticleSummary {
    const m = r.article.meta;
    const summary: ArticleSummary = {
      id: r.article.id,
      title: m.title ?? r.article.id,
      outlet: m.outlet,
      author: m.author,
      date: m.date,
      source_path: m.source_path,
      findings: r.findings.length,
      values: new Map(this.#options.measures.map((x) => [x.key, x.get(r)])),
      terms: articleTermCounts(r),
      usage: actorUsage(r),
      stance: r.actors.map(stanceCell),
    };
    this.#push(summary);
    return summary;
  }

  /** Adds an article already summarized (by `add` elsewhere: a worker thread, a map part). */
  addSummary(s: ArticleSummary): void {
    this.#push(s);
  }

  #push(s: ArticleSummary): void {
    this.#articles.push(s);
    addCounts(this.#corpus, s.terms);
    if (s.outlet !== null) {
      const t = this.#outlets.get(s.outlet) ?? new Map<string, number>();
      this.#outlets.set(s.outlet, addCounts(t, s.terms));
    }
  }

  /** Appends the other builder's articles after this one's. */
  merge(other: CorpusBuilder): this {
    for (const s of other.#articles) this.#push(s);
    return this;
  }

  view(): CorpusView {
    const o = this.#options;
    const termsPerGroup = o.termsPerGroup ?? 25;
    const minCount = o.minCount ?? 2;
    const articles = this.#articles;
    const corpusTotal = total(this.#corpus);
    const group = (kind: GroupTerms['kind'], key: string, label: string, counts: AnyCounts) => {
      const n = total(counts);
      return {
        kind,
        key,
        label,
        total: n,
        rest_total: corpusTotal - n,
        terms: distinctiveTerms(counts, this.#corpus, { corpusTotal })
          .filter((t) => t.z > 0 && t.count >= minCount)
          .slice(0, termsPerGroup),
      };
    };
    const outlets = new Map<string, string[]>();
    for (const a of articles)
      if (a.outlet !== null) outlets.set(a.outlet, [...(outlets.get(a.outlet) ?? []), a.id]);
    const groups = outlets.size + (articles.some((a) => a.outlet === null) ? 1 : 0);
    const outletsRepeat = groups >= 2 && [...outlets.values()].some((ids) => ids.length >= 2);
    const profile = o.profile;
    const fit = pca({
      features: profile,
      rows: articles.map((a) => profile.map((k) => a.values.get(k) ?? null)),
    });
    return {
      articles,
      outlets,
      outletsRepeat,
      distinctive: {
        articles:
          articles.length >= 2 ? articles.map((a) => group('article', a.id, a.title, a.terms)) : [],
        outlets: outletsRepeat
          ? [...this.#outlets].map(([name, counts]) => group('outlet', name, name, counts))
          : [],
      },
      map: fit ? { pca: fit, ids: articles.map((a) => a.id) } : null,
      actorNames: this.#actorNames(),
      totalWords: corpusTotal,
      options: { termsPerGroup, minCount },
    };
  }

  /** Stance name, else the gazetteer's (`actorName`), else the name the texts use most, else the id. */
  #actorNames(): Map<string, string> {
    const names = new Map<string, string>();
    for (const a of this.#articles) for (const s of a.stance) names.set(s.actor, s.name);
    const used = new Map<string, Map<string, number>>();
    const ids = new Set<string>();
    for (const a of this.#articles) {
      for (const [id, m] of a.usage.names) {
        ids.add(id);
        const u = used.get(id) ?? new Map<string, number>();
        for (const [n, c] of m) u.set(n, (u.get(n) ?? 0) + c);
        used.set(id, u);
      }
      for (const id of a.usage.labels.keys()) ids.add(id);
      for (const s of a.usage.speakers.values()) if (s.actor) ids.add(s.actor);
    }
    const mostUsed = (id: string) =>
      [...(used.get(id) ?? [])].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
    for (const id of ids)
      if (!names.has(id)) names.set(id, this.#options.actorName?.(id) ?? mostUsed(id) ?? id);
    return names;
  }
}
