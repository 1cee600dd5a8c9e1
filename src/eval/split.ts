/**
 * Splits a development file into two halves by id, so lexicon changes made while reading one
 * half's errors can be checked on the other (`--half a` to tune on, `--half b` to confirm).
 *
 * The half is a function of the id alone (the first byte of its SHA-256), so it does not depend
 * on the order of the file and stays put when rows are added. Sentences of one document stay
 * together: only the part of the id before `#` is hashed ("DOC0001.txt#S1.4" goes with
 * its article), so a half never sees the neighbours of a sentence in the other half.
 */
import { createHash } from 'node:crypto';

export const HALVES = ['a', 'b'] as const;
export type Half = (typeof HALVES)[number];

export function halfOf(id: string): Half {
  const doc = id.includes('#') ? id.slice(0, id.indexOf('#')) : id;
  const first = createHash('sha256').update(doc).digest()[0]!;
  return (first & 1) === 0 ? 'a' : 'b';
}

/** The items of one half, or all of them when no half is asked for. */
export function selectHalf<T extends { id: string }>(items: readonly T[], half?: Half): T[] {
  return half ? items.filter((x) => halfOf(x.id) === half) : [...items];
}
