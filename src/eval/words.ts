/**
 * Word-level comparison against annotations that list words as written (BABE's
 * `biased_words`: whitespace-separated words with their punctuation, "left-wing", "“hoax”").
 *
 * Both sides are reduced to the same unit: a whitespace-delimited word of the sentence, lower
 * case, curly apostrophes straightened, leading and trailing punctuation removed. A finding
 * covers every such word it overlaps, so the finding "so-called" is the word "so-called" and the
 * phrase finding "illegal aliens" is the two words "illegal" and "aliens".
 */

export function normalizeWord(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The normalized whitespace-delimited words of `text` that overlap `[start, end)`. */
export function wordsInSpan(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  // Walk left to the start of the word holding `start`, then word by word to `end`.
  let i = start;
  while (i > 0 && !/\s/.test(text.charAt(i - 1))) i -= 1;
  while (i < end) {
    while (i < text.length && /\s/.test(text.charAt(i))) i += 1;
    if (i >= end) break;
    let j = i;
    while (j < text.length && !/\s/.test(text.charAt(j))) j += 1;
    const w = normalizeWord(text.slice(i, j));
    if (w) out.push(w);
    i = j;
  }
  return out;
}

/** Matched counts of predicted and gold word sets, for precision (by predicted) and recall (by gold). */
export function compareWords(
  predicted: ReadonlySet<string>,
  gold: ReadonlySet<string>,
): { predicted: number; gold: number; matched: number } {
  let matched = 0;
  for (const w of predicted) if (gold.has(w)) matched += 1;
  return { predicted: predicted.size, gold: gold.size, matched };
}
