/**
 * The article-level measures, defined once. Everything that shows a per-article number is
 * generated from this list: the measure columns of `articles.csv` (and so the codebook), the
 * overview's bar charts and table in `report.html`, the plain-English readings ("hedges 3.5× as
 * often as …"), and the framing profile behind the map of articles. A new measure is one entry.
 *
 * An entry with `rate` is a rate per 1,000 words: it is drawn on the overview's one shared scale,
 * it is a dimension of the framing profile, and it may be read out in plain English. `rate.count`
 * names the count behind the rate, so a reading is never built on a single finding.
 */
import { CorpusBuilder, type CorpusOptions } from '../compare/corpus.js';
import { MIN_WORDS } from '../compare/readings.js';
import { REPORTING_CLASSES } from '../lexicon/schema.js';
import type { ArticleResult, Category } from '../types.js';
import type { Column } from './columns.js';

export interface Measure {
  /** Column name in articles.csv; also the key in summaries and the page. */
  readonly key: string;
  /** Short label for charts and table headings. */
  readonly label: string;
  readonly type: 'integer' | 'decimal';
  readonly unit: string;
  /** Codebook meaning; the methods section shows it too. */
  readonly description: string;
  readonly get: (r: ArticleResult) => number | null;
  readonly rate?: {
    /** Key of the count behind the rate. */
    readonly count: string;
    /** Key of the word count it is per 1,000 of: fewer than MIN_WORDS (100) and it is not trusted. */
    readonly words: string;
    /** Verb phrase for "<article> <reading> 3.5× as often as <other>". */
    readonly reading: string;
    /** The finding category it counts: its bar takes that category's highlight colour. */
    readonly category: Category;
  };
}

const REPORTING_EXAMPLES: Readonly<Record<string, string>> = {
  neutral: 'said, told',
  distancing: 'claimed, insisted',
  presupposing: 'admitted, revealed',
  evaluative: 'boasted, gloated',
  endorsing: 'noted, explained',
};

const per1k = (count: number, words: number): number | null =>
  words > 0 ? (count * 1000) / words : null;

export const MEASURES: readonly Measure[] = [
  {
    key: 'words',
    label: 'Words',
    type: 'integer',
    unit: 'words',
    description:
      "Word and number tokens outside excluded spans (footers, bylines); hyphenated parts count separately; possessive 's does not count.",
    get: (r) => r.scores.words,
  },
  {
    key: 'writer_words',
    label: "Writer's words",
    type: 'integer',
    unit: 'words',
    description:
      "Words in the writer's voice (outside speech quotations; scare-quoted words count here).",
    get: (r) => r.scores.writer_words,
  },
  {
    key: 'quoted_words',
    label: 'Quoted words',
    type: 'integer',
    unit: 'words',
    description: 'Words inside speech quotations.',
    get: (r) => r.scores.quoted_words,
  },
  {
    key: 'loaded_writer_count',
    label: 'Loaded language, writer',
    type: 'integer',
    unit: 'findings',
    description:
      "Loaded-language findings in the writer's voice (negated ones included; see findings.csv negated).",
    get: (r) => r.scores.loaded_writer_count,
  },
  {
    key: 'loaded_writer_per_1k',
    label: 'Loaded language, writer',
    type: 'decimal',
    unit: 'per 1,000 writer words',
    description: 'loaded_writer_count per 1,000 writer_words; empty when writer_words is 0.',
    get: (r) => r.scores.loaded_writer_per_1k,
    rate: {
      count: 'loaded_writer_count',
      words: 'writer_words',
      reading: 'uses loaded language in its own voice',
      category: 'loaded',
    },
  },
  {
    key: 'loaded_writer_weighted_per_1k',
    label: 'Loaded language, writer, weighted',
    type: 'decimal',
    unit: 'weight per 1,000 writer words',
    description:
      'Sum of the weights (1 mild to 3 strong) of writer-voice loaded findings per 1,000 writer_words.',
    get: (r) => r.scores.loaded_writer_weighted_per_1k,
  },
  {
    key: 'loaded_quoted_count',
    label: 'Loaded language, quoted',
    type: 'integer',
    unit: 'findings',
    description:
      "Loaded-language findings inside speech quotations (the speakers' words, kept apart).",
    get: (r) => r.scores.loaded_quoted_count,
  },
  {
    key: 'loaded_quoted_per_1k',
    label: 'Loaded language, quoted',
    type: 'decimal',
    unit: 'per 1,000 quoted words',
    description: 'loaded_quoted_count per 1,000 quoted_words; empty when quoted_words is 0.',
    get: (r) => r.scores.loaded_quoted_per_1k,
    rate: {
      count: 'loaded_quoted_count',
      words: 'quoted_words',
      reading: 'quotes loaded language',
      category: 'loaded',
    },
  },
  {
    key: 'hedge_count',
    label: 'Hedges',
    type: 'integer',
    unit: 'findings',
    description:
      "Attribution hedges, vague sources, epistemic hedges and scare quotes in the writer's voice.",
    get: (r) => r.scores.hedge_count,
  },
  {
    key: 'hedge_per_1k',
    label: 'Hedges',
    type: 'decimal',
    unit: 'per 1,000 writer words',
    description: 'hedge_count per 1,000 writer_words.',
    get: (r) => r.scores.hedge_per_1k,
    rate: { count: 'hedge_count', words: 'writer_words', reading: 'hedges', category: 'hedge' },
  },
  {
    key: 'booster_count',
    label: 'Boosters',
    type: 'integer',
    unit: 'findings',
    description: "Boosters (certainty and emphasis markers) in the writer's voice.",
    get: (r) => r.scores.booster_count,
  },
  {
    key: 'booster_per_1k',
    label: 'Boosters',
    type: 'decimal',
    unit: 'per 1,000 writer words',
    description: 'booster_count per 1,000 writer_words.',
    get: (r) => r.scores.booster_per_1k,
    rate: {
      count: 'booster_count',
      words: 'writer_words',
      reading: 'uses boosters',
      category: 'booster',
    },
  },
  ...REPORTING_CLASSES.map(
    (c): Measure => ({
      key: `reporting_${c}_count`,
      label: `Reporting verbs, ${c}`,
      type: 'integer',
      unit: 'findings',
      description: `Reporting verbs of class "${c}" in the writer's voice.`,
      get: (r) => r.scores.reporting[c] ?? 0,
    }),
  ),
  ...REPORTING_CLASSES.map(
    (c): Measure => ({
      key: `reporting_${c}_per_1k`,
      label: `Reporting verbs, ${c}`,
      type: 'decimal',
      unit: 'per 1,000 writer words',
      description: `reporting_${c}_count per 1,000 writer_words (${REPORTING_EXAMPLES[c] ?? c}).`,
      get: (r) => per1k(r.scores.reporting[c] ?? 0, r.scores.writer_words),
      rate: {
        count: `reporting_${c}_count`,
        words: 'writer_words',
        reading: `introduces speech with ${c} verbs (${REPORTING_EXAMPLES[c] ?? c})`,
        category: 'reporting_verb',
      },
    }),
  ),
  {
    key: 'quotations',
    label: 'Quotations',
    type: 'integer',
    unit: 'quotations',
    description: 'Speech quotations (full or partial) found.',
    get: (r) => r.scores.quotations,
  },
  {
    key: 'scare_quotes',
    label: 'Scare quotes',
    type: 'integer',
    unit: 'quotations',
    description: 'Short quotations used as scare quotes (also counted as hedges).',
    get: (r) => r.scores.scare_quotes,
  },
];

/**
 * True when the rate `m` of an article rests on enough words to compare. An untrusted rate is
 * shown but does not set the overview's scale and is not read out: three loaded words in a
 * 12-word quotation are "250 per 1,000", which says more about the quotation's length.
 */
export function rateTrusted(m: Measure, values: ReadonlyMap<string, number | null>): boolean {
  return m.rate === undefined || (values.get(m.rate.words) ?? 0) >= MIN_WORDS;
}

/** The rates: the overview's bars, the framing profile, the readings. */
export const RATE_MEASURES: readonly Measure[] = MEASURES.filter((m) => m.rate !== undefined);

/** The measure columns of articles.csv, in registry order. */
export function measureColumns(measures: readonly Measure[] = MEASURES): Column<ArticleResult>[] {
  return measures.map((m) => ({
    name: m.key,
    type: m.type,
    unit: m.unit,
    description: m.description,
    get: m.get,
  }));
}

/** The corpus view's options: every measure kept, articles mapped by the rates. */
export function corpusOptions(
  options: Omit<CorpusOptions, 'measures' | 'profile'> = {},
): CorpusOptions {
  return { ...options, measures: MEASURES, profile: RATE_MEASURES.map((m) => m.key) };
}

/** A corpus builder (in memory) that keeps every measure and maps articles by the rates. */
export function buildCorpus(
  results: readonly ArticleResult[] = [],
  options: Omit<CorpusOptions, 'measures' | 'profile'> = {},
): CorpusBuilder {
  const builder = new CorpusBuilder(corpusOptions(options));
  for (const r of results) builder.add(r);
  return builder;
}
