/**
 * Every input of a run, as one ordered stream of work: article files (`.txt`, `.md`, `.html`,
 * and folders of them, listed as `listInputs` lists them), then corpus files in the order
 * given: JSONL (`.jsonl`, `.ndjson`), CSV (`.csv`), either gzip-compressed (by magic bytes or
 * `.gz`), and `-` for standard input. Nothing is read ahead: a corpus of millions of records
 * streams through with flat memory.
 *
 * Problems are items too (an `InputError` with file and line), in input order, so errors.csv
 * lists them where they occurred. An article id used twice is an error for the later one.
 */
import path from 'node:path';
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import type { ManifestInput } from '../report/manifest.js';
import { readCsv } from './corpus-csv.js';
import { type CorpusEvent, type RecordSource, readJsonl } from './corpus-jsonl.js';
import { type CorpusRecord, corpusStem, type RecordFields } from './corpus-record.js';
import { openCorpusSource } from './corpus-source.js';
import { listInputs } from './list-inputs.js';

export type CorpusFormat = 'jsonl' | 'csv';

export type InputItem =
  | {
      readonly kind: 'file';
      readonly id: string;
      readonly sourcePath: string;
      readonly absPath: string;
      readonly maxBytes?: number;
    }
  | { readonly kind: 'record'; readonly record: CorpusRecord }
  | { readonly kind: 'error'; readonly error: InputError }
  /** A corpus source was read to its end: its hash for the manifest. */
  | { readonly kind: 'source'; readonly input: ManifestInput };

export interface CorpusOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly fields: RecordFields;
  /** Format of standard input; null sniffs it (a first `{` means JSONL). */
  readonly stdinFormat: CorpusFormat | null;
  /** Name standard input goes by in ids and messages (`stdin:12`). */
  readonly stdinName: string;
  /** Added to line numbers of standard input: where this part starts in a split corpus. */
  readonly lineOffset: number;
  readonly stdin?: Readable;
  /** Told of every chunk of raw corpus bytes read, for the progress bar. */
  readonly onBytes?: (n: number) => void;
  /** Article files above this size are refused (E_TOO_LARGE); 0 means no limit. */
  readonly maxBytes?: number;
  /** Folders never read as input (the report folder). */
  readonly exclude?: readonly string[];
}

const CORPUS_EXT = /\.(jsonl|ndjson|csv)(\.gz)?$/i;

/** The corpus format a path names, or null for an article file or folder. */
export function corpusFormatOf(p: string): CorpusFormat | null {
  const m = CORPUS_EXT.exec(p);
  if (!m) return null;
  return m[1]!.toLowerCase() === 'csv' ? 'csv' : 'jsonl';
}

export const isCorpusPath = (p: string): boolean => p === '-' || corpusFormatOf(p) !== null;

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** Re-yields a stream after looking at its first chunk. */
async function peek(
  chunks: AsyncIterable<Buffer>,
): Promise<{ first: Buffer | null; chunks: AsyncIterable<Buffer> }> {
  const it = chunks[Symbol.asyncIterator]();
  const r = await it.next();
  const first = r.done ? null : r.value;
  async function* again(): AsyncGenerator<Buffer> {
    if (first) yield first;
    for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
  }
  return { first, chunks: again() };
}

async function* corpusEvents(given: string, opts: CorpusOptions): AsyncGenerator<InputItem> {
  const stdin = given === '-';
  const sourcePath = stdin
    ? opts.stdinName
    : toPosix(path.relative(opts.cwd, path.resolve(opts.cwd, given)));
  const source = openCorpusSource(
    stdin ? null : path.resolve(opts.cwd, given),
    sourcePath,
    opts.stdin,
    opts.onBytes,
  );
  const where: RecordSource = {
    sourcePath,
    stem: corpusStem(sourcePath),
    lineOffset: stdin ? opts.lineOffset : 0,
  };
  try {
    let format = stdin ? opts.stdinFormat : corpusFormatOf(given);
    let chunks = source.chunks;
    if (format === null) {
      const p = await peek(chunks);
      chunks = p.chunks;
      const text = p.first?.toString('utf8').trimStart() ?? '';
      format = text.startsWith('{') || text === '' ? 'jsonl' : 'csv';
    }
    const events: AsyncIterable<CorpusEvent> =
      format === 'csv'
        ? readCsv(chunks, where, opts.fields)
        : readJsonl(chunks, where, opts.fields);
    for await (const e of events) yield e;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    yield { kind: 'error', error: err };
    return;
  }
  const digest = source.digest();
  yield {
    kind: 'source',
    input: { id: where.stem, source_path: sourcePath, sha256: digest.sha256, bytes: digest.bytes },
  };
}

/** The run's inputs in order, with duplicate ids turned into errors. */
export async function* readInputs(opts: CorpusOptions): AsyncGenerator<InputItem> {
  const articlePaths = opts.paths.filter((p) => !isCorpusPath(p));
  const corpusPaths = opts.paths.filter(isCorpusPath);
  const seen = new Set<string>();
  const duplicate = (id: string, file: string, line?: number): InputItem | null => {
    if (!seen.has(id)) {
      seen.add(id);
      return null;
    }
    return { kind: 'error', error: duplicateIdError(id, file, line) };
  };
  if (articlePaths.length > 0 || corpusPaths.length === 0) {
    const { inputs, errors } = await listInputs([...articlePaths], opts.cwd, {
      exclude: [...(opts.exclude ?? [])],
    });
    for (const error of errors) yield { kind: 'error', error };
    for (const f of inputs) {
      yield duplicate(f.id, f.sourcePath) ?? {
        kind: 'file',
        ...f,
        ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
      };
    }
  }
  for (const given of corpusPaths) {
    for await (const item of corpusEvents(given, opts)) {
      if (item.kind === 'record') {
        const r = item.record;
        yield duplicate(r.id, r.sourcePath, r.line) ?? item;
      } else yield item;
    }
  }
}

export function duplicateIdError(id: string, file: string, line?: number): InputError {
  return new InputError('article id already used by an earlier article', {
    code: 'E_DUPLICATE_ID',
    file,
    ...(line === undefined ? {} : { line }),
    expected: 'a unique article id',
    found: JSON.stringify(id),
    hint: 'give each record its own id (or leave the id field out to use <file>:<line>)',
  });
}
