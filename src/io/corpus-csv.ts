/**
 * CSV corpora: a header row naming the columns, one article per row, the text in one column
 * (`text` unless `--text-field` says otherwise). Parsed by csv-parse as a stream. A row with
 * more or fewer cells than the header, or one csv-parse cannot read (an unclosed quote), is one
 * error row and the rows after it are still read; a header without the text column fails the
 * whole file with one error row.
 */
import { type CsvError, parse } from 'csv-parse';
import { InputError } from '../errors.js';
import type { CorpusEvent, RecordSource } from './corpus-jsonl.js';
import { type RecordFields, toRecord } from './corpus-record.js';

interface Parsed {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

export async function* readCsv(
  chunks: AsyncIterable<Buffer>,
  source: RecordSource,
  fields: RecordFields,
): AsyncGenerator<CorpusEvent> {
  const file = source.sourcePath;
  // Rows csv-parse skipped, with the line they ended on: reported in line order among the rows.
  const skipped: { error: InputError; lines: number }[] = [];
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      const lines = (err as { lines?: number } | undefined)?.lines ?? 0;
      const error = new InputError('row cannot be read as CSV', {
        code: 'E_CSV_SYNTAX',
        file,
        line: lines + source.lineOffset,
        expected: 'a CSV row (RFC 4180)',
        found: err?.message ?? 'unreadable row',
      });
      skipped.push({ error, lines });
      return undefined;
    },
  });
  const feed = (async () => {
    for await (const chunk of chunks) {
      if (!parser.write(chunk)) await new Promise<void>((r) => parser.once('drain', r));
    }
    parser.end();
  })();
  feed.catch((err: unknown) => parser.destroy(err as Error));

  let header: string[] | null = null;
  let columnOf = new Map<string, number>();
  // The line a row starts on: one past where the previous row (or the header) ended.
  let previousEnd = 0;
  const pending = function* (before: number): Generator<CorpusEvent> {
    while (skipped.length > 0 && skipped[0]!.lines < before) {
      const s = skipped.shift()!;
      previousEnd = Math.max(previousEnd, s.lines);
      yield { kind: 'error', error: s.error };
    }
  };
  for await (const { record, info } of parser as AsyncIterable<Parsed>) {
    yield* pending(info.lines);
    const line = previousEnd + 1 + source.lineOffset;
    previousEnd = info.lines;
    if (header === null) {
      header = record;
      columnOf = new Map(record.map((name, i) => [name.trim(), i]));
      if (!columnOf.has(fields.text)) {
        yield {
          kind: 'error',
          error: new InputError(`CSV header has no column "${fields.text}"`, {
            code: 'E_CSV_HEADER',
            file,
            line,
            field: fields.text,
            expected: `a header row with a "${fields.text}" column`,
            found: record.slice(0, 8).join(', ') || 'an empty header',
            hint: 'name the text column with --text-field',
          }),
        };
        parser.destroy();
        return;
      }
      continue;
    }
    if (record.length !== header.length) {
      yield {
        kind: 'error',
        error: new InputError('row has a different number of cells than the header', {
          code: 'E_CSV_RAGGED',
          file,
          line,
          expected: `${header.length} cells`,
          found: `${record.length} cells`,
        }),
      };
      continue;
    }
    try {
      const get = (f: string) => {
        const i = columnOf.get(f);
        return i === undefined ? undefined : record[i];
      };
      const where = { sourcePath: file, line, stem: source.stem };
      yield { kind: 'record', record: toRecord(get, where, fields) };
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      yield { kind: 'error', error: err };
    }
  }
  await feed;
  yield* pending(Number.POSITIVE_INFINITY);
}
