/**
 * Per-article counts and rates, computed from findings and word counts only, so every number
 * can be traced back to highlighted words.
 *
 * Words are word and number tokens outside excluded spans (clitics and punctuation are not
 * words; "much-publicized" is two words). A token belongs to the quoted voice when it lies in a
 * speech quotation; scare-quoted words stay the writer's.
 */
import { REPORTING_CLASSES } from '../lexicon/schema.js';
import type { ArticleScores, Finding, TextLayer } from '../types.js';

const per1k = (count: number, words: number): number | null =>
  words > 0 ? (count * 1000) / words : null;

/** Words of tokens `[from, to)` (default: all), in the writer's voice and inside speech quotations. */
export function countWords(
  layer: TextLayer,
  from = 0,
  to = layer.tokens.length,
): { words: number; writer: number; quoted: number } {
  let writer = 0;
  let quoted = 0;
  for (let i = from; i < to; i += 1) {
    const t = layer.tokens[i]!;
    if (t.excluded || (t.kind !== 'word' && t.kind !== 'number')) continue;
    const q = t.quote >= 0 ? layer.quotations[t.quote] : undefined;
    if (q && q.kind === 'speech') quoted += 1;
    else writer += 1;
  }
  return { words: writer + quoted, writer, quoted };
}

export function scoreArticle(layer: TextLayer, findings: readonly Finding[]): ArticleScores {
  const w = countWords(layer);
  let loadedWriter = 0;
  let loadedWeight = 0;
  let loadedQuoted = 0;
  let hedges = 0;
  let boosters = 0;
  const reporting: Record<string, number> = Object.create(null);
  for (const c of REPORTING_CLASSES) reporting[c] = 0;
  for (const f of findings) {
    const writer = f.voice === 'writer';
    switch (f.category) {
      case 'loaded':
        if (writer) {
          loadedWriter += 1;
          loadedWeight += f.weight;
        } else loadedQuoted += 1;
        break;
      case 'hedge':
        if (writer) hedges += 1;
        break;
      case 'booster':
        if (writer) boosters += 1;
        break;
      case 'reporting_verb':
        if (writer && f.class !== null && Object.hasOwn(reporting, f.class))
          reporting[f.class]! += 1;
        break;
      default:
        break;
    }
  }
  return {
    words: w.words,
    writer_words: w.writer,
    quoted_words: w.quoted,
    loaded_writer_count: loadedWriter,
    loaded_writer_per_1k: per1k(loadedWriter, w.writer),
    loaded_writer_weighted_per_1k: per1k(loadedWeight, w.writer),
    loaded_quoted_count: loadedQuoted,
    loaded_quoted_per_1k: per1k(loadedQuoted, w.quoted),
    hedge_count: hedges,
    hedge_per_1k: per1k(hedges, w.writer),
    booster_count: boosters,
    booster_per_1k: per1k(boosters, w.writer),
    reporting,
    quotations: layer.quotations.filter((q) => q.kind === 'speech').length,
    scare_quotes: layer.quotations.filter((q) => q.kind === 'scare').length,
  };
}
