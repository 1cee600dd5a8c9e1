/**
 * Moves inputs through the analyzer in batches and hands the results on in input order:
 *
 *   inputs (in order) ─► batches ─► analyzer (worker threads, any order) ─► reorder ─► consumer
 *
 * At most `maxInFlight` batches are out at once, so reading waits for analysis and memory
 * stays flat whatever the corpus size. Errors found while reading and the end of each corpus
 * source travel in their batch's place, so the consumer sees one ordered stream of events.
 */
import type { ErrorInfo } from '../errors.js';
import type { InputItem } from '../io/corpus.js';
import type { Analyzer } from '../pool/analyzer.js';
import type { ArticleOutcome, BatchResult, WorkItem } from '../pool/work.js';
import type { ManifestInput } from '../report/manifest.js';

export type RunEvent =
  | { readonly kind: 'article'; readonly outcome: ArticleOutcome }
  | { readonly kind: 'error'; readonly error: ErrorInfo }
  | { readonly kind: 'source'; readonly input: ManifestInput }
  /** A batch's aggregate states (fold mode), in `AGGREGATES` order. */
  | { readonly kind: 'partial'; readonly states: readonly unknown[] }
  /** A batch's per-article rows (fold mode), UTF-8, one buffer per writer. */
  | { readonly kind: 'rows'; readonly buffers: readonly Uint8Array[] };

export interface Consumer {
  /** True while the consumer still wants full results (the first articles, for side by side). */
  wantsRetained(): boolean;
  take(event: RunEvent): void | Promise<void>;
}

export interface PumpOptions {
  /** A batch closes at this many inputs, or at this many characters of record text. */
  readonly batchItems: number;
  readonly batchChars: number;
  readonly maxInFlight: number;
}

export const DEFAULT_PUMP: PumpOptions = { batchItems: 64, batchChars: 256 * 1024, maxInFlight: 0 };

type Entry = { readonly local: RunEvent } | { readonly work: number };

interface Slot {
  readonly entries: Entry[];
  readonly result: Promise<BatchResult>;
}

export async function pump(
  inputs: AsyncIterable<InputItem>,
  analyzer: Analyzer,
  consumer: Consumer,
  options: PumpOptions = DEFAULT_PUMP,
): Promise<void> {
  const maxInFlight = options.maxInFlight > 0 ? options.maxInFlight : analyzer.threads * 2;
  const queue: Slot[] = [];
  let entries: Entry[] = [];
  let work: WorkItem[] = [];
  let chars = 0;

  const drainOne = async (): Promise<void> => {
    const slot = queue.shift()!;
    const { outcomes, partial, rows } = await slot.result;
    for (const e of slot.entries) {
      if ('local' in e) {
        await consumer.take(e.local);
        continue;
      }
      const o = outcomes[e.work]!;
      await consumer.take(
        o.ok ? { kind: 'article', outcome: o } : { kind: 'error', error: o.error },
      );
    }
    if (partial) await consumer.take({ kind: 'partial', states: partial });
    if (rows) await consumer.take({ kind: 'rows', buffers: rows });
  };

  const dispatch = async (): Promise<void> => {
    if (entries.length === 0) return;
    const result =
      work.length > 0
        ? analyzer.run(work)
        : Promise.resolve({ outcomes: [], partial: null, rows: null });
    // Awaited in order below; until then a failure must not count as unhandled.
    result.catch(() => {});
    queue.push({ entries, result });
    entries = [];
    work = [];
    chars = 0;
    while (queue.length >= maxInFlight) await drainOne();
  };

  for await (const item of inputs) {
    if (item.kind === 'error')
      entries.push({ local: { kind: 'error', error: item.error.toInfo() } });
    else if (item.kind === 'source') entries.push({ local: { kind: 'source', input: item.input } });
    else {
      const retain = consumer.wantsRetained();
      entries.push({ work: work.length });
      if (item.kind === 'file') {
        const { id, sourcePath, absPath, maxBytes } = item;
        work.push({
          kind: 'file',
          id,
          sourcePath,
          absPath,
          retain,
          ...(maxBytes !== undefined ? { maxBytes } : {}),
        });
        chars += 4096;
      } else {
        work.push({ kind: 'record', record: item.record, retain });
        chars += item.record.text.length;
      }
    }
    if (entries.length >= options.batchItems || chars >= options.batchChars) await dispatch();
  }
  await dispatch();
  while (queue.length > 0) await drainOne();
}
