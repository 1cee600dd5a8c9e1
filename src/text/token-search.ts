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
