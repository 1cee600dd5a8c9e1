/**
 * A batch of article summaries as a worker hands it to the main thread: the summaries already
 * encoded in the summary store's record format (summary-store.ts), their tally (corpus-tally.ts)
 * and each article's framing-profile rates. The main thread appends the bytes to its store, adds
 * the tally and feeds the rates, in order, to the map's sums (`CorpusBuilder.absorb`): encoding
 * and counting, which at two workers were a ninth of the main thread's time, happen where the
 * articles were analyzed.
 *
 * Plain data (typed arrays, Maps, arrays), so it survives structured clone between threads. The
 * rates are kept one row per article rather than summed: the map's sums are floating point, and
 * adding them in another grouping would round differently.
 */

import { withRoom } from '../bytes.js';
import type { ArticleSummary } from './corpus.js';
import {
  addTally,
  type CorpusTally,
  checkProfile,
  emptyTally,
  profileRow,
  tallySummary,
} from './corpus-tally.js';
import { decodeSummaries, encodeSummary } from './summary-store.js';

export interface SummaryBatch {
  /** The framing profile the rows were read with (the corpus options'). */
  readonly profile: readonly string[];
  /** Summaries in the batch. */
  length: number;
  /** Their records, one after the other, in `bytes[0, used)`. */
  bytes: Uint8Array;
  used: number;
  /** Each summary's framing-profile rates, in order. */
  readonly rows: (number | null)[][];
  readonly tally: CorpusTally;
}

export function emptyBatch(profile: readonly string[]): SummaryBatch {
  return { profile, length: 0, bytes: new Uint8Array(0), used: 0, rows: [], tally: emptyTally() };
}

function append(b: SummaryBatch, bytes: Uint8Array): void {
  b.bytes = withRoom(b.bytes, b.used, b.used + bytes.length);
  b.bytes.set(bytes, b.used);
  b.used += bytes.length;
}

/** Adds one summary at the end of the batch. */
export function addToBatch(b: SummaryBatch, s: ArticleSummary): void {
  encodeSummary(s, (piece) => append(b, piece));
  b.rows.push(profileRow(b.profile, s));
  tallySummary(b.tally, s);
  b.length += 1;
}

/** Appends the later batch `from` to `into` (mutating `into`): as if its summaries were added one by one. */
export function mergeBatches(into: SummaryBatch, from: SummaryBatch): void {
  checkProfile(into.profile, from.profile);
  append(into, batchBytes(from));
  for (const row of from.rows) into.rows.push(row);
  addTally(into.tally, from.tally);
  into.length += from.length;
}

/** The batch's encoded records. */
export function batchBytes(b: SummaryBatch): Uint8Array {
  return b.bytes.subarray(0, b.used);
}

/** The batch's summaries, decoded, in order. */
export function batchSummaries(b: SummaryBatch): Iterable<ArticleSummary> {
  return decodeSummaries(batchBytes(b));
}
