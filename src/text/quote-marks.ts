/**
 * Pairs quotation marks into quoted spans. Straight and curly double quotes and guillemets.
 *
 * A straight `"` opens when it follows a space, the start of text or an opening bracket and
 * precedes a non-space; otherwise it closes. A quote may run across one blank line only when
 * the paragraph it opened in stops mid-sentence (no final punctuation): the seed column breaks
 * "accusing\n\nUkraine of having tried ..." inside one quotation. News style continues a quote
 * into the next paragraph by opening it again without closing it: that ends the first quote at
 * its paragraph end. An unclosed quote ends at the end of its paragraph.
 */

import { type Paragraphs, paragraphEnd, paragraphOf } from './paragraphs.js';
import type { RawToken } from './tokenize.js';

export interface QuoteSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** True when the closing mark was found; false when the paragraph end closed it. */
  closed: boolean;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const OPENING_CONTEXT = /[\s([{\u2014\u2013/-]/;
const TERMINAL = /[.!?:…"”]\s*$/;

type Role = 'open' | 'close';

function roleOf(text: string, tok: RawToken, pending: boolean): Role {
  if (OPENERS.has(tok.norm)) return 'open';
  if (CLOSERS.has(tok.norm)) return 'close';
  const before = tok.start === 0 ? ' ' : text.charAt(tok.start - 1);
  const after = tok.end >= text.length ? ' ' : text.charAt(tok.end);
  const canOpen = OPENING_CONTEXT.test(before) && !/\s/.test(after);
  const canClose = !/\s/.test(before);
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  return pending ? 'close' : 'open';
}

// A quotation holds at least one letter or digit: marks around nothing ("“”", a run of “““)
// quote no words, and counting each as a scare quote would flood the findings.
const HAS_WORD = /[\p{L}\p{N}]/u;

export function pairQuotes(
  text: string,
  tokens: readonly RawToken[],
  paras: Paragraphs,
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const out = {
    push(span: QuoteSpan): void {
      if (HAS_WORD.test(text.slice(span.innerStart, span.innerEnd))) spans.push(span);
    },
  };
  let open: RawToken | null = null;
  let openPara = -1;

  const closeAtParagraphEnd = (mark: RawToken): void => {
    const end = paragraphEnd(paras, paragraphOf(paras, mark.start), text.length);
    const innerEnd = Math.max(mark.end, end);
    out.push({ start: mark.start, end: innerEnd, innerStart: mark.end, innerEnd, closed: false });
  };

  for (const tok of tokens) {
    if (
      tok.kind !== 'punct' ||
      !(tok.norm === '"' || OPENERS.has(tok.norm) || CLOSERS.has(tok.norm))
    ) {
      continue;
    }
    const para = paragraphOf(paras, tok.start);
    if (open && para !== openPara) {
      const openEnd = paragraphEnd(paras, openPara, text.length);
      const continues = para === openPara + 1 && !TERMINAL.test(text.slice(open.end, openEnd));
      if (!continues) {
        closeAtParagraphEnd(open);
        open = null;
      }
    }
    const role = roleOf(text, tok, open !== null);
    if (role === 'open') {
      // An unclosed quote ends where the next one opens (quotations never overlap), or at its
      // own paragraph's end when the next one opens in a later paragraph.
      if (open && para === openPara) {
        out.push({
          start: open.start,
          end: tok.start,
          innerStart: open.end,
          innerEnd: tok.start,
          closed: false,
        });
      } else if (open) closeAtParagraphEnd(open);
      open = tok;
      openPara = para;
    } else if (open) {
      out.push({
        start: open.start,
        end: tok.end,
        innerStart: open.end,
        innerEnd: tok.start,
        closed: true,
      });
      open = null;
    }
  }
  if (open) closeAtParagraphEnd(open);
  return spans;
}

/** Index of the quote span strictly containing `pos` (quotes are sorted and disjoint), or -1. */
export function quoteContaining(quotes: readonly QuoteSpan[], pos: number): number {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (pos <= q.start) hi = mid - 1;
    else if (pos >= q.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
