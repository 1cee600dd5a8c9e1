/**
 * Every file a run writes is a registered writer with two parts:
 *
 * - a per-article part, `article(result)`, that returns the file's text for one article (CSV
 *   rows, a JSONL line). It runs where the article is analyzed (a worker thread, or a `map`
 *   process), and its text is appended in input order as results arrive, so nothing per article
 *   is kept;
 * - a corpus part, `tail(corpus)`, that ends the file from the corpus view: mergeable aggregates
 *   plus the first `sideBySideMax` full results (see `ReportCorpus`). For a file without rows it
 *   is the whole file.
 *
 * A file is `head()` + the rows (articles and skipped inputs, in input order) + `tail(corpus)`.
 * `merge` reuses the same writers, so a split-map-merge run writes the same bytes as one run.
 * A new report (actors.csv, terms.csv) is one entry in `WRITERS`, and a corpus view it needs
 * is one entry in `AGGREGATES` (aggregates.ts).
 */
import type { CorpusView } from '../compare/corpus.js';
import type { ErrorInfo } from '../errors.js';
import type { ArticleResult } from '../types.js';
import {
  type ActorRow,
  actorColumns,
  type QuotedStanceRow,
  quotedStanceColumns,
} from './actor-columns.js';
import type { AggregateStates } from './aggregates.js';
import { codebookCsv } from './codebook.js';
import {
  articleColumns,
  type ErrorRow,
  errorColumns,
  type FindingRow,
  findingColumns,
} from './columns.js';
import { csvHeader, csvRows } from './csv.js';
import { renderHtmlParts } from './html.js';
import { articleRecord } from './jsonl.js';
import type { Manifest } from './manifest.js';
import { sentenceColumns, sentenceRows } from './sentence-columns.js';
import { termColumns, termRows } from './term-columns.js';
import type { Validity } from './validity.js';

export const FORMATS = ['csv', 'html', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

/** What the corpus parts of the writers see at the end of a run. */
export interface ReportCorpus {
  /** Articles analyzed, and inputs skipped. */
  readonly articles: number;
  readonly skipped: number;
  /** Aggregate states by aggregate name (see aggregates.ts). */
  readonly aggregates: AggregateStates;
  /** Full results of the first `sideBySideMax` articles, in input order. */
  readonly retained: readonly ArticleResult[];
  readonly sideBySideMax: number;
  readonly version: string;
  readonly lexicons: Manifest['lexicons'];
  /** The run's record for the report's methods: options as given, and the inputs' hashes. */
  readonly options: Record<string, unknown>;
  readonly inputs: Manifest['inputs'];
  readonly validity: Validity | null;
  /** The corpus view (distinctive words, map, actors), built once from its aggregate. */
  view(): CorpusView;
}

export interface ReportWriter {
  readonly file: string;
  /** The `--format` that asks for the file; null for a file every run writes. */
  readonly format: Format | null;
  /** Whether a run with these lexicons and models writes the file (default: always). */
  readonly when?: (lexicons: Manifest['lexicons']) => boolean;
  /** Text the file starts with, known before any article (a CSV header). */
  readonly head?: () => string;
  /** The file's text for one analyzed article. Runs in a worker: pure, no state. */
  readonly article?: (r: ArticleResult) => string;
  /** The file's text for one skipped input. */
  readonly error?: (e: ErrorInfo) => string;
  /**
   * Text that ends the file; for a file without rows, the whole file. In pieces where it has a
   * part per article (terms.csv, the HTML report of a large corpus), so it is never held whole.
   */
  readonly tail?: (corpus: ReportCorpus) => string | Iterable<string>;
}

function errorRow(e: ErrorInfo): ErrorRow {
  return {
    source_path: e.file ?? '',
    line: e.line ?? null,
    code: e.code,
    message: e.message,
    expected: e.expected ?? null,
    found: e.found ?? null,
  };
}

/** The writers, in the order their files are listed in the manifest. */
export const WRITERS: readonly ReportWriter[] = [
  {
    file: 'articles.csv',
    format: 'csv',
    head: () => csvHeader(articleColumns),
    article: (r) => csvRows(articleColumns, [r]),
  },
  {
    file: 'findings.csv',
    format: 'csv',
    head: () => csvHeader(findingColumns),
    article: (r) =>
      csvRows(
        findingColumns,
        r.findings.map(
          (finding, index): FindingRow => ({ articleId: r.article.id, index, finding }),
        ),
      ),
  },
  {
    file: 'actors.csv',
    format: 'csv',
    head: () => csvHeader(actorColumns),
    article: (r) =>
      csvRows(
        actorColumns,
        r.actors.map(
          (actor): ActorRow => ({ articleId: r.article.id, outlet: r.article.meta.outlet, actor }),
        ),
      ),
  },
  {
    file: 'quoted-stance.csv',
    format: 'csv',
    head: () => csvHeader(quotedStanceColumns),
    article: (r) => {
      const names = new Map(r.actors.map((a) => [a.actor, a.name]));
      return csvRows(
        quotedStanceColumns,
        r.quotedStance.map(
          (edge): QuotedStanceRow => ({
            articleId: r.article.id,
            edge,
            speakerName: names.get(edge.speaker) ?? edge.speaker,
            targetName: names.get(edge.target) ?? edge.target,
          }),
        ),
      );
    },
  },
  {
    file: 'sentences.csv',
    format: 'csv',
    when: (lexicons) =>
      lexicons.some((l) => l.category === 'model:bias' || l.category === 'model:hedge'),
    head: () => csvHeader(sentenceColumns),
    article: (r) => csvRows(sentenceColumns, sentenceRows(r)),
  },
  {
    file: 'terms.csv',
    format: 'csv',
    tail: function* (c) {
      yield csvHeader(termColumns);
      for (const rows of termRows(c.view())) yield csvRows(termColumns, rows);
    },
  },
  {
    file: 'errors.csv',
    format: null,
    head: () => csvHeader(errorColumns),
    error: (e) => csvRows(errorColumns, [errorRow(e)]),
  },
  { file: 'codebook.csv', format: 'csv', tail: () => codebookCsv() },
  {
    file: 'articles.jsonl',
    format: 'jsonl',
    article: (r) => `${JSON.stringify(articleRecord(r))}\n`,
  },
  {
    file: 'report.html',
    format: 'html',
    tail: (c) =>
      renderHtmlParts({
        results: c.retained,
        corpus: c.view(),
        version: c.version,
        lexicons: c.lexicons,
        options: c.options,
        inputs: c.inputs,
        ...(c.validity ? { validity: c.validity } : {}),
        sideBySideMax: c.sideBySideMax,
      }),
  },
];

/** The writers of a run: those its formats ask for, and that its lexicons and models call for. */
export function writersFor(
  formats: ReadonlySet<Format>,
  lexicons: Manifest['lexicons'],
): ReportWriter[] {
  return WRITERS.filter(
    (w) => (w.format === null || formats.has(w.format)) && (w.when?.(lexicons) ?? true),
  );
}

export function writerNamed(file: string): ReportWriter {
  const w = WRITERS.find((x) => x.file === file);
  if (!w) throw new Error(`no report writer for ${file}`);
  return w;
}
