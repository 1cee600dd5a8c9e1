/**
 * What the stance stage reads about one article, built once and shared by every target:
 *
 *   clause[i]       clause id of token i (see grammar.ts)
 *   negated[i]      1 when a negator's scope covers token i ("did not attack")
 *   verbAt          connotation-verb matches by first token, for the role component
 *   findingAt(i, c) index of the finding of category c that starts at token i, if any
 *   tone[i]         general evaluative valence of token i (AFINN-165, -5..5), 0 when the token
 *                   is part of a finding, an actor name or a connotation verb (those are
 *                   counted by their own components)
 *   speakerOf[q]    actor id speaking in quotation q: the gazetteer's, else a discovered name
 *                   inside the speaker phrase
 *
 * Pure and cheap: a few passes over the tokens.
 */
import { negationCover } from '../detect/negation.js';
import type { Lexicon } from '../lexicon/compile.js';
import type { Match } from '../lexicon/match.js';
import { firstTokenAt } from '../text/token-search.js';
import type { Article, Finding, TextLayer, Token } from '../types.js';
import { clauseIds } from './grammar.js';
import { toneOf } from './tone.js';

export interface StanceContext {
  readonly article: Article;
  readonly layer: TextLayer;
  readonly lexicon: Lexicon;
  readonly findings: readonly Finding[];
  readonly clause: Int32Array;
  readonly negated: Uint8Array;
  readonly tone: Float32Array;
  /** Connotation-verb matches, in token order. */
  readonly verbs: readonly Match[];
  /** 1 for tokens of a connotation or reporting verb: they break a label's noun phrase. */
  readonly verbMask: Uint8Array;
  /** Label matches, in token order (attached or not). */
  readonly labels: readonly Match[];
  /** Index of the first finding of `category` that starts at token `token`, if any. */
  readonly findingAt: (token: number, category: Finding['category']) => number | undefined;
  /** Token range `[start, end)` of each finding. */
  readonly findingTokens: readonly { start: number; end: number }[];
  readonly speakerOf: readonly (string | null)[];
}

export function stanceContext(
  article: Article,
  layer: TextLayer,
  lexicon: Lexicon,
  matches: readonly Match[],
  findings: readonly Finding[],
): StanceContext {
  const { tokens } = layer;
  const clause = clauseIds(tokens, layer.sentences);
  const negated = negationCover({ article, layer, lexicon, matches });
  const verbs = matches.filter((m) => m.entry.category === 'connotation');
  const labels = matches.filter((m) => m.entry.category === 'label');
  const verbMask = new Uint8Array(tokens.length);
  for (const m of matches) {
    if (m.entry.category !== 'connotation' && m.entry.category !== 'reporting_verb') continue;
    for (let k = m.start; k < m.end; k += 1) verbMask[k] = 1;
  }

  // Per category, finding index by first token: looked up for every token of a target's
  // sentence, so keyed by the token number (a string key per lookup was garbage to collect).
  const byCategory = new Map<string, Map<number, number>>();
  const findingTokens = findings.map((f, i) => {
    const start = firstTokenAt(tokens, f.start);
    let end = start;
    while (end < tokens.length && tokens[end]!.start < f.end) end += 1;
    let at = byCategory.get(f.category);
    if (!at) {
      at = new Map();
      byCategory.set(f.category, at);
    }
    if (!at.has(start)) at.set(start, i);
    return { start, end };
  });
  const findingAt = (token: number, category: string): number | undefined =>
    byCategory.get(category)?.get(token);

  const tone = new Float32Array(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.kind === 'word' && !t.excluded && !inName(tokens, i)) tone[i] = toneOf(t.norm);
  }
  const silence = (start: number, end: number) => {
    for (let k = start; k < end; k += 1) tone[k] = 0;
  };
  for (const m of verbs) silence(m.start, m.end);
  findings.forEach((f, i) => {
    // Words that are findings of another kind are counted by their own components.
    if (f.category !== 'hedge' || f.rule_id !== 'scare-quote') {
      silence(findingTokens[i]!.start, findingTokens[i]!.end);
    }
  });

  const speakerOf = layer.quotations.map((q) => {
    if (q.kind !== 'speech') return null;
    if (q.speakerActor) return q.speakerActor;
    if (!q.speakerSpan) return null;
    // Findings are sorted by start: look only at those inside the speaker phrase (a scan of
    // every finding per quotation was quadratic on quotation-heavy text).
    let best: Finding | null = null;
    for (let i = firstTokenAt(findings, q.speakerSpan.start); i < findings.length; i += 1) {
      const f = findings[i]!;
      if (f.start >= q.speakerSpan.end) break;
      if (f.category !== 'actor' || !f.actor) continue;
      if (f.end <= q.speakerSpan.end) best = f;
    }
    return best?.actor ?? null;
  });
  return {
    article,
    layer,
    lexicon,
    findings,
    clause,
    negated,
    tone,
    verbs,
    verbMask,
    labels,
    findingAt,
    findingTokens,
    speakerOf,
  };
}

/**
 * True when token `i` is a capitalised word next to another in its sentence, a name: "Dick" in
 * "Dick Blumenthal", "Earnest" in "Josh Earnest". Such a word names someone and carries no
 * tone. (In a headline in title case the run is mostly a discovered name already, silenced as a
 * finding.)
 */
function inName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const cap = (k: number) => {
    const u = tokens[k];
    return u !== undefined && u.kind === 'word' && u.sentence === t.sentence && u.capitalized;
  };
  return t.capitalized && (cap(i - 1) || cap(i + 1));
}
