/**
 * Bias and hedge models trained by the real `framelens train` on the project's own fixture
 * sentences (test/fixtures/train/*-mini.jsonl), for the tests of sentence models.
 */
import path from 'node:path';
import { expect } from 'vitest';
import type { SentenceTask } from '../../src/types.js';
import { framelens, ROOT } from './cli.js';

export const TRAIN_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'train');

/** Trains both models into `dir` (bias.json, hedge.json) and returns their paths. */
export function trainFixtureModels(dir: string): Record<SentenceTask, string> {
  const files = { bias: path.join(dir, 'bias.json'), hedge: path.join(dir, 'hedge.json') };
  for (const task of ['bias', 'hedge'] as const) {
    const r = framelens([
      'train',
      task,
      '--data',
      path.join(TRAIN_FIXTURES, `${task}-mini.jsonl`),
      '--folds',
      '2',
      '--min-count',
      '2',
      '--date',
      '2026-12-07',
      '-o',
      files[task],
    ]);
    expect(r.status, r.stderr).toBe(0);
  }
  return files;
}
