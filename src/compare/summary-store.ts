/**
 * Where a run keeps its article summaries (the corpus view's raw material) until the reports
 * are ended: in memory for a library call or a worker's batch (an array), or, for a whole run,
 * in a temporary file in the output folder, so memory does not grow with the corpus.
 *
 * A stored summary is one record of V8's serialization format (what worker threads use; it keeps
 * Maps as Maps, and reads back about ten times faster than JSON with a reviver), after its length
 * as 4 bytes. Reading the store back yields them one at a time, in the order they were pushed, as
 * often as the reports need (the view reads it once to count, then once per per-article table). The file is hidden
 * and named like every other temporary file of a run, so a killed run's file is cleared by the
 * next one (see removeStaleTemps).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ArticleSummary } from './corpus.js';

/** Summaries in the order they were pushed, readable any number of times. */
export interface SummaryList extends Iterable<ArticleSummary> {
  readonly length: number;
}

/** A list summaries can be added to: an array, or a `SpilledSummaries`. */
export interface SummaryStore extends SummaryList {
  push(s: ArticleSummary): void;
}

const FLUSH_AT = 1 << 20;
const READ_CHUNK = 1 << 20;

/** Summaries in a temporary file in `dir`; `dispose()` removes it. */
export class SpilledSummaries implements SummaryStore {
  readonly file: string;
  #fd: number;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #length = 0;
  #disposed = false;

  constructor(dir: string) {
    this.file = path.join(dir, `.corpus-view.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    this.#fd = openSync(this.file, 'w');
  }

  get length(): number {
    return this.#length;
  }

  push(s: ArticleSummary): void {
    const record = serialize(s);
    const head = Buffer.allocUnsafe(4);
    head.writeUInt32LE(record.length, 0);
    this.#pending.push(head, record);
    this.#pendingBytes += 4 + record.length;
    this.#length += 1;
    if (this.#pendingBytes >= FLUSH_AT) this.#flush();
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    const buf = Buffer.concat(this.#pending, this.#pendingBytes);
    this.#pending = [];
    this.#pendingBytes = 0;
    let at = 0;
    while (at < buf.length) at += writeSync(this.#fd, buf, at);
  }

  *[Symbol.iterator](): Generator<ArticleSummary> {
    if (this.#disposed) throw new Error('the summary store was already removed');
    this.#flush();
    const fd = openSync(this.file, 'r');
    try {
      let buf = Buffer.alloc(0);
      let position = 0;
      for (;;) {
        const chunk = Buffer.allocUnsafe(READ_CHUNK);
        const n = readSync(fd, chunk, 0, READ_CHUNK, position);
        if (n === 0) break;
        position += n;
        buf = buf.length > 0 ? Buffer.concat([buf, chunk.subarray(0, n)]) : chunk.subarray(0, n);
        let at = 0;
        while (at + 4 <= buf.length) {
          const len = buf.readUInt32LE(at);
          if (at + 4 + len > buf.length) break;
          yield deserialize(buf.subarray(at + 4, at + 4 + len)) as ArticleSummary;
          at += 4 + len;
        }
        buf = buf.subarray(at);
      }
      if (buf.length > 0) throw new Error(`the summary store ${this.file} ends inside a record`);
    } finally {
      closeSync(fd);
    }
  }

  /** Closes and removes the file. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    closeSync(this.#fd);
    rmSync(this.file, { force: true });
  }
}
