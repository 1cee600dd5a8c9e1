/**
 * One line of plain English per article, for a class handout: the rates on which the article
 * differs most from the others, as a ratio with the numbers behind it.
 *
 *   "hedges 3.5× as often as “Ukrainian attack on …” (45.0 vs 12.7 per 1,000 writer words)"
 *
 * The comparison is the other article when there are two, else the median of the others. A
 * contrast needs at least two findings on the higher side (one word is not a habit), and a ratio
 * of at least 1.5 after adding 1 per 1,000 words to both sides, so that 0.5 vs 0.1 per 1,000
 * words is not read out as "5× as often". Rates on fewer than 100 words of their voice (a few
 * short quotations) are left out on both sides.
 */
import type { ArticleSummary } from './corpus.js';

export interface ReadableRate {
  readonly key: string;
  readonly unit: string;
  readonly rate?:
    | { readonly count: string; readonly words: string; readonly reading: string }
    | undefined;
}

export interface Contrast {
  readonly key: string;
  readonly value: number;
  readonly baseline: number;
  /** value / baseline, or null when the baseline is 0. */
  readonly ratio: number | null;
  readonly higher: boolean;
  readonly score: number;
}

export interface Reading {
  readonly id: string;
  readonly against: string;
  readonly contrasts: readonly Contrast[];
  readonly text: string;
}

const MIN_RATIO = 1.5;
const MIN_FINDINGS = 2;
/** A rate on fewer words than this (a 12-word quotation) is not read out. */
export const MIN_WORDS = 100;

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const one = (v: number) => v.toFixed(1);
const times = (r: number) => `${r >= 9.95 ? Math.round(r) : r.toFixed(1)}×`;

/**
 * The first clause names what the article is compared with and the unit; a second clause leaves
 * them understood:
 *   "hedges 3.5× as often as the other article (45.0 vs 12.7 per 1,000 writer words)"
 *   "it also uses boosters less often (0.0 vs 10.4)"
 *   "introduces speech with distancing verbs: 10.4 per 1,000 writer words, against none in the other article"
 */
function phrase(m: ReadableRate, c: Contrast, others: number, first: boolean): string {
  const reading = m.rate!.reading;
  const against = others === 1 ? 'the other article' : `the median of the other ${others} articles`;
  const nums = `(${one(c.value)} vs ${one(c.baseline)}${first ? ` ${m.unit}` : ''})`;
  if (!c.higher) return `${reading} less often${first ? ` than ${against}` : ''} ${nums}`;
  if (c.ratio === null) {
    const none =
      others === 1 ? 'none in the other article' : `a median of 0 in the other ${others}`;
    return `${reading}: ${one(c.value)}${first ? ` ${m.unit}` : ''}, against ${none}`;
  }
  return `${reading} ${times(c.ratio)} as often${first ? ` as ${against}` : ''} ${nums}`;
}

export function readArticles(
  articles: readonly ArticleSummary[],
  measures: readonly ReadableRate[],
): Reading[] {
  const rates = measures.filter((m) => m.rate);
  return articles.map((a) => {
    const others = articles.filter((o) => o !== a);
    const against =
      others.length === 1
        ? 'the other article'
        : `the median of the other ${others.length} articles`;
    if (others.length === 0)
      return {
        id: a.id,
        against: '',
        contrasts: [],
        text: 'Only one article: nothing to compare.',
      };
    const contrasts: Contrast[] = [];
    const enough = (x: ArticleSummary, m: ReadableRate) =>
      (x.values.get(m.rate!.words) ?? 0) >= MIN_WORDS;
    for (const m of rates) {
      const value = enough(a, m) ? a.values.get(m.key) : null;
      const baseline = median(
        others
          .filter((o) => enough(o, m))
          .map((o) => o.values.get(m.key))
          .filter((v): v is number => v != null),
      );
      if (value == null || baseline === null) continue;
      const higher = value > baseline;
      const counts = (higher ? [a] : others).map((x) => x.values.get(m.rate!.count) ?? 0);
      if (Math.max(...counts) < MIN_FINDINGS) continue;
      const score = Math.abs(Math.log((value + 1) / (baseline + 1)));
      if (score < Math.log(MIN_RATIO)) continue;
      contrasts.push({
        key: m.key,
        value,
        baseline,
        ratio: baseline > 0 ? value / baseline : null,
        higher,
        score,
      });
    }
    // Strongest first; where the article does more is the more telling statement.
    contrasts.sort((x, y) => Number(y.higher) - Number(x.higher) || y.score - x.score);
    const top = contrasts.slice(0, 2);
    const byKey = new Map(rates.map((m) => [m.key, m]));
    const text =
      top.length === 0
        ? `No rate differs from ${against} by half or more.`
        : `${top.map((c, i) => phrase(byKey.get(c.key)!, c, others.length, i === 0)).join('; it also ')}.`;
    return { id: a.id, against, contrasts: top, text: text[0]!.toUpperCase() + text.slice(1) };
  });
}
