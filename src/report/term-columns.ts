/**
 * `terms.csv`: the distinctive words of each article (and each outlet, when an outlet has two or
 * more articles), one row per word, best first. See src/compare/log-odds.ts for the method.
 */
import type { CorpusView, GroupTerms } from '../compare/corpus.js';
import type { TermScore } from '../compare/log-odds.js';
import type { Column } from './columns.js';

export interface TermRow {
  readonly group: GroupTerms;
  readonly rank: number;
  readonly term: TermScore;
}

const per1k = (count: number, total: number): number | null =>
  total > 0 ? (count * 1000) / total : null;

export const termColumns: readonly Column<TermRow>[] = [
  {
    name: 'group_type',
    type: 'enum',
    values: ['article', 'outlet'],
    description: 'Whether the row compares one article or one outlet with the rest of the corpus.',
    get: (r) => r.group.kind,
  },
  {
    name: 'article_id',
    type: 'text',
    description: 'The article (joins articles.csv) for article rows; empty for outlet rows.',
    get: (r) => (r.group.kind === 'article' ? r.group.key : null),
  },
  {
    name: 'outlet',
    type: 'text',
    description: 'The outlet (as in articles.csv outlet) for outlet rows; empty for article rows.',
    get: (r) => (r.group.kind === 'outlet' ? r.group.key : null),
  },
  {
    name: 'rank',
    type: 'integer',
    description: 'Rank of the word in its group by z, from 1.',
    get: (r) => r.rank,
  },
  {
    name: 'term',
    type: 'text',
    description:
      "The word, lower-cased, from the writer's voice (quotations and stop words left out).",
    get: (r) => r.term.term,
  },
  {
    name: 'count',
    type: 'integer',
    unit: 'uses',
    description: 'Uses of the word in the group.',
    get: (r) => r.term.count,
  },
  {
    name: 'rest_count',
    type: 'integer',
    unit: 'uses',
    description: 'Uses of the word in the rest of the corpus.',
    get: (r) => r.term.rest_count,
  },
  {
    name: 'group_words',
    type: 'integer',
    unit: 'words',
    description: 'Counted words (writer voice, no stop words) in the group.',
    get: (r) => r.group.total,
  },
  {
    name: 'rest_words',
    type: 'integer',
    unit: 'words',
    description: 'Counted words in the rest of the corpus.',
    get: (r) => r.group.rest_total,
  },
  {
    name: 'per_1k',
    type: 'decimal',
    unit: 'per 1,000 counted words',
    description: 'count per 1,000 group_words.',
    get: (r) => per1k(r.term.count, r.group.total),
  },
  {
    name: 'rest_per_1k',
    type: 'decimal',
    unit: 'per 1,000 counted words',
    description: 'rest_count per 1,000 rest_words; empty when rest_words is 0.',
    get: (r) => per1k(r.term.rest_count, r.group.rest_total),
  },
  {
    name: 'log_odds',
    type: 'decimal',
    unit: 'log-odds',
    description:
      "Log-odds ratio with an informative Dirichlet prior, group against rest (Monroe, Colaresi & Quinn 2008, eq. 22); the prior is the word's count in the whole corpus.",
    get: (r) => r.term.delta,
  },
  {
    name: 'z',
    type: 'decimal',
    unit: 'standard deviations',
    description:
      'log_odds divided by its estimated standard deviation; 1.96 or more is conventionally a clear difference. Listed: words used at least twice in the group with z above 0, at most 25 per group.',
    get: (r) => r.term.z,
  },
];

/**
 * The rows of terms.csv: outlets first (when they repeat), then articles, in run order; one
 * group's rows at a time, computed as they are read.
 */
export function* termRows(view: CorpusView): Generator<TermRow[]> {
  for (const groups of [view.distinctive.outlets, view.distinctive.articles])
    for (const group of groups) yield group.terms.map((term, i) => ({ group, rank: i + 1, term }));
}
