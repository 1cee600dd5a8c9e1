/**
 * Features of a piece of annotated text (a sentence with a stance target, or a sentence to score),
 * for `framelens train` and `framelens eval --model`: the analyzer's pipeline runs on the text,
 * then the extractor of features.ts reads its result, as the analyzer itself does for each actor.
 */
import { runPipeline } from '../analyze.js';
import { textArticle } from '../eval/article-of-text.js';
import type { Lexicon } from '../lexicon/compile.js';
import { tokenRangeOf } from '../text/token-search.js';
import { type FeatureSet, stanceTargetFeatures, wholeTextFeatures } from './features.js';

/** Stance features of the target at characters `[start, end)` of a sentence. */
export function stanceFeatures(
  lexicon: Lexicon,
  text: string,
  start: number,
  end: number,
): FeatureSet {
  const { stance, index } = runPipeline(textArticle('target', text), lexicon);
  return stanceTargetFeatures(stance, index, tokenRangeOf(stance.layer.tokens, start, end));
}

/**
 * Sentence features for loaded language and hedging: findings in every voice, weighted
 * (`find:`) and present (`has:`), and modal and conditional words (`gram:`). No bag of words:
 * see features.ts.
 */
export function sentenceFeatures(lexicon: Lexicon, text: string): FeatureSet {
  return wholeTextFeatures(runPipeline(textArticle('sentence', text), lexicon).result);
}
