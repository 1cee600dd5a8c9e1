/**
 * Runs batches of work on all cores: `--jobs N` (default one per core) analyzes on N threads,
 * the main thread and a piscina pool of N − 1 worker threads. The main thread takes a batch
 * whenever it has none, and between two articles of it lets its event loop run (reading input,
 * feeding the workers, writing reports), so it works as one more analyzer instead of idling while
 * the workers analyze: each worker thread costs a heap of its own (about 85 MB), so this saves one
 * at no cost in speed. Results come back in whatever order they finish; the pipeline restores
 * input order before anything is written, so the output does not depend on N.
 */
import os from 'node:os';
import { Piscina } from 'piscina';
import { type BatchResult, processBatch, type WorkConfig, type WorkItem } from './work.js';

export interface Analyzer {
  readonly threads: number;
  run(items: readonly WorkItem[]): Promise<BatchResult>;
  /** Ends the worker threads; closing again waits for the first close. */
  close(): Promise<void>;
}

export const defaultJobs = (): number => Math.max(1, os.availableParallelism());

export function createAnalyzer(jobs: number, config: WorkConfig): Analyzer {
  if (jobs <= 1) {
    return { threads: 1, run: (items) => processBatch(items, config), close: async () => {} };
  }
  // Started when a batch first finds the main thread busy, so a run of one batch (the seeds, a
  // class's handful of articles) never pays for a worker's start-up and heap.
  let pool: Piscina | undefined;
  const startPool = () =>
    new Piscina({
      filename: new URL('./worker.js', import.meta.url).href,
      workerData: config,
      minThreads: jobs - 1,
      maxThreads: jobs - 1,
      // Tasks are batches; keep workers alive for the whole run.
      idleTimeout: 60_000,
    });
  let mainBusy = false;
  let closing: Promise<void> | undefined;
  return {
    threads: jobs,
    run: async (items) => {
      if (mainBusy) {
        pool ??= startPool();
        return (await pool.run(items)) as BatchResult;
      }
      mainBusy = true;
      try {
        // Started on a later turn, so the caller can hand the next batch to a worker first.
        await nextTurn();
        return await processBatch(items, config, nextTurn);
      } finally {
        mainBusy = false;
      }
    },
    // Idempotent: a run closes the pool as soon as the last batch is in (its heaps are freed
    // before the reports are ended), and again on the way out whatever happened.
    close: () => {
      closing ??= pool ? pool.destroy() : Promise.resolve();
      return closing;
    },
  };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
