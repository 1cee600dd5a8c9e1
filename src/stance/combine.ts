/**
 * How cues become a stance: the one place where weights live. A cue's value is
 *
 *   value = clamp(raw × WEIGHTS[feature] × (quoted ? QUOTED_WEIGHT : 1), -1, 1)
 *
 * and an actor's stance over its n pieces of evidence x_1..x_n is their mean shrunk toward 0
 * by K pseudo-observations of 0, so that one stray word cannot make a strong stance:
 *
 *   stance = Σ x_i / (n + K)
 *
 * Its 95% interval is a normal approximation over the n + K values, with a prior variance τ²
 * added K times so that a single piece of evidence gives a wide interval:
 *
 *   s² = (Σ (y_j − stance)² + K·τ²) / (n + K)      y = x_1..x_n and K zeros
 *   interval = stance ± 1.96 · s / √(n + K), clipped to [-1, 1]
 *
 * Each component is the plain mean of its own values. Evidence inside a quotation is the
 * speaker's view and counts for the writer only at QUOTED_WEIGHT ("only weakly"). The weights
 * were set by hand from what each cue means (a later issue learns them with the same features).
 */
import type { FeatureName } from './features.js';

export const WEIGHTS: Readonly<Record<FeatureName, number>> = {
  eval_loaded: 1.5,
  eval_tone: 0.8,
  eval_context: 0.3,
  role_agent: 1,
  role_agent_harm: 0.5,
  role_agent_help: 0.5,
  role_target_victim: 0.3,
  role_target_punished: 0.6,
  role_target_blamed: 0.6,
  role_target_praised: 0.5,
  role_target_helped: 0.4,
  label: 1,
  reporting_verb: 0.4,
  speech_tone: 0.2,
  hedge_claim: 0.6,
  hedge_accusation: 0.3,
};

export const QUOTED_WEIGHT = 0.25;
export const SHRINK_K = 1;
export const PRIOR_SD = 0.5;

export function cueValue(feature: FeatureName, raw: number, quoted: boolean): number {
  const v = raw * WEIGHTS[feature] * (quoted ? QUOTED_WEIGHT : 1);
  return Math.max(-1, Math.min(1, v));
}

export interface Aggregate {
  readonly stance: number | null;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function aggregate(values: readonly number[]): Aggregate {
  const n = values.length;
  if (n === 0) return { stance: null, ciLow: null, ciHigh: null };
  const N = n + SHRINK_K;
  const mean = values.reduce((a, b) => a + b, 0) / N;
  let ss = SHRINK_K * (mean * mean + PRIOR_SD * PRIOR_SD);
  for (const x of values) ss += (x - mean) ** 2;
  const se = Math.sqrt(ss / N) / Math.sqrt(N);
  const clip = (x: number) => round(Math.max(-1, Math.min(1, x)));
  return { stance: clip(mean), ciLow: clip(mean - 1.96 * se), ciHigh: clip(mean + 1.96 * se) };
}

/**
 * Sentence-level label from a score: neutral inside the band. The band is narrow because a
 * sentence's score is already shrunk toward 0 (K = 1).
 */
export const NEUTRAL_BAND = 0.02;

export function polarityLabel(score: number | null): 'negative' | 'neutral' | 'positive' {
  if (score === null || Math.abs(score) < NEUTRAL_BAND) return 'neutral';
  return score < 0 ? 'negative' : 'positive';
}

/**
 * Article-level label: negative or positive only when the whole 95% interval is on that side of
 * zero, so an actor with a few mildly negative words around it stays neutral.
 */
export function intervalLabel(
  ciLow: number | null,
  ciHigh: number | null,
): 'negative' | 'neutral' | 'positive' {
  if (ciLow === null || ciHigh === null) return 'neutral';
  return ciHigh < 0 ? 'negative' : ciLow > 0 ? 'positive' : 'neutral';
}
