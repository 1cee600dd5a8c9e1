/**
 * The trained stance model applied to an article: each mention of an actor in the writer's
 * voice is one target, its features are extracted by the same code `framelens train` used
 * (src/train/features.ts), and the model scores it. Per actor:
 *
 *   score_i  = P(positive) − P(negative)              for each scored mention i
 *   stance   = aggregate(score_1..score_n)            the rules' shrunk mean and interval
 *   log_odds = mean_i log(P(positive) / P(negative)) = intercept + Σ_j contribution_j
 *            (the TOP_CONTRIBUTIONS largest listed, the rest summed as `other`)
 *   contribution_j = mean_i (w_positive[j] − w_negative[j]) × x_ij
 *
 * so every number is a sum of visible feature contributions, each with the words behind it.
 * Mentions inside quotations are the speaker's words, not the writer's, and are not scored.
 */
import { type FeatureSet, remember, stanceTargetFeatures } from '../train/features.js';
import { classProbabilities, listContributions, type Model, round6 } from '../train/model.js';
import type { ModelStance } from '../types.js';
import { aggregate } from './combine.js';
import type { StanceContext } from './context.js';
import type { StanceIndex } from './features.js';

/** Contributions kept per actor (the CSV shows the first five). */
export const TOP_CONTRIBUTIONS = 10;

const CLASSES = ['negative', 'neutral', 'positive'] as const;

interface Acc {
  scores: number[];
  logOdds: number;
  labels: Record<(typeof CLASSES)[number], number>;
  sums: Map<string, number>;
  words: Map<string, string[]>;
}

/** Class indices of a stance model; a model without negative and positive cannot score stance. */
export function stanceClassIndex(model: Model): { neg: number; pos: number } {
  return { neg: model.classes.indexOf('negative'), pos: model.classes.indexOf('positive') };
}

function addWords(into: Map<string, string[]>, fs: FeatureSet, feature: string): void {
  for (const w of fs.words.get(feature) ?? []) remember(into, feature, w);
}

/** The model's stance toward every actor with a mention in the article, by actor id. */
export function modelStances(
  sc: StanceContext,
  ix: StanceIndex,
  model: Model,
): Map<string, ModelStance> {
  const { neg, pos } = stanceClassIndex(model);
  const intercept = model.bias[pos]! - model.bias[neg]!;
  const acc = new Map<string, Acc>();
  const accOf = (actor: string): Acc => {
    let a = acc.get(actor);
    if (!a) {
      a = {
        scores: [],
        logOdds: 0,
        labels: { negative: 0, neutral: 0, positive: 0 },
        sums: new Map(),
        words: new Map(),
      };
      acc.set(actor, a);
    }
    return a;
  };
  sc.findings.forEach((f, i) => {
    if (f.category !== 'actor' || !f.actor) return;
    const a = accOf(f.actor);
    if (f.voice !== 'writer') return;
    const fs = stanceTargetFeatures(sc, ix, sc.findingTokens[i]!);
    // Probabilities only: the contributions wanted here are toward positive against negative,
    // not toward the predicted class as `predict` explains it.
    const { probabilities: p, best, present } = classProbabilities(model, fs);
    a.scores.push(p[pos]! - p[neg]!);
    a.logOdds += Math.log(p[pos]!) - Math.log(p[neg]!);
    const label = model.classes[best] as (typeof CLASSES)[number];
    if (label in a.labels) a.labels[label] += 1;
    for (const [j, v, name] of present) {
      const c = (model.weights[pos]![j]! - model.weights[neg]![j]!) * v;
      if (c === 0) continue;
      a.sums.set(name, (a.sums.get(name) ?? 0) + c);
      addWords(a.words, fs, name);
    }
  });
  const out = new Map<string, ModelStance>();
  for (const [actor, a] of acc) {
    const n = a.scores.length;
    const agg = aggregate(a.scores);
    const { contributions, other } = listContributions(a.sums, a.words, n, TOP_CONTRIBUTIONS);
    out.set(actor, {
      mentions: n,
      stance: agg.stance,
      ci_low: agg.ciLow,
      ci_high: agg.ciHigh,
      labels: a.labels,
      log_odds: n ? round6(a.logOdds / n) : null,
      intercept: round6(intercept),
      contributions,
      other,
    });
  }
  return out;
}

/** The model a run uses, checked once: a stance model with negative and positive classes. */
export function usableStanceModel(model: Model): string | null {
  if (model.task !== 'stance') return `a ${model.task} model cannot score stance`;
  const { neg, pos } = stanceClassIndex(model);
  if (neg < 0 || pos < 0) return 'a stance model needs the classes negative and positive';
  return null;
}
