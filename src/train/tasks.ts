/**
 * The three trainable tasks: how a record of each annotated format becomes a feature set
 * (src/train/features.ts, the analyzer's own extractor) and a class.
 */
import type { z } from 'zod';
import { babeRecord } from '../eval/bias.js';
import { factbankRecord } from '../eval/hedge.js';
import { POLARITIES, stanceRecord } from '../eval/stance.js';
import type { Lexicon } from '../lexicon/compile.js';
import { MARKED } from '../score/sentence-models.js';
import type { FeatureSet } from './features.js';
import type { Task } from './model.js';
import { sentenceFeatures, stanceFeatures } from './text-features.js';
import { DEFAULT_TRAIN } from './train.js';

const SENTENCE_MIN_COUNT = 5;

export interface TrainTask<R> {
  readonly name: Task;
  readonly schema: z.ZodType<R>;
  readonly classes: readonly string[];
  readonly features: (lexicon: Lexicon, r: R) => FeatureSet;
  readonly label: (r: R) => string;
  /** The annotated format, for help text. */
  readonly format: string;
  /**
   * The default minimum count of a feature (`TrainOptions.minCount`), chosen per task by the
   * mean cross-validated figure over fold seeds 42, 1 and 7 on the training file. Stance: 15
   * (see DEFAULT_TRAIN). Bias and hedge, which read one feature set: 5 (FactBank dev, F1
   * uncertain: 2: 0.775, 3: 0.775, 5: 0.780, 8: 0.769, 10: 0.768, 15: 0.739; BABE dev,
   * macro-F1: 2: 0.701, 3: 0.701, 5: 0.702, 8: 0.703, 10: 0.703, 15: 0.702).
   */
  readonly minCount: number;
}

const stance: TrainTask<z.infer<typeof stanceRecord>> = {
  name: 'stance',
  schema: stanceRecord,
  classes: POLARITIES,
  features: (lex, r) => stanceFeatures(lex, r.text, r.target_start, r.target_end),
  label: (r) => r.polarity,
  format: 'NewsMTSC: {id, text, target_start, target_end, polarity}',
  minCount: DEFAULT_TRAIN.minCount,
};

const bias: TrainTask<z.infer<typeof babeRecord>> = {
  name: 'bias',
  schema: babeRecord,
  classes: [MARKED.bias.other, MARKED.bias.marked],
  features: (lex, r) => sentenceFeatures(lex, r.text),
  label: (r) => r.label,
  format: 'BABE: {id, text, label: biased|non-biased}',
  minCount: SENTENCE_MIN_COUNT,
};

const hedge: TrainTask<z.infer<typeof factbankRecord>> = {
  name: 'hedge',
  schema: factbankRecord,
  classes: [MARKED.hedge.other, MARKED.hedge.marked],
  features: (lex, r) => sentenceFeatures(lex, r.text),
  label: (r) => (r.uncertain ? 'uncertain' : 'certain'),
  format: 'FactBank: {id, text, uncertain: boolean}',
  minCount: SENTENCE_MIN_COUNT,
};

// biome-ignore lint/suspicious/noExplicitAny: each task has its own record type
export const TRAIN_TASKS: Record<Task, TrainTask<any>> = { stance, bias, hedge };
