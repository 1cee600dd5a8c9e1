/**
 * `framelens eval hedge`: hedges against the FactBank part of the Szeged Uncertainty Corpus
 * (Szarvas et al. 2012): news sentences that people outside the project marked `uncertain`,
 * with the cue words that make them so.
 *
 * Sentence score: the summed weights of the lexicon hedges in the sentence (every class:
 * attribution, vague source, epistemic), in any voice. The annotation marks a sentence
 * uncertain whoever is speaking ("the plan 'may fail,' he said" is uncertain), so here the
 * detector is judged on every voice; the article measure (hedge_per_1k) then keeps the writer's
 * part. Scare quotes, also counted in hedge_per_1k, are left out here: they distance the writer
 * from a word's aptness, not from the truth of a proposition, and FactBank annotates only the
 * latter, so it cannot judge them either way (README, "Validity").
 *
 * Cue level: a finding is correct when it overlaps an annotated cue; a cue is found when a
 * finding overlaps it. Precision counts findings, recall counts cues, pooled over sentences.
 */
import { z } from 'zod';
import { analyze } from '../index.js';
import type { Lexicon } from '../lexicon/compile.js';
import type { Column } from '../report/columns.js';
import { topFeatures } from '../report/sentence-columns.js';
import { scoreText } from '../score/sentence-models.js';
import type { Finding, SentenceModelScore, Span } from '../types.js';
import { auroc, binaryCounts, multiclass, precisionRecallF1 } from './metrics.js';
import { type Half, halfOf } from './split.js';
import { type ErrorRow, ErrorTally } from './tally.js';

export const factbankRecord = z.object({
  id: z.string().min(1),
  text: z.string(),
  uncertain: z.boolean(),
  cues: z.array(
    z.object({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      text: z.string(),
      type: z.string().optional(),
    }),
  ),
});
export type FactbankRecord = z.infer<typeof factbankRecord>;

/**
 * A sentence is predicted uncertain when its score reaches this. Chosen once on half `a` of
 * the FactBank development file (`--half a`) as the value with the best F1 on `uncertain` among
 * 1, 2 and 3 (F1 0.695, 0.230, 0.056 with the shipped lexicons: any hedge at all), then fixed;
 * half `b` and the whole file are reported with it unchanged (README, "Validity").
 */
export const HEDGE_THRESHOLD = 1;

export function hedgeEvidence(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.category === 'hedge' && f.rule_id.startsWith('lexicon:'));
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export interface HedgeItem {
  readonly id: string;
  readonly half: Half;
  readonly text: string;
  readonly gold: boolean;
  readonly predicted: boolean;
  readonly score: number;
  /** The trained model's reading, with `--model`; null otherwise. */
  readonly model: SentenceModelScore | null;
  readonly cues: readonly string[];
  readonly cuesFound: number;
  readonly evidence: readonly Finding[];
}

export interface HedgeSummary {
  n: number;
  precision: number | null;
  recall: number | null;
  macro_f1: number | null;
  auroc: number | null;
  cue_precision: number | null;
  cue_recall: number | null;
  cue_f1: number | null;
}

const termOf = (f: Finding): string => f.entry_id.replace(/^[a-z_]+:/, '');

export function evaluateHedge(
  records: readonly FactbankRecord[],
  lexicon: Lexicon,
): { summary: HedgeSummary; items: HedgeItem[]; errors: ErrorRow[] } {
  const tally = new ErrorTally();
  const cue = { predicted: 0, predictedRight: 0, gold: 0, goldFound: 0 };
  // The model reads the whole text as train did (scoreText); the analysis itself need not score
  // each of its sentences too.
  const { sentenceModels, ...rules } = lexicon;
  const items = records.map((r): HedgeItem => {
    const result = analyze(r.text, { lexicon: rules, id: r.id });
    const evidence = hedgeEvidence(result.findings);
    // With a trained hedge model (--model), its reading decides; the findings stay the evidence
    // for the cue-level figures.
    const model = scoreText(result, sentenceModels, 'hedge');
    const score = model ? model.probability : evidence.reduce((s, f) => s + f.weight, 0);
    const predicted = model ? model.label === 'uncertain' : score >= HEDGE_THRESHOLD;
    const entryOf = (f: Finding) => ({ id: f.entry_id, lexicon: f.lexicon });
    for (const f of evidence) {
      cue.predicted += 1;
      if (r.cues.some((c) => overlaps(f, c))) cue.predictedRight += 1;
      else tally.add('cue', 'false_positive', termOf(f), r.id, entryOf(f));
    }
    let cuesFound = 0;
    for (const c of r.cues) {
      cue.gold += 1;
      if (evidence.some((f) => overlaps(f, c))) cuesFound += 1;
      else tally.add('cue', 'miss', c.text.toLowerCase(), r.id);
    }
    cue.goldFound += cuesFound;
    if (predicted && !r.uncertain)
      for (const f of evidence)
        tally.add('sentence', 'false_positive', termOf(f), r.id, entryOf(f));
    if (!predicted && r.uncertain)
      for (const c of r.cues) tally.add('sentence', 'miss', c.text.toLowerCase(), r.id);
    return {
      id: r.id,
      half: halfOf(r.id),
      text: r.text,
      gold: r.uncertain,
      predicted,
      score,
      model,
      cues: r.cues.map((c) => c.text),
      cuesFound,
      evidence,
    };
  });
  const gold = items.map((i) => i.gold);
  const pr = precisionRecallF1(
    binaryCounts(
      gold,
      items.map((i) => i.predicted),
    ),
  );
  const macro = multiclass(
    ['uncertain', 'certain'] as const,
    items.map((i) => (i.gold ? 'uncertain' : 'certain')),
    items.map((i) => (i.predicted ? 'uncertain' : 'certain')),
  );
  const p = cue.predicted === 0 ? null : cue.predictedRight / cue.predicted;
  const rc = cue.gold === 0 ? null : cue.goldFound / cue.gold;
  return {
    summary: {
      n: items.length,
      precision: pr.precision,
      recall: pr.recall,
      macro_f1: macro.macro_f1,
      auroc: auroc(
        gold,
        items.map((i) => i.score),
      ),
      cue_precision: p,
      cue_recall: rc,
      cue_f1: p === null || rc === null || p + rc === 0 ? null : (2 * p * rc) / (p + rc),
    },
    items,
    errors: tally.rows(),
  };
}

const evidenceText = (fs: readonly Finding[]): string =>
  fs.map((f) => `${f.text} [${f.entry_id} w${f.weight}]`).join('; ');

/** Columns of `hedge-items.csv`, one row per sentence. */
export const hedgeItemColumns: readonly Column<HedgeItem>[] = [
  { name: 'id', type: 'text', description: 'Record id in the gold file.', get: (i) => i.id },
  {
    name: 'half',
    type: 'enum',
    values: ['a', 'b'],
    description: 'Half of the split by id.',
    get: (i) => i.half,
  },
  { name: 'gold', type: 'boolean', description: 'Annotated uncertain.', get: (i) => i.gold },
  {
    name: 'predicted',
    type: 'boolean',
    description: "Score at or above the threshold; with --model, the model's class is uncertain.",
    get: (i) => i.predicted,
  },
  {
    name: 'score',
    type: 'decimal',
    description:
      "Summed weights of hedge findings; with --model, the model's probability of uncertain.",
    get: (i) => i.score,
  },
  { name: 'cues', type: 'text', description: 'Annotated cues.', get: (i) => i.cues.join(' | ') },
  {
    name: 'cues_found',
    type: 'integer',
    description: 'Annotated cues a finding overlaps.',
    get: (i) => i.cuesFound,
  },
  {
    name: 'evidence',
    type: 'text',
    description: 'Each finding: text [entry w<weight>].',
    get: (i) => evidenceText(i.evidence),
  },
  {
    name: 'model_top_features',
    type: 'text',
    description:
      'With --model: the five largest contributions to the log-odds of uncertain, "feature ±contribution (words)".',
    get: (i) => (i.model ? topFeatures(i.model) : null),
  },
  { name: 'text', type: 'text', description: 'The sentence.', get: (i) => i.text },
];
