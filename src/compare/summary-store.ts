/**
 * Where a run keeps its article summaries (the corpus view's raw material) until the reports
 * are ended: in memory for a library call or a worker's batch (an array), or, for a whole run,
 * in a temporary file in the output folder, so memory does not grow with the corpus.
 *
 * A stored summary is a record of sections, each in V8's serialization format (what worker
 * threads use; it keeps Maps as Maps, and reads back about ten times faster than JSON with a
 * reviver), each after its length as 4 bytes: the article's names and counts, its measure values,
 * its term counts, its actor usage, its stance cells. Reading the store back yields the summaries
 * one at a time, in the order they were pushed, as often as the reports need (once per table with
 * a row per article); a section is decoded when it is first read, because most tables read one or
 * two of them (the HTML report's table only the values, terms.csv only the terms), and decoding
 * the actor usage and stance cells, many small Maps and objects, was most of the time spent
 * reading the store (about 85 % of 320 µs an article, on the benchmark corpus). The file is hidden
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
    encodeSummary(s, (piece) => this.#append(piece, 0));
    this.#length += 1;
  }

  /**
   * Appends `count` summaries already encoded by `encodeSummary`, one after the other. The bytes
   * are kept, not copied, until they are written: the caller hands them over.
   */
  pushEncoded(bytes: Uint8Array, count: number): void {
    this.#append(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), count);
  }

  #append(bytes: Buffer, count: number): void {
    if (bytes.length > 0) {
      this.#pending.push(bytes);
      this.#pendingBytes += bytes.length;
    }
    this.#length += count;
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
        buf = buf.subarray(yield* wholeRecords(buf));
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

/**
 * One summary as a record of the store's format, handed to `put` piece by piece, in order: each
 * section in V8's serialization format after its length as 4 bytes. The caller appends the
 * pieces where the record goes (the store's pending writes, a batch's bytes), so they are copied
 * once, not joined first. Workers encode their batch's summaries (summary-batch.ts), so the main
 * thread only appends the bytes.
 */
export function encodeSummary(s: ArticleSummary, put: (piece: Buffer) => void): void {
  const { values, terms, usage, stance, ...core } = s;
  for (const section of [core, values, terms, usage, stance]) {
    const record = serialize(section);
    const head = Buffer.allocUnsafe(4);
    head.writeUInt32LE(record.length, 0);
    put(head);
    put(record);
  }
}

/** The summaries of records written one after the other by `encodeSummary`, in order. */
export function* decodeSummaries(bytes: Uint8Array): Generator<ArticleSummary> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if ((yield* wholeRecords(buf)) !== buf.length) {
    throw new Error('encoded summaries end inside a record');
  }
}

/** The summaries of the whole records at the start of `buf`; returns where they end. */
function* wholeRecords(buf: Buffer): Generator<ArticleSummary, number> {
  let at = 0;
  for (;;) {
    const record = recordAt(buf, at);
    if (record === null) return at;
    yield lazySummary(record.sections);
    at = record.end;
  }
}

/** Sections per record: core, values, terms, usage, stance (the order `encodeSummary` writes them). */
const SECTIONS = 5;

/** The sections of the record that starts at `at` and where it ends; null if `buf` ends first. */
function recordAt(buf: Buffer, at: number): { sections: Buffer[]; end: number } | null {
  const sections: Buffer[] = [];
  let p = at;
  for (let i = 0; i < SECTIONS; i += 1) {
    if (p + 4 > buf.length) return null;
    const len = buf.readUInt32LE(p);
    if (p + 4 + len > buf.length) return null;
    sections.push(buf.subarray(p + 4, p + 4 + len));
    p += 4 + len;
  }
  return { sections, end: p };
}

/**
 * A summary whose sections are decoded on first read. The fields are own enumerable getters, so
 * spreading, JSON and `push` into another store see them as plain fields. The record's bytes are
 * a slice of the read buffer: a summary kept past the next read keeps that buffer alive, so
 * callers that keep summaries (the few-article report) keep few.
 */
function lazySummary(sections: readonly Buffer[]): ArticleSummary {
  const summary = deserialize(sections[0]!) as ArticleSummary;
  LAZY_FIELDS.forEach((field, i) => {
    let value: unknown;
    let bytes: Buffer | null = sections[i + 1]!;
    Object.defineProperty(summary, field, {
      enumerable: true,
      get() {
        if (bytes !== null) {
          value = deserialize(bytes);
          bytes = null;
        }
        return value;
      },
    });
  });
  return summary;
}

type LazyField = 'values' | 'terms' | 'usage' | 'stance';
const LAZY_FIELDS: readonly LazyField[] = ['values', 'terms', 'usage', 'stance'];
