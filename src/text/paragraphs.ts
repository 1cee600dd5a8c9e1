/**
 * Paragraphs: runs of text separated by a blank line. Stored as the sorted list of break
 * ranges so a position's paragraph is one binary search.
 */
import type { Span } from '../types.js';

export interface Paragraphs {
  /** Each blank-line break as the span of its whitespace, sorted. */
  readonly breaks: readonly Span[];
}

export function findParagraphs(text: string): Paragraphs {
  const breaks: Span[] = [];
  const re = /\n[ \t\r\f\v\u00a0]*\n\s*/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    breaks.push({ start: m.index, end: m.index + m[0].length });
  }
  return { breaks };
}

/** Index of the paragraph holding `pos`: the number of breaks that end at or before it. */
export function paragraphOf(p: Paragraphs, pos: number): number {
  let lo = 0;
  let hi = p.breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.breaks[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Character offset where paragraph `index` ends (its last non-space character + 1). */
export function paragraphEnd(p: Paragraphs, index: number, textLength: number): number {
  const brk = p.breaks[index];
  return brk ? brk.start : textLength;
}

/** True when a blank line lies between offsets `a` and `b` (a < b). */
export function breakBetween(p: Paragraphs, a: number, b: number): boolean {
  return paragraphOf(p, a) !== paragraphOf(p, b);
}
