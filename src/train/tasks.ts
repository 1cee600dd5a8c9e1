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

export interface TrainTask<R> {
  readonly name: Task;
  readonly schema: z.ZodType<R>;
  readonly classes: readonly string[];
  readonly features: (lexicon: Lexicon, r: R) => FeatureSet;
  readonly label: (r: R) => string;
  /** The annotated format, for help text. */
  readonly format: string;
}

const stance: TrainTask<z.infer<typeof stanceRecord>> = {
  name: 'stance',
  schema: stanceRecord,
  classes: POLARITIES,
  features: (lex, r) => stanceFeatures(lex, r.text, r.target_start, r.target_end),
  label: (r) => r.polarity,
  format: 'NewsMTSC: {id, text, target_start, target_end, polarity}',
};

const bias: TrainTask<z.infer<typeof babeRecord>> = {
  name: 'bias',
  schema: babeRecord,
  classes: [MARKED.bias.other, MARKED.bias.marked],
  features: (lex, r) => sentenceFeatures(lex, r.text),
  label: (r) => r.label,
  format: 'BABE: {id, text, label: biased|non-biased}',
};

const hedge: TrainTask<z.infer<typeof factbankRecord>> = {
  name: 'hedge',
  schema: factbankRecord,
  classes: [MARKED.hedge.other, MARKED.hedge.marked],
  features: (lex, r) => sentenceFeatures(lex, r.text),
  label: (r) => (r.uncertain ? 'uncertain' : 'certain'),
  format: 'FactBank: {id, text, uncertain: boolean}',
};

// biome-ignore lint/suspicious/noExplicitAny: each task has its own record type
export const TRAIN_TASKS: Record<Task, TrainTask<any>> = { stance, bias, hedge };
