/**
 * Trained sentence models applied to an article (`--model` with a bias or hedge model from
 * `framelens train bias|hedge`): each sentence with words is one item, its features come from
 * the extractor `train` used on each training sentence (src/train/features.ts,
 * `sentenceSpanFeatures`), and each model reads it as
 *
 *   log_odds       = log(P(marked) / P(other)) = intercept + Σ_j contribution_j
 *   contribution_j = (w_marked[j] − w_other[j]) × x_j
 *
 * with the marked class `biased` (bias) or `uncertain` (hedge): every figure is a sum of
 * visible feature contributions, each with the words behind it. Findings inside quotations
 * are the speaker's, as everywhere, and come to the model as `@quoted` features, as they did
 * in training; the sentence's `voice` says whose words it holds, so a report can keep the
 * writer's sentences apart.
 */

import { type FeatureSet, sentenceSpanFeatures, wholeTextFeatures } from '../train/features.js';
import type { LoadedModel, Model } from '../train/model.js';
import { classProbabilities, listContributions, round6 } from '../train/model.js';
import type {
  ArticleResult,
  Finding,
  ScoredSentence,
  SentenceModelScore,
  SentenceTask,
  TextLayer,
} from '../types.js';
import { countWords } from './article-scores.js';

export const SENTENCE_TASKS: readonly SentenceTask[] = ['bias', 'hedge'];

/** The class each sentence task looks for, and the one it sets it against. */
export const MARKED: Readonly<Record<SentenceTask, { marked: string; other: string }>> = {
  bias: { marked: 'biased', other: 'non-biased' },
  hedge: { marked: 'uncertain', other: 'certain' },
};

/** Contributions kept per sentence and model (the CSV shows the first five). */
export const SENTENCE_TOP = 10;

export type SentenceModels = Readonly<Partial<Record<SentenceTask, LoadedModel>>>;

/** Why a model cannot score sentences for its task, or null when it can. */
export function usableSentenceModel(model: Model): string | null {
  if (model.task !== 'bias' && model.task !== 'hedge')
    return `a ${model.task} model does not score sentences`;
  const { marked, other } = MARKED[model.task];
  if (
    model.classes.length !== 2 ||
    !model.classes.includes(marked) ||
    !model.classes.includes(other)
  )
    return `a ${model.task} model needs exactly the classes ${other} and ${marked}`;
  return null;
}

function voiceOf(layer: TextLayer, from: number, to: number): ScoredSentence['voice'] | null {
  const { words, writer, quoted } = countWords(layer, from, to);
  if (words === 0) return null;
  return quoted === 0 ? 'writer' : writer === 0 ? 'quoted' : 'mixed';
}

function scoreWith(model: Model, task: SentenceTask, fs: FeatureSet): SentenceModelScore {
  const m = model.classes.indexOf(MARKED[task].marked);
  const o = model.classes.indexOf(MARKED[task].other);
  const { probabilities: p, best, present } = classProbabilities(model, fs);
  const sums = new Map<string, number>();
  for (const [j, v, name] of present) {
    const c = (model.weights[m]![j]! - model.weights[o]![j]!) * v;
    if (c !== 0) sums.set(name, c);
  }
  const { contributions, other } = listContributions(sums, fs.words, 1, SENTENCE_TOP);
  return {
    label: model.classes[best]!,
    probability: round6(p[m]!),
    log_odds: round6(Math.log(p[m]!) - Math.log(p[o]!)),
    intercept: round6(model.bias[m]! - model.bias[o]!),
    contributions,
    other,
  };
}

/** Every sentence with words (outside excluded spans) read by each of the run's sentence models. */
export function scoreSentences(
  text: string,
  layer: TextLayer,
  findings: readonly Finding[],
  models: SentenceModels,
): ScoredSentence[] {
  const bySentence = new Map<number, Finding[]>();
  for (const f of findings) {
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  const out: ScoredSentence[] = [];
  layer.sentences.forEach((s, i) => {
    const voice = voiceOf(layer, s.tokenStart, s.tokenEnd);
    if (voice === null) return;
    const fs = sentenceSpanFeatures(
      text,
      layer.tokens,
      bySentence.get(i) ?? [],
      s.tokenStart,
      s.tokenEnd,
    );
    const scored: { -readonly [K in keyof ScoredSentence]: ScoredSentence[K] } = {
      sentence: i,
      start: s.start,
      end: s.end,
      voice,
    };
    for (const task of SENTENCE_TASKS) {
      const loaded = models[task];
      if (loaded) scored[task] = scoreWith(loaded.model, task, fs);
    }
    out.push(scored);
  });
  return out;
}

/**
 * A whole analyzed text read as one sentence by the run's `task` model, as `train` read each
 * training sentence (for `eval bias|hedge --model`); null without such a model.
 */
export function scoreText(
  r: ArticleResult,
  models: SentenceModels | undefined,
  task: SentenceTask,
): SentenceModelScore | null {
  const loaded = models?.[task];
  return loaded ? scoreWith(loaded.model, task, wholeTextFeatures(r)) : null;
}
