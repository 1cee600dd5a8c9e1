/**
 * A worker thread of the analyzer pool (piscina): gets its lexicon and writer list once, as
 * `workerData`, then analyzes batches. The same `processBatch` runs in the main thread when
 * `--jobs 1`.
 */
import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { processBatch, type WorkConfig, type WorkItem } from './work.js';

const config = workerData as WorkConfig;

/** Analyzes a batch; its row buffers are moved to the main thread, not copied. */
export default async function analyzeBatch(items: readonly WorkItem[]): Promise<unknown> {
  const result = await processBatch(items, config);
  const buffers = (result.rows ?? []).map((b) => b.buffer);
  return move({
    get [transferableSymbol]() {
      return buffers;
    },
    get [valueSymbol]() {
      return result;
    },
  });
}
