/**
 * The codebook: every CSV column, once. The CSV writer, `codebook.csv` and the README's codebook
 * table are all generated from these lists; the article measures come from `measures.ts`, so a
 * new measure added there appears in the CSV, the codebook and the HTML report.
 *
 * Types: `integer` and `decimal` are written as numbers (decimals with 3 places), `text` may be
 * any string (cells starting with = + - @ tab or CR are prefixed with ' against spreadsheet
 * formula injection), `enum` is one of `values`, `boolean` is `true`/`false`. Empty = missing.
 */
import type { ArticleResult, Finding } from '../types.js';
import { measureColumns } from './measures.js';
import { articleSentenceColumns } from './sentence-columns.js';

export type ColumnType = 'integer' | 'decimal' | 'text' | 'enum' | 'boolean';
export type Cell = string | number | boolean | null;

export interface Column<R> {
  readonly name: string;
  readonly type: ColumnType;
  readonly description: string;
  readonly unit?: string;
  readonly values?: readonly string[];
  readonly get: (row: R) => Cell;
}

export const DECIMALS = 3;

export const articleColumns: readonly Column<ArticleResult>[] = [
  {
    name: 'article_id',
    type: 'text',
    description:
      'Stable article id: source path relative to its input folder, without extension. Joins every CSV.',
    get: (r) => r.article.id,
  },
  {
    name: 'title',
    type: 'text',
    description: 'Title from front matter, the document, or the file name (see title_source).',
    get: (r) => r.article.meta.title,
  },
  {
    name: 'title_source',
    type: 'enum',
    values: ['front_matter', 'document', 'file_name', 'record'],
    description: 'Where the title came from.',
    get: (r) => r.article.meta.provenance.title ?? null,
  },
  {
    name: 'outlet',
    type: 'text',
    description: 'Publishing outlet, where known.',
    get: (r) => r.article.meta.outlet,
  },
  {
    name: 'author',
    type: 'text',
    description: 'Author, where known.',
    get: (r) => r.article.meta.author,
  },
  {
    name: 'date',
    type: 'text',
    description: 'Publication date, YYYY-MM-DD where it could be read, else as written.',
    get: (r) => r.article.meta.date,
  },
  {
    name: 'url',
    type: 'text',
    description: 'Source URL, where known.',
    get: (r) => r.article.meta.url,
  },
  {
    name: 'source_path',
    type: 'text',
    description: 'Input file path relative to the working directory.',
    get: (r) => r.article.meta.source_path,
  },
  // The measures (counts, words, rates): one registry feeds these columns and the HTML report.
  ...measureColumns(),
  // What trained sentence models mark, empty without one (sentence-columns.ts).
  ...articleSentenceColumns,
];

export interface FindingRow {
  readonly articleId: string;
  readonly index: number;
  readonly finding: Finding;
}

export const findingColumns: readonly Column<FindingRow>[] = [
  {
    name: 'article_id',
    type: 'text',
    description: 'The article (joins articles.csv).',
    get: (r) => r.articleId,
  },
  {
    name: 'finding_id',
    type: 'text',
    description:
      'Stable id of the finding: article_id#n, n counting findings in offset order from 1.',
    get: (r) => `${r.articleId}#${r.index + 1}`,
  },
  {
    name: 'start',
    type: 'integer',
    unit: 'UTF-16 code units',
    description:
      "0-based offset of the finding's first character in the article text (as shown in report.html and jsonl).",
    get: (r) => r.finding.start,
  },
  {
    name: 'end',
    type: 'integer',
    unit: 'UTF-16 code units',
    description: 'End offset, exclusive.',
    get: (r) => r.finding.end,
  },
  {
    name: 'text',
    type: 'text',
    description: 'The matched text, exactly the article text between start and end.',
    get: (r) => r.finding.text,
  },
  {
    name: 'category',
    type: 'enum',
    values: ['loaded', 'hedge', 'booster', 'reporting_verb', 'label', 'actor'],
    description: 'What the finding measures.',
    get: (r) => r.finding.category,
  },
  {
    name: 'class',
    type: 'text',
    description:
      'Sub-class within the category (reporting-verb class, hedge type, label class, actor type; pronoun for a pronoun resolved to an actor); empty if none.',
    get: (r) => r.finding.class,
  },
  {
    name: 'voice',
    type: 'enum',
    values: ['writer', 'quoted'],
    description: "Whose words: the writer's, or a speech quotation's.",
    get: (r) => r.finding.voice,
  },
  {
    name: 'speaker',
    type: 'text',
    description:
      'For quoted findings, the speaker (actor name where resolved, else as written); empty if unknown or writer.',
    get: (r) => r.finding.speaker,
  },
  {
    name: 'actor',
    type: 'text',
    description:
      'Actor id for actor mentions (new:<slug> for discovered names) and for labels, which are kept only where attached to an actor; empty otherwise.',
    get: (r) => r.finding.actor,
  },
  {
    name: 'weight',
    type: 'decimal',
    unit: 'intensity 1-3',
    description: 'Intensity of the lexicon entry.',
    get: (r) => r.finding.weight,
  },
  {
    name: 'polarity',
    type: 'integer',
    values: ['-1', '0', '1'],
    description: 'Polarity of the entry (after negation); empty where polarity does not apply.',
    get: (r) => r.finding.polarity,
  },
  {
    name: 'negated',
    type: 'boolean',
    description:
      'True when a negator governs the match ("not reckless"); polarity is then flipped.',
    get: (r) => r.finding.negated,
  },
  {
    name: 'sentence',
    type: 'integer',
    description: '0-based index of the sentence holding the finding.',
    get: (r) => r.finding.sentence,
  },
  {
    name: 'entry_id',
    type: 'text',
    description:
      'The lexicon entry that fired (category:term, or actor:id), or rule:name for built-in rules.',
    get: (r) => r.finding.entry_id,
  },
  {
    name: 'rule_id',
    type: 'text',
    description:
      'The rule that fired: lexicon:<entry_id> or a named rule (scare-quote, discovered-name, pronoun-mention).',
    get: (r) => r.finding.rule_id,
  },
  {
    name: 'lexicon',
    type: 'text',
    description: 'Lexicon file holding the entry (rule for built-in rules).',
    get: (r) => r.finding.lexicon,
  },
  {
    name: 'source',
    type: 'text',
    description: "The entry's source key, declared with its licence in the lexicon file header.",
    get: (r) => r.finding.source,
  },
];

export interface ErrorRow {
  readonly source_path: string;
  readonly line: number | null;
  readonly code: string;
  readonly message: string;
  readonly expected: string | null;
  readonly found: string | null;
}

export const errorColumns: readonly Column<ErrorRow>[] = [
  {
    name: 'source_path',
    type: 'text',
    description: 'The input that was skipped.',
    get: (r) => r.source_path,
  },
  {
    name: 'line',
    type: 'integer',
    description: 'Line in the input where the problem is, where known.',
    get: (r) => r.line,
  },
  {
    name: 'code',
    type: 'text',
    description: 'Stable error code (E_EMPTY, E_ENCODING, E_BINARY, E_NOT_FOUND, ...; see README).',
    get: (r) => r.code,
  },
  {
    name: 'message',
    type: 'text',
    description: 'What went wrong, in words.',
    get: (r) => r.message,
  },
  {
    name: 'expected',
    type: 'text',
    description: 'What was expected, where it applies.',
    get: (r) => r.expected,
  },
  {
    name: 'found',
    type: 'text',
    description: 'What was found instead, where it applies.',
    get: (r) => r.found,
  },
];
