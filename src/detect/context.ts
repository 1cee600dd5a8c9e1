/**
 * What every detector reads: the article, its text layer, the lexicon matches over its tokens,
 * and the voice of each token. Detectors are pure functions of this context.
 */
import type { Lexicon } from '../lexicon/compile.js';
import type { Match } from '../lexicon/match.js';
import type { Article, TextLayer, Voice } from '../types.js';

export interface DetectContext {
  readonly article: Article;
  readonly layer: TextLayer;
  readonly lexicon: Lexicon;
  readonly matches: readonly Match[];
}

export interface VoiceOf {
  voice: Voice;
  speaker: string | null;
}

const WRITER: VoiceOf = { voice: 'writer', speaker: null };

/** The voice of token `i`: a speech quotation's speaker, else the writer's (scare quotes too). */
export function voiceOfToken(ctx: DetectContext, i: number): VoiceOf {
  const q = ctx.layer.tokens[i]?.quote ?? -1;
  const quote = ctx.layer.quotations[q];
  if (quote?.kind !== 'speech') return WRITER;
  const actor = quote.speakerActor ? ctx.lexicon.actors.get(quote.speakerActor) : undefined;
  return { voice: 'quoted', speaker: actor?.name ?? quote.speaker };
}
