/**
 * Sentence boundaries over tokens. A sentence ends:
 * - after `.`, `!`, `?` or `…` (and any closing quotes or brackets right after it) when white
 *   space and then a capital, a digit or an opening quote follow, unless the `.` ends an
 *   abbreviation ("Gen.", "Mr.") or an initial ("George W. Bush");
 * - at a blank line, unless the blank line falls inside a quotation that runs on, or the next
 *   paragraph starts in lower case: "… accusing\n\nUkraine of having tried …" stays one sentence
 *   because the quotation opened before the break has not closed;
 * - at the end of the text.
 */
import type { Sentence } from '../types.js';
import { ABBREVIATIONS } from './function-words.js';
import { breakBetween, type Paragraphs } from './paragraphs.js';
import { type QuoteSpan, quoteContaining } from './quote-marks.js';
import type { RawToken } from './tokenize.js';

const TERMINALS = new Set(['.', '!', '?', '…']);
const CLOSING = new Set([')', ']', '’', "'", '»', '”']);

function startsSentence(t: RawToken): boolean {
  if (t.kind === 'number') return true;
  if (t.kind === 'punct') return /["“«(['‘]/.test(t.norm);
  return t.capitalized;
}

function isAbbreviation(tokens: readonly RawToken[], i: number): boolean {
  const dot = tokens[i]!;
  const prev = tokens[i - 1];
  if (dot.norm !== '.' || !prev || prev.end !== dot.start || prev.kind !== 'word') return false;
  if (ABBREVIATIONS.has(prev.norm)) return true;
  return prev.end - prev.start === 1 && prev.capitalized;
}

export function splitSentences(
  text: string,
  tokens: RawToken[],
  paras: Paragraphs,
  quotes: readonly QuoteSpan[],
): Sentence[] {
  const quoteEnds = new Set(quotes.map((q) => q.end));
  const insideRunOnQuote = (a: number, b: number): boolean => {
    const q = quotes[quoteContaining(quotes, a)];
    return q !== undefined && b < q.end && breakBetween(paras, q.start, q.end);
  };
  const sentences: Sentence[] = [];
  let first = 0;

  const close = (last: number): void => {
    if (last < first) return;
    const idx = sentences.length;
    for (let k = first; k <= last; k += 1) tokens[k]!.sentence = idx;
    sentences.push({
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      tokenStart: first,
      tokenEnd: last + 1,
    });
    first = last + 1;
  };

  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i]!;
    let last = i;
    const terminal = tok.kind === 'punct' && TERMINALS.has(tok.norm) && !isAbbreviation(tokens, i);
    if (terminal) {
      while (last + 1 < tokens.length) {
        const t = tokens[last + 1]!;
        const closes = CLOSING.has(t.norm) || (t.norm === '"' && quoteEnds.has(t.end));
        if (t.kind !== 'punct' || !closes || t.start !== tokens[last]!.end) break;
        last += 1;
      }
    }
    const next = tokens[last + 1];
    if (!next) {
      close(last);
      break;
    }
    const gap = text.slice(tokens[last]!.end, next.start);
    const blank = /\n[^\S\n]*\n/.test(gap);
    if (blank) {
      const runsOn = insideRunOnQuote(tokens[last]!.end, next.start);
      const lowerNext = next.kind === 'word' && !next.capitalized;
      if (!runsOn && !(lowerNext && !terminal)) close(last);
      i = last;
    } else if (terminal && gap.length > 0 && startsSentence(next)) {
      close(last);
      i = last;
    }
  }
  return sentences;
}
