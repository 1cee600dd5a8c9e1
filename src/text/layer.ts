/**
 * The text layer: tokens, sentences and quotations of one article, in this order:
 *
 *   1. tokenize            words, numbers, clitics and punctuation with offsets
 *   2. exclude             tokens in the article's excluded spans (footer, byline) are marked
 *   3. pair quote marks    quoted spans, including one that runs across a stray blank line
 *   4. split sentences     aware of the quoted spans
 *   5. attribute quotes    speaker, reporting verb, speech or scare quote
 *   6. assign voice        each token belongs to the writer (-1) or to one quotation
 *
 * Step 5 needs to know where reporting verbs are, which the lexicon engine knows, and the
 * lexicon engine needs sentences: so `segment` runs steps 1–4 and 6, the caller matches the
 * lexicons, and `attribute` runs step 5 with the reporting verbs found.
 */
import type { Article, Quotation, Sentence, Span, TextLayer, Token } from '../types.js';
import { attributeQuotes, type VerbAt } from './attribution.js';
import { findParagraphs } from './paragraphs.js';
import { pairQuotes, type QuoteSpan } from './quote-marks.js';
import { splitSentences } from './sentences.js';
import { type RawToken, tokenize } from './tokenize.js';

function markExcluded(tokens: RawToken[], excluded: readonly Span[]): void {
  let e = 0;
  for (const t of tokens) {
    while (e < excluded.length && excluded[e]!.end <= t.start) e += 1;
    const span = excluded[e];
    if (span && span.start <= t.start && t.end <= span.end) t.excluded = true;
  }
}

export function tokenizeArticle(article: Article): RawToken[] {
  const tokens = tokenize(article.text);
  if (article.excluded.length > 0) markExcluded(tokens, article.excluded);
  return tokens;
}

/** Steps 3–4 and 6: quotations and sentences, before any lexicon has been matched. */
export interface Segmented {
  readonly article: Article;
  readonly tokens: RawToken[];
  readonly sentences: readonly Sentence[];
  readonly spans: readonly QuoteSpan[];
}

export function segment(article: Article, tokens: RawToken[]): Segmented {
  const { text } = article;
  const paras = findParagraphs(text);
  const spans = pairQuotes(
    text,
    tokens.filter((t) => !t.excluded),
    paras,
  );
  let q = 0;
  for (const t of tokens) {
    while (q < spans.length && spans[q]!.end <= t.start) q += 1;
    const span = spans[q];
    t.quote = span && span.start <= t.start && t.end <= span.end ? q : -1;
  }
  const sentences = splitSentences(text, tokens, paras, spans);
  return { article, tokens, sentences, spans };
}

/** Step 5: speakers and reporting verbs, given where the reporting verbs are. */
export function attribute(seg: Segmented, verbAt: VerbAt): TextLayer {
  const { tokens, sentences, spans } = seg;
  const { text } = seg.article;
  const attributions = attributeQuotes(tokens, sentences, spans, verbAt);
  const spanOf = (r: { start: number; end: number } | null): Span | null =>
    r ? { start: tokens[r.start]!.start, end: tokens[r.end - 1]!.end } : null;
  const quotations: Quotation[] = spans.map((s, i) => {
    const a = attributions[i]!;
    const speakerSpan = spanOf(a.speaker);
    const verbSpan = spanOf(a.verb);
    return {
      start: s.start,
      end: s.end,
      inner: { start: s.innerStart, end: s.innerEnd },
      kind: a.kind,
      speaker: speakerSpan ? text.slice(speakerSpan.start, speakerSpan.end) : null,
      speakerSpan,
      speakerActor: null,
      verb: verbSpan ? text.slice(verbSpan.start, verbSpan.end) : null,
      verbSpan,
      attribution: a.pattern,
    };
  });
  return { sentences, tokens: tokens as readonly Token[], quotations };
}
