/**
 * `framelens eval bias`: loaded language against BABE (Spinde et al. 2021), sentences that
 * people outside the project labelled biased or non-biased, with the words that make them so.
 *
 * Sentence score: the summed weights (1 mild to 3 strong) of the loaded-language findings in
 * the writer's voice. Words inside a speech quotation are the speaker's and do not count, as in
 * every framelens measure; BABE's annotators agree: on the development file 1 of the 20 loaded
 * findings inside a quotation was among the words they marked, against 588 of the 1,207 in the
 * writer's voice. A scare-quoted word ('woke')
 * stays in the writer's voice and counts. Negated findings ("not reckless") count too: the word
 * was still chosen.
 *
 * Word level: every evidence finding (whatever the sentence score) covers the words it overlaps
 * (src/eval/words.ts); precision is the share of those words that annotators marked, recall the
 * share of marked words that a finding covers, both pooled over all sentences.
 */
import { z } from 'zod';
import { analyze } from '../index.js';
import type { Lexicon } from '../lexicon/compile.js';
import type { Column } from '../report/columns.js';
import { topFeatures } from '../report/sentence-columns.js';
import { scoreText } from '../score/sentence-models.js';
import type { Finding, SentenceModelScore } from '../types.js';
import { auroc, binaryCounts, multiclass, precisionRecallF1 } from './metrics.js';
import { type Half, halfOf } from './split.js';
import { type ErrorRow, ErrorTally } from './tally.js';
import { compareWords, normalizeWord, wordsInSpan } from './words.js';

export const babeRecord = z.object({
  id: z.string().min(1),
  text: z.string(),
  label: z.enum(['biased', 'non-biased']),
  biased_words: z.array(z.string()),
});
export type BabeRecord = z.infer<typeof babeRecord>;

/**
 * A sentence is predicted biased when its score reaches this. Chosen once on half `a` of the
 * BABE development file (`--half a`) as the value with the best sentence macro-F1 among 1, 2,
 * 3 and 4 (macro-F1 0.696, 0.685, 0.610, 0.547 with the shipped lexicons: any loaded word at
 * all is the best evidence), then fixed; half `b` and the whole file are reported with it
 * unchanged (README, "Validity").
 */
export const BIAS_THRESHOLD = 1;

/** The findings that are loaded-language evidence in a sentence: see the module comment. */
export function biasEvidence(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.category === 'loaded' && f.voice === 'writer');
}

export const biasScore = (evidence: readonly Finding[]): number =>
  evidence.reduce((sum, f) => sum + f.weight, 0);

export interface BiasItem {
  readonly id: string;
  readonly half: Half;
  readonly text: string;
  readonly gold: boolean;
  readonly predicted: boolean;
  readonly score: number;
  /** The trained model's reading, with `--model`; null otherwise. */
  readonly model: SentenceModelScore | null;
  readonly goldWords: readonly string[];
  readonly foundWords: readonly string[];
  readonly matchedWords: readonly string[];
  readonly evidence: readonly Finding[];
}

export interface BiasSummary {
  n: number;
  precision: number | null;
  recall: number | null;
  macro_f1: number | null;
  auroc: number | null;
  word_precision: number | null;
  word_recall: number | null;
  word_f1: number | null;
}

export function evaluateBias(
  records: readonly BabeRecord[],
  lexicon: Lexicon,
): { summary: BiasSummary; items: BiasItem[]; errors: ErrorRow[] } {
  const tally = new ErrorTally();
  const words = { predicted: 0, gold: 0, matched: 0 };
  // The model reads the whole text as train did (scoreText); the analysis itself need not score
  // each of its sentences too.
  const { sentenceModels, ...rules } = lexicon;
  const items = records.map((r): BiasItem => {
    const result = analyze(r.text, { lexicon: rules, id: r.id });
    const evidence = biasEvidence(result.findings);
    // With a trained bias model (--model), its reading decides; the findings stay the evidence
    // for the word-level figures.
    const model = scoreText(result, sentenceModels, 'bias');
    const score = model ? model.probability : biasScore(evidence);
    const gold = r.label === 'biased';
    const predicted = model ? model.label === 'biased' : score >= BIAS_THRESHOLD;
    const goldWords = new Set(r.biased_words.map(normalizeWord).filter((w) => w !== ''));
    // Each found word remembers the finding that covers it, for the error tally.
    const found = new Map<string, Finding>();
    for (const f of evidence)
      for (const w of wordsInSpan(r.text, f.start, f.end)) if (!found.has(w)) found.set(w, f);
    const c = compareWords(new Set(found.keys()), goldWords);
    words.predicted += c.predicted;
    words.gold += c.gold;
    words.matched += c.matched;
    for (const [w, f] of found) {
      if (!goldWords.has(w))
        tally.add('word', 'false_positive', f.entry_id.replace(/^[a-z_]+:/, ''), r.id, {
          id: f.entry_id,
          lexicon: f.lexicon,
        });
    }
    for (const w of goldWords) {
      if (!found.has(w)) tally.add('word', 'miss', w, r.id);
    }
    if (predicted && !gold)
      for (const f of evidence)
        tally.add('sentence', 'false_positive', f.entry_id.replace(/^[a-z_]+:/, ''), r.id, {
          id: f.entry_id,
          lexicon: f.lexicon,
        });
    if (!predicted && gold) for (const w of goldWords) tally.add('sentence', 'miss', w, r.id);
    return {
      id: r.id,
      half: halfOf(r.id),
      text: r.text,
      gold,
      predicted,
      score,
      model,
      goldWords: [...goldWords],
      foundWords: [...found.keys()],
      matchedWords: [...found.keys()].filter((w) => goldWords.has(w)),
      evidence,
    };
  });
  const gold = items.map((i) => i.gold);
  const c = binaryCounts(
    gold,
    items.map((i) => i.predicted),
  );
  const pr = precisionRecallF1(c);
  const macro = multiclass(
    ['biased', 'non-biased'] as const,
    items.map((i) => (i.gold ? 'biased' : 'non-biased')),
    items.map((i) => (i.predicted ? 'biased' : 'non-biased')),
  );
  const w = precisionRecallF1({
    tp: words.matched,
    fp: words.predicted - words.matched,
    fn: words.gold - words.matched,
  });
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
      word_precision: w.precision,
      word_recall: w.recall,
      word_f1: w.f1,
    },
    items,
    errors: tally.rows(),
  };
}

const evidenceText = (fs: readonly Finding[]): string =>
  fs.map((f) => `${f.text} [${f.entry_id} w${f.weight}]`).join('; ');

/** Columns of `bias-items.csv`, one row per sentence. */
export const biasItemColumns: readonly Column<BiasItem>[] = [
  { name: 'id', type: 'text', description: 'Record id in the gold file.', get: (i) => i.id },
  {
    name: 'half',
    type: 'enum',
    values: ['a', 'b'],
    description: 'Half of the split by id.',
    get: (i) => i.half,
  },
  { name: 'gold', type: 'boolean', description: 'Annotated biased.', get: (i) => i.gold },
  {
    name: 'predicted',
    type: 'boolean',
    description: "Score at or above the threshold; with --model, the model's class is biased.",
    get: (i) => i.predicted,
  },
  {
    name: 'score',
    type: 'decimal',
    description:
      "Summed weights of writer-voice loaded findings; with --model, the model's probability of biased.",
    get: (i) => i.score,
  },
  {
    name: 'gold_words',
    type: 'text',
    description: 'Annotated biased words, normalized.',
    get: (i) => i.goldWords.join(' '),
  },
  {
    name: 'found_words',
    type: 'text',
    description: 'Words covered by evidence findings.',
    get: (i) => i.foundWords.join(' '),
  },
  {
    name: 'matched_words',
    type: 'text',
    description: 'Found words that were annotated.',
    get: (i) => i.matchedWords.join(' '),
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
      'With --model: the five largest contributions to the log-odds of biased, "feature ±contribution (words)".',
    get: (i) => (i.model ? topFeatures(i.model) : null),
  },
  { name: 'text', type: 'text', description: 'The sentence.', get: (i) => i.text },
];
