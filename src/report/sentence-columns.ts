/**
 * What trained sentence models (`--model` with a bias or hedge model) add to the reports:
 * `sentences.csv`, one row per scored sentence with each model's reading and its top features,
 * and four columns of `articles.csv` that count the writer's sentences each model marks
 * (empty without such a model). A run without a sentence model writes no `sentences.csv`.
 */
import { MARKED, SENTENCE_TASKS } from '../score/sentence-models.js';
import { formatContributions } from '../train/model.js';
import type { ArticleResult, ScoredSentence, SentenceModelScore, SentenceTask } from '../types.js';
import type { Column } from './columns.js';

/** Contributions shown in a CSV cell and in the HTML tooltip. */
export const SHOWN_CONTRIBUTIONS = 5;

export interface SentenceRow {
  readonly articleId: string;
  readonly text: string;
  readonly sentence: ScoredSentence;
}

const TASK_NAMES: Readonly<Record<SentenceTask, string>> = {
  bias: 'bias (loaded language)',
  hedge: 'hedge (uncertainty)',
};

export const topFeatures = (s: SentenceModelScore): string =>
  formatContributions(s.contributions, SHOWN_CONTRIBUTIONS, 3);

function taskColumns(task: SentenceTask): Column<SentenceRow>[] {
  const { marked, other } = MARKED[task];
  const name = TASK_NAMES[task];
  return [
    {
      name: `${task}_label`,
      type: 'enum',
      values: [other, marked],
      description: `The ${name} model's class for the sentence; empty without a ${task} model.`,
      get: (r) => r.sentence[task]?.label ?? null,
    },
    {
      name: `${task}_probability`,
      type: 'decimal',
      unit: 'probability',
      description: `The ${task} model's probability that the sentence is ${marked}.`,
      get: (r) => r.sentence[task]?.probability ?? null,
    },
    {
      name: `${task}_log_odds`,
      type: 'decimal',
      unit: 'log-odds',
      description: `log(P(${marked}) / P(${other})): the model's intercept plus the sum of every feature's contribution (articles.jsonl lists them, with the words).`,
      get: (r) => r.sentence[task]?.log_odds ?? null,
    },
    {
      name: `${task}_top_features`,
      type: 'text',
      description: `The ${SHOWN_CONTRIBUTIONS} largest contributions to ${task}_log_odds, each "feature ±contribution (words)"; positive pushes toward ${marked}.`,
      get: (r) => (r.sentence[task] ? topFeatures(r.sentence[task]!) : null),
    },
  ];
}

export const sentenceColumns: readonly Column<SentenceRow>[] = [
  {
    name: 'article_id',
    type: 'text',
    description: 'The article (joins articles.csv).',
    get: (r) => r.articleId,
  },
  {
    name: 'sentence',
    type: 'integer',
    description:
      '0-based index of the sentence (joins findings.csv sentence). Sentences without words outside excluded spans are not scored.',
    get: (r) => r.sentence.sentence,
  },
  {
    name: 'start',
    type: 'integer',
    unit: 'UTF-16 code units',
    description: "Offset of the sentence's first character in the article text.",
    get: (r) => r.sentence.start,
  },
  {
    name: 'end',
    type: 'integer',
    unit: 'UTF-16 code units',
    description: 'End offset, exclusive.',
    get: (r) => r.sentence.end,
  },
  {
    name: 'voice',
    type: 'enum',
    values: ['writer', 'quoted', 'mixed'],
    description:
      "writer: no word inside a speech quotation; quoted: every word inside one (the speaker's sentence); mixed: both. The models read quoted findings as features of their own (@quoted).",
    get: (r) => r.sentence.voice,
  },
  {
    name: 'text',
    type: 'text',
    description: 'The sentence, exactly the article text between start and end.',
    get: (r) => r.text.slice(r.sentence.start, r.sentence.end),
  },
  ...SENTENCE_TASKS.flatMap(taskColumns),
];

export function sentenceRows(r: ArticleResult): SentenceRow[] {
  return (r.sentences ?? []).map((sentence) => ({
    articleId: r.article.id,
    text: r.article.text,
    sentence,
  }));
}

/** The writer's sentences (not wholly quoted) a model scored, and how many it marks. */
export function markedSentences(
  r: ArticleResult,
  task: SentenceTask,
): { scored: number; marked: number } | null {
  if (!r.sentences?.some((s) => s[task])) return null;
  let scored = 0;
  let marked = 0;
  for (const s of r.sentences) {
    const score = s[task];
    if (!score || s.voice === 'quoted') continue;
    scored += 1;
    if (score.label === MARKED[task].marked) marked += 1;
  }
  return { scored, marked };
}

/** articles.csv: per model, the writer's sentences it marks, as a count and a share. */
export const articleSentenceColumns: readonly Column<ArticleResult>[] = SENTENCE_TASKS.flatMap(
  (task): Column<ArticleResult>[] => {
    const { marked } = MARKED[task];
    return [
      {
        name: `model_${marked}_sentences`,
        type: 'integer',
        unit: 'sentences',
        description: `Sentences with words in the writer's voice (not wholly quoted) that the trained ${task} model (--model) calls ${marked}; empty without a ${task} model (sentences.csv has each one).`,
        get: (r) => markedSentences(r, task)?.marked ?? null,
      },
      {
        name: `model_${marked}_share`,
        type: 'decimal',
        unit: 'share of sentences',
        description: `model_${marked}_sentences divided by the writer's sentences the ${task} model scored.`,
        get: (r) => {
          const m = markedSentences(r, task);
          return m && m.scored > 0 ? m.marked / m.scored : null;
        },
      },
    ];
  },
);
