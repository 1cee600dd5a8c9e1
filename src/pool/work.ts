/**
 * The work one analyzer does on a batch of inputs: read or build each article, analyze it,
 * render each report writer's per-article text, and either fold the batch into partial
 * aggregates (`fold`, for a run in one process) or keep each article's contribution (`contribute`,
 * for `map`, whose records `merge` folds later, possibly dropping a duplicate id across parts).
 *
 * Pure apart from reading article files, and the same code in a worker thread or in the main
 * thread (`--jobs 1`): what a run writes does not depend on where this ran.
 */
import { analyzeArticle } from '../analyze.js';
import { withRoom } from '../bytes.js';
import { type ErrorInfo, InputError } from '../errors.js';
import { type CorpusRecord, recordArticle } from '../io/corpus-record.js';
import { articleFromBytes, readArticleBytes } from '../io/read-article.js';
import type { Lexicon } from '../lexicon/compile.js';
import { AGGREGATES } from '../report/aggregates.js';
import { type ManifestInput, sha256 } from '../report/manifest.js';
import { writerNamed } from '../report/writers.js';
import type { Article, ArticleResult } from '../types.js';

export type WorkItem =
  | {
      readonly kind: 'file';
      readonly id: string;
      readonly sourcePath: string;
      readonly absPath: string;
      readonly retain: boolean;
      readonly maxBytes?: number;
    }
  | { readonly kind: 'record'; readonly record: CorpusRecord; readonly retain: boolean };

export interface WorkConfig {
  readonly lexicon: Lexicon;
  /** Files of the writers whose per-article text to render, in this order. */
  readonly writers: readonly string[];
  readonly mode: 'fold' | 'contribute';
}

export interface ArticleOutcome {
  readonly ok: true;
  readonly id: string;
  /** Where the article came from, for a duplicate-id error found later (in `merge`). */
  readonly sourcePath: string;
  readonly line: number | null;
  readonly words: number;
  /**
   * Per-article text of each writer in `WorkConfig.writers` ('' for a writer without rows). In
   * `fold` mode this is empty and the batch carries the rows instead (`BatchResult.rows`).
   */
  readonly rows: readonly string[];
  /** For an article file: its hash, for the manifest. */
  readonly input: ManifestInput | null;
  readonly retained: ArticleResult | null;
  /** In `contribute` mode: each aggregate's contribution, in `AGGREGATES` order. */
  readonly contrib: readonly unknown[] | null;
}

export type Outcome = ArticleOutcome | { readonly ok: false; readonly error: ErrorInfo };

export interface BatchResult {
  readonly outcomes: readonly Outcome[];
  /** In `fold` mode: the batch's aggregate states, in `AGGREGATES` order. */
  readonly partial: readonly unknown[] | null;
  /**
   * In `fold` mode: each writer's rows for all the batch's articles, in order, already UTF-8.
   * Encoding here, in the worker, and moving the bytes (not copying a string) to the main
   * thread leaves it only the writing: at two workers it was the bottleneck.
   */
  readonly rows: readonly Uint8Array[] | null;
}

async function articleOf(
  item: WorkItem,
): Promise<{ article: Article; input: ManifestInput | null }> {
  if (item.kind === 'record') return { article: recordArticle(item.record), input: null };
  const bytes = await readArticleBytes(item.absPath, item.sourcePath, item.maxBytes);
  const article = articleFromBytes(bytes, item.absPath, {
    id: item.id,
    sourcePath: item.sourcePath,
  });
  return {
    article,
    input: {
      id: item.id,
      source_path: item.sourcePath,
      sha256: sha256(bytes),
      bytes: bytes.length,
    },
  };
}

/**
 * A writer's rows for a batch, encoded to UTF-8 as each article's text is rendered, so the
 * strings die young (held to the end of the batch, a batch's rows, megabytes, outlived
 * scavenges and were copied and promoted). `Buffer.write` is much faster than TextEncoder.
 */
class Utf8Rows {
  private buf: Buffer = Buffer.allocUnsafeSlow(0);
  private at = 0;

  push(text: string): void {
    // A UTF-16 code unit takes at most 3 UTF-8 bytes: one pass, no measuring first.
    this.buf = withRoom(this.buf, this.at, this.at + text.length * 3);
    this.at += this.buf.write(text, this.at, 'utf8');
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }
}

/**
 * Analyzes a batch. `between`, when given, is awaited between two articles: the main thread
 * passes a yield to its event loop there, so it keeps serving the workers while it analyzes.
 */
export async function processBatch(
  items: readonly WorkItem[],
  config: WorkConfig,
  between?: () => Promise<void>,
): Promise<BatchResult> {
  const writers = config.writers.map(writerNamed);
  const fold = config.mode === 'fold';
  const partial = fold ? AGGREGATES.map((a) => a.empty()) : null;
  const batchRows = writers.map(() => new Utf8Rows());
  const outcomes: Outcome[] = [];
  for (const [n, item] of items.entries()) {
    if (between && n > 0) await between();
    let read: { article: Article; input: ManifestInput | null };
    let result: ArticleResult;
    try {
      read = await articleOf(item);
      result = analyzeArticle(read.article, config.lexicon);
    } catch (err) {
      // A fault (a bug, not bad input) on one article must not cost the others: it is recorded
      // like a skipped input with code E_INTERNAL, and the run ends with exit code 1.
      const error = err instanceof InputError ? err : internalError(err, itemSource(item));
      outcomes.push({ ok: false, error: error.toInfo() });
      continue;
    }
    if (fold) {
      writers.forEach((w, i) => {
        if (w.article) batchRows[i]!.push(w.article(result));
      });
    }
    const contrib = AGGREGATES.map((a) => a.contribute(result));
    if (partial) {
      AGGREGATES.forEach((a, i) => {
        a.add(partial[i], contrib[i]);
      });
    }
    outcomes.push({
      ok: true,
      id: result.article.id,
      sourcePath: result.article.meta.source_path,
      line: item.kind === 'record' ? item.record.line : null,
      words: result.scores.words,
      rows: fold ? [] : writers.map((w) => (w.article ? w.article(result) : '')),
      input: read.input,
      retained: item.retain ? result : null,
      contrib: partial ? null : contrib,
    });
  }
  return {
    outcomes,
    partial,
    rows: fold ? batchRows.map((b) => b.bytes()) : null,
  };
}

function itemSource(item: WorkItem): string {
  return item.kind === 'file' ? item.sourcePath : item.record.sourcePath;
}

function internalError(err: unknown, file: string): InputError {
  const e = err instanceof Error ? err : new Error(String(err));
  return new InputError(`internal error while analyzing: ${e.message}`, {
    code: 'E_INTERNAL',
    file,
    found: JSON.stringify(e.name),
    hint: `this is a bug in framelens; please report it with the file. ${(e.stack ?? '').split('\n').slice(0, 3).join(' ')}`,
  });
}
