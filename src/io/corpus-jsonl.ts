/**
 * JSONL corpora: one JSON object per line, the article text in one field (`text` unless
 * `--text-field` says otherwise), metadata in others. Each line is decoded strictly as UTF-8
 * and parsed on its own, so a bad line becomes one error row (file, line, expected, found)
 * and the lines after it are still read. Blank lines are skipped.
 */
import { InputError, quoteFound } from '../errors.js';
import { type CorpusRecord, type RecordFields, toRecord } from './corpus-record.js';

export type CorpusEvent =
  | { readonly kind: 'record'; readonly record: CorpusRecord }
  | { readonly kind: 'error'; readonly error: InputError };

export interface RecordSource {
  readonly sourcePath: string;
  /** Id stem for records without an id: `<stem>:<line>`. */
  readonly stem: string;
  /** Added to every line number: the line this source's first line had in a larger corpus. */
  readonly lineOffset: number;
}

/** Splits a byte stream at `\n` (dropping a `\r` before it); yields each line with its number. */
export async function* byteLines(
  chunks: AsyncIterable<Buffer>,
): AsyncGenerator<{ line: number; bytes: Buffer }> {
  let rest: Buffer | null = null;
  let line = 0;
  for await (const chunk of chunks) {
    let buf: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    let at = 0;
    for (let nl = buf.indexOf(0x0a, at); nl >= 0; nl = buf.indexOf(0x0a, at)) {
      const end = nl > at && buf[nl - 1] === 0x0d ? nl - 1 : nl;
      line += 1;
      yield { line, bytes: buf.subarray(at, end) };
      at = nl + 1;
    }
    buf = buf.subarray(at);
    rest = buf.length > 0 ? Buffer.from(buf) : null;
  }
  if (rest) {
    const end = rest[rest.length - 1] === 0x0d ? rest.length - 1 : rest.length;
    yield { line: line + 1, bytes: rest.subarray(0, end) };
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const NULL_PROTO = (o: object): Record<string, unknown> => Object.assign(Object.create(null), o);

export async function* readJsonl(
  chunks: AsyncIterable<Buffer>,
  source: RecordSource,
  fields: RecordFields,
): AsyncGenerator<CorpusEvent> {
  const file = source.sourcePath;
  for await (const { line: local, bytes } of byteLines(chunks)) {
    const line = local + source.lineOffset;
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      yield {
        kind: 'error',
        error: new InputError('line is not valid UTF-8', {
          code: 'E_ENCODING',
          file,
          line,
          expected: 'UTF-8 text',
          found: 'bytes that are not UTF-8',
        }),
      };
      continue;
    }
    if (local === 1) text = text.replace(/^\uFEFF/, '');
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      yield {
        kind: 'error',
        error: new InputError('line is not JSON', {
          code: 'E_JSONL_SYNTAX',
          file,
          line,
          expected: 'one JSON object per line',
          found: `${quoteFound(text)} (${(err as Error).message})`,
        }),
      };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield {
        kind: 'error',
        error: new InputError('line is not a JSON object', {
          code: 'E_JSONL_SYNTAX',
          file,
          line,
          expected: 'a JSON object',
          found: Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value,
        }),
      };
      continue;
    }
    // Field lookups never reach Object.prototype: a field named "constructor" is just absent.
    const obj = NULL_PROTO(value);
    try {
      const record = toRecord((f) => obj[f], { sourcePath: file, line, stem: source.stem }, fields);
      yield { kind: 'record', record };
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      yield { kind: 'error', error: err };
    }
  }
}
