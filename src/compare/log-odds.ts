/**
 * Distinctive terms: the log-odds ratio with an informative Dirichlet prior, Monroe, Colaresi &
 * Quinn (2008), "Fightin' Words", Political Analysis 16(4), eq. 22, with its z-score.
 *
 * For a term w, a group i (an article or an outlet) and the rest of the corpus j:
 *
 *   δ_w = log((y_wi + α_w) / (n_i + α_0 − y_wi − α_w)) − log((y_wj + α_w) / (n_j + α_0 − y_wj − α_w))
 *   σ²_w ≈ 1 / (y_wi + α_w) + 1 / (y_wj + α_w)          z_w = δ_w / σ_w
 *
 * y are counts, n totals. The prior is informative: α_w = α_0 · π_w with π_w the term's share of
 * the whole corpus, so a word common everywhere is shrunk toward no difference and a rare word
 * needs several uses before it stands out. α_0 defaults to the corpus size (α_w is then the
 * word's corpus count), the usual choice when no separate background corpus is given.
 *
 * Why not a raw frequency ratio: with a few hundred words per article, every word used once in
 * one article and never in the other has an infinite ratio; the prior and the z-score rank
 * words by how sure the difference is.
 */
import { type AnyCounts, forEachCount, type TermCounts, total } from './term-counts.js';

export interface LogOdds {
  /** δ: log-odds ratio of the term in the group against the rest. */
  readonly delta: number;
  readonly variance: number;
  readonly z: number;
}

/** Eq. 22 for one term. Returns null where a denominator is not positive (degenerate corpus). */
export function logOdds(
  yi: number,
  ni: number,
  yj: number,
  nj: number,
  alphaW: number,
  alpha0: number,
): LogOdds | null {
  const ai = ni + alpha0 - yi - alphaW;
  const aj = nj + alpha0 - yj - alphaW;
  if (yi + alphaW <= 0 || yj + alphaW <= 0 || ai <= 0 || aj <= 0) return null;
  const delta = Math.log((yi + alphaW) / ai) - Math.log((yj + alphaW) / aj);
  const variance = 1 / (yi + alphaW) + 1 / (yj + alphaW);
  return { delta, variance, z: delta / Math.sqrt(variance) };
}

export interface TermScore extends LogOdds {
  readonly term: string;
  /** Uses in the group. */
  readonly count: number;
  /** Uses in the rest of the corpus. */
  readonly rest_count: number;
}

export interface DistinctiveOptions {
  /** Prior strength α_0; default: the size of `prior`. */
  readonly alpha0?: number;
  /** Counts the prior's shares π_w come from; default: the corpus itself. */
  readonly prior?: ReadonlyMap<string, number>;
  /**
   * The total of `corpus` (and of the prior, when it is the corpus), if the caller has it: a
   * caller scoring every article of a large corpus should not re-add the corpus each time.
   */
  readonly corpusTotal?: number;
  /** Terms the group uses fewer times are not scored (default 1: every term is). */
  readonly minCount?: number;
}

/**
 * Every term the group uses, scored against the rest (corpus minus group), sorted by z
 * descending, then term. Terms the group does not use can only score below zero (the group
 * avoids them), so they are not enumerated: the cost is the group's vocabulary, not the corpus's.
 */
export function distinctiveTerms(
  group: AnyCounts,
  corpus: ReadonlyMap<string, number>,
  options: DistinctiveOptions = {},
): TermScore[] {
  const prior = options.prior ?? corpus;
  const corpusTotal = options.corpusTotal ?? total(corpus);
  const priorTotal = options.prior ? total(prior) : corpusTotal;
  const alpha0 = options.alpha0 ?? priorTotal;
  const ni = total(group);
  const nj = corpusTotal - ni;
  const out: TermScore[] = [];
  if (priorTotal <= 0) return out;
  const minCount = options.minCount ?? 1;
  forEachCount(group, (term, yi) => {
    if (yi < minCount) return;
    const yj = (corpus.get(term) ?? 0) - yi;
    const alphaW = (alpha0 * (prior.get(term) ?? 0)) / priorTotal;
    const lo = logOdds(yi, ni, yj, nj, alphaW, alpha0);
    if (lo) out.push({ term, count: yi, rest_count: yj, ...lo });
  });
  return out.sort((a, b) => b.z - a.z || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

export type { TermCounts };
