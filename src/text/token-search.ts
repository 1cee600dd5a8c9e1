import type { Span } from '../types.js';

/** Index of the first token that starts at or after `pos` (tokens sorted by start). */
export function firstTokenAt(tokens: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The tokens `[start, end)` covering the characters `[start, end)`: from the token at `start`
 * to the first token starting at or after `end`; a target inside one token ("Obama's") still
 * covers that token.
 */
export function tokenRangeOf(
  tokens: readonly Span[],
  start: number,
  end: number,
): { start: number; end: number } {
  const a = Math.min(firstTokenAt(tokens, start), Math.max(0, tokens.length - 1));
  let b = firstTokenAt(tokens, end);
  if (b <= a) b = a + 1;
  return { start: a, end: b };
}
