/**
 * One `analyze` run, streamed end to end:
 *
 *   inputs (files, folders, JSONL/CSV corpora, stdin) ─► batches ─► worker pool (analyze,
 *     render per-article rows, fold aggregates) ─► input order restored ─► report files
 *
 * A bad input is an error row, never fatal (unless `--strict`). Reports are written to
 * temporary files as results arrive and renamed into place at the end, the manifest last.
 * Output bytes do not depend on `--jobs`: work is split into batches, but rows are written in
 * input order and aggregates merge exactly.
 */
import type { Readable } from 'node:stream';
import { type CorpusFormat, readInputs } from './io/corpus.js';
import type { RecordFields } from './io/corpus-record.js';
import type { Lexicon } from './lexicon/compile.js';
import { createAnalyzer } from './pool/analyzer.js';
import { lexiconManifest } from './report/manifest.js';
import type { Validity } from './report/validity.js';
import { FORMATS, type Format, writersFor } from './report/writers.js';
import { DEFAULT_PUMP, pump } from './run/pipeline.js';
import { ReportSink, type RunSummary } from './run/sink.js';
import { VERSION } from './version.js';

export { FORMATS, type Format };

/** How records in corpora are read: field names, and how standard input is named and numbered. */
export interface CorpusReadOptions {
  readonly fields: RecordFields;
  readonly stdinFormat: CorpusFormat | null;
  readonly stdinName: string;
  readonly lineOffset: number;
  readonly stdin?: Readable;
}

export interface AnalyzeOptions {
  readonly paths: readonly string[];
  readonly out: string;
  readonly formats: ReadonlySet<Format>;
  readonly strict: boolean;
  readonly cwd: string;
  readonly lexicon: Lexicon;
  readonly corpus: CorpusReadOptions;
  /** Article files above this many bytes are refused (E_TOO_LARGE); 0 means no limit. */
  readonly maxBytes?: number;
  /** Worker threads; 1 analyzes in the main thread. */
  readonly jobs: number;
  /** Articles shown side by side in full in the HTML report; the rest only in aggregates. */
  readonly sideBySideMax: number;
  /** Validity figures for the report's methods section (lexicons/validity.json), if any. */
  readonly validity?: Validity;
  /** Options as the user gave them, recorded in the manifest. */
  readonly recorded: Record<string, unknown>;
}

/** Display names of the gazetteer's actors, for the corpus view. */
export function actorNamesOf(lexicon: Lexicon): Map<string, string> {
  return new Map([...lexicon.actors].map(([id, a]) => [id, a.name]));
}

/** Exit codes, documented in README: 0 all analyzed, 3 some inputs skipped, 2 nothing analyzed. */
export const EXIT = { ok: 0, internal: 1, config: 2, partial: 3 } as const;

export { SIDE_BY_SIDE_MAX } from './report/html.js';

export interface RunReport extends RunSummary {
  readonly exitCode: number;
}

export interface RunHooks {
  readonly warn: (line: string) => void;
  readonly onArticle?: (articles: number, words: number) => void;
  readonly onBytes?: (bytes: number) => void;
}

export async function runAnalyze(
  opts: AnalyzeOptions,
  warnOrHooks: ((line: string) => void) | RunHooks,
): Promise<RunReport> {
  const hooks: RunHooks = typeof warnOrHooks === 'function' ? { warn: warnOrHooks } : warnOrHooks;
  const writers = writersFor(opts.formats, lexiconManifest(opts.lexicon));
  const sink = await ReportSink.open({
    out: opts.out,
    writers,
    sideBySideMax: opts.sideBySideMax,
    version: VERSION,
    lexicons: lexiconManifest(opts.lexicon),
    validity: opts.validity ?? null,
    actorNames: actorNamesOf(opts.lexicon),
    strict: opts.strict,
    checkDuplicates: false,
    warn: hooks.warn,
    ...(hooks.onArticle ? { onArticle: hooks.onArticle } : {}),
  });
  const analyzer = createAnalyzer(opts.jobs, {
    lexicon: opts.lexicon,
    writers: writers.map((w) => w.file),
    mode: 'fold',
  });
  try {
    const inputs = readInputs({
      paths: opts.paths,
      cwd: opts.cwd,
      // The report folder is never read as input, so a rerun over `.` does not analyze the report.
      exclude: [opts.out],
      ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
      ...opts.corpus,
      ...(hooks.onBytes ? { onBytes: hooks.onBytes } : {}),
    });
    await pump(inputs, analyzer, sink, DEFAULT_PUMP);
    // Every batch is in: the worker threads' heaps are freed before the reports are ended, which
    // is when the main thread's own memory peaks (reading the summaries back, the map).
    await analyzer.close();
    const summary = await sink.finish(opts.recorded);
    return {
      ...summary,
      exitCode: summary.internal > 0 ? EXIT.internal : summary.skipped > 0 ? EXIT.partial : EXIT.ok,
    };
  } catch (err) {
    await sink.abort();
    throw err;
  } finally {
    await analyzer.close();
  }
}
