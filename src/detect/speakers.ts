/**
 * Resolves each quotation's speaker phrase to an actor: the last actor mentioned inside the
 * speaker phrase, since English puts the head of a name phrase last ("Washington Post
 * columnist David Ignatius" is Ignatius; "the US National Security spokesperson" is the
 * spokesperson, whom the gazetteer knows as John Kirby).
 */
import type { Lexicon } from '../lexicon/compile.js';
import type { Match } from '../lexicon/match.js';
import { firstTokenAt } from '../text/token-search.js';
import type { Quotation, TextLayer } from '../types.js';

export function resolveSpeakers(
  layer: TextLayer,
  matches: readonly Match[],
  lexicon: Lexicon,
): TextLayer {
  const { tokens } = layer;
  // In token order, as the matcher found them: a speaker phrase's actor mentions are found by
  // binary search, not by a scan of every mention per quotation (quadratic on long texts).
  const actorMatches = matches.filter((m) => m.entry.actor !== null);
  const starts = actorMatches.map((m) => ({ start: tokens[m.start]!.start, end: 0 }));
  const quotations = layer.quotations.map((q): Quotation => {
    if (!q.speakerSpan) return q;
    const span = q.speakerSpan;
    let best: Match | null = null;
    for (let i = firstTokenAt(starts, span.start); i < actorMatches.length; i += 1) {
      const m = actorMatches[i]!;
      if (tokens[m.start]!.start >= span.end) break;
      const e = tokens[m.end - 1]!.end;
      if (e <= span.end && (!best || m.start > best.start)) best = m;
    }
    const id = best?.entry.actor?.id ?? null;
    return id && lexicon.actors.has(id) ? { ...q, speakerActor: id } : q;
  });
  return { ...layer, quotations };
}
