/**
 * A worker thread of the analyzer pool (piscina): gets its lexicon and writer list once, as
 * `workerData`, then analyzes batches. The same `processBatch` runs in the main thread when
 * `--jobs 1`.
 */
import { workerData } from 'node:worker_threads';
import { type BatchResult, processBatch, type WorkConfig, type WorkItem } from './work.js';

const config = workerData as WorkConfig;

export default function analyzeBatch(items: readonly WorkItem[]): Promise<BatchResult> {
  return processBatch(items, config);
}
