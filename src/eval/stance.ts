/**
 * Sentence-level stance toward a given target span, scored against people's labels (NewsMTSC
 * format: `{id, text, target, target_start, target_end, polarity}`). Each sentence goes through
 * the whole pipeline as a one-sentence article; the target span's cues (src/stance/features.ts)
 * are weighed and shrunk exactly as for an actor in an article (src/stance/combine.ts), and the
 * score becomes negative / neutral / positive by the neutral band.
 */
import { z } from 'zod';
import { runPipeline } from '../analyze.js';
import type { Lexicon } from '../lexicon/compile.js';
import type { Column } from '../report/columns.js';
import { aggregate, cueValue, polarityLabel } from '../stance/combine.js';
import { type Cue, targetCues } from '../stance/features.js';
import { tokenRangeOf } from '../text/token-search.js';
import { explain, type Model, predict } from '../train/model.js';
import { stanceFeatures } from '../train/text-features.js';
import { textArticle } from './article-of-text.js';
import { multiclass } from './metrics.js';

export const POLARITIES = ['negative', 'neutral', 'positive'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const stanceRecord = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string().min(1),
  target: z.string(),
  target_start: z.number().int().min(0),
  target_end: z.number().int().min(1),
  polarity: z.enum(POLARITIES),
});
export type StanceRecord = z.infer<typeof stanceRecord>;

export interface TargetStance {
  readonly score: number | null;
  readonly label: Polarity;
  readonly cues: readonly Cue[];
}

/** The writer's stance toward the characters `[start, end)` of `text`. */
export function targetStance(
  lexicon: Lexicon,
  text: string,
  start: number,
  end: number,
): TargetStance {
  const { stance, index } = runPipeline(textArticle('target', text), lexicon);
  const cues = targetCues(stance, index, tokenRangeOf(stance.layer.tokens, start, end));
  const score = aggregate(cues.map((c) => cueValue(c.feature, c.raw, c.quote >= 0))).stance;
  return { score, label: polarityLabel(score), cues };
}

export interface StancePrediction {
  readonly id: string;
  readonly target: string;
  readonly gold: Polarity;
  readonly predicted: Polarity;
  readonly score: number | null;
  readonly cues: string;
}

export interface StanceSummary {
  readonly n: number;
  readonly macro_f1: number | null;
  readonly accuracy: number | null;
  readonly f1_negative: number | null;
  readonly f1_neutral: number | null;
  readonly f1_positive: number | null;
}

/** With a trained model: its label, P(positive) − P(negative) as the score, its top contributions. */
function modelStance(model: Model, lexicon: Lexicon, r: StanceRecord): StancePrediction {
  const p = predict(model, stanceFeatures(lexicon, r.text, r.target_start, r.target_end));
  const prob = (c: string) => p.probabilities[model.classes.indexOf(c)] ?? 0;
  return {
    id: r.id,
    target: r.target,
    gold: r.polarity,
    predicted: p.label as Polarity,
    score: Math.round((prob('positive') - prob('negative')) * 1e6) / 1e6,
    cues: explain(p),
  };
}

/** Scores each record; with a stance model on the lexicon (`--model`), by the model. */
export function evaluateStance(
  records: readonly StanceRecord[],
  lexicon: Lexicon,
): { summary: StanceSummary; predictions: StancePrediction[] } {
  const model = lexicon.stanceModel?.model;
  const predictions = records.map((r): StancePrediction => {
    if (model) return modelStance(model, lexicon, r);
    const t = targetStance(lexicon, r.text, r.target_start, r.target_end);
    return {
      id: r.id,
      target: r.target,
      gold: r.polarity,
      predicted: t.label,
      score: t.score,
      cues: t.cues.map((c) => `${c.feature}${c.quote >= 0 ? '@quoted' : ''}:${c.note}`).join('; '),
    };
  });
  const m = multiclass(
    POLARITIES,
    predictions.map((p) => p.gold),
    predictions.map((p) => p.predicted),
  );
  return {
    summary: {
      n: predictions.length,
      macro_f1: m.macro_f1,
      accuracy: m.accuracy,
      f1_negative: m.per_class.negative,
      f1_neutral: m.per_class.neutral,
      f1_positive: m.per_class.positive,
    },
    predictions,
  };
}

export const stancePredictionColumns: readonly Column<StancePrediction>[] = [
  { name: 'id', type: 'text', description: 'Record id', get: (p) => p.id },
  { name: 'target', type: 'text', description: 'Target as annotated', get: (p) => p.target },
  { name: 'gold', type: 'enum', values: POLARITIES, description: 'Gold label', get: (p) => p.gold },
  {
    name: 'predicted',
    type: 'enum',
    values: POLARITIES,
    description: 'Predicted label',
    get: (p) => p.predicted,
  },
  {
    name: 'score',
    type: 'decimal',
    description: 'Stance score in [-1, 1]; empty without evidence',
    get: (p) => p.score,
  },
  {
    name: 'cues',
    type: 'text',
    description:
      'The cues that made the score; with --model, the top feature contributions (weight × value toward the predicted class) and their words',
    get: (p) => p.cues,
  },
];
