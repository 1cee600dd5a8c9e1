/**
 * Runs batches of work on all cores: a piscina pool of worker threads, one per core unless
 * `--jobs` says otherwise, or the main thread itself for `--jobs 1` (no thread start-up, and
 * the same code). Results come back in whatever order the workers finish; the pipeline restores
 * input order before anything is written.
 */
import os from 'node:os';
import { Piscina } from 'piscina';
import { type BatchResult, processBatch, type WorkConfig, type WorkItem } from './work.js';

export interface Analyzer {
  readonly threads: number;
  run(items: readonly WorkItem[]): Promise<BatchResult>;
  close(): Promise<void>;
}

export const defaultJobs = (): number => Math.max(1, os.availableParallelism());

export function createAnalyzer(jobs: number, config: WorkConfig): Analyzer {
  if (jobs <= 1) {
    return { threads: 1, run: (items) => processBatch(items, config), close: async () => {} };
  }
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    workerData: config,
    minThreads: jobs,
    maxThreads: jobs,
    // Tasks are batches; keep workers alive for the whole run.
    idleTimeout: 60_000,
  });
  return {
    threads: jobs,
    run: async (items) => (await pool.run(items)) as BatchResult,
    close: () => pool.destroy(),
  };
}
