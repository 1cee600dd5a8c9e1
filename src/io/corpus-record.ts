/**
 * One corpus record (a JSONL line or a CSV row) to the values an `Article` is built from, and
 * that article. Field names are configurable (`--text-field`, `--id-field`, `--meta-field`);
 * the record's text is read as plain text (paragraphs at blank lines), and metadata the record
 * states wins over anything read from the text (`title_source` = `record`).
 */
import { InputError, quoteFound } from '../errors.js';
import type { Article } from '../types.js';
import { fileStem } from './metadata.js';
import { parseArticle } from './parse-article.js';

export const META_KEYS = ['title', 'outlet', 'author', 'date', 'url'] as const;
export type MetaKey = (typeof META_KEYS)[number];

/** Which record field holds what. */
export interface RecordFields {
  readonly text: string;
  readonly id: string;
  readonly meta: Readonly<Record<MetaKey, string>>;
}

export const DEFAULT_FIELDS: RecordFields = {
  text: 'text',
  id: 'id',
  meta: { title: 'title', outlet: 'outlet', author: 'author', date: 'date', url: 'url' },
};

/** A record ready for analysis: plain data, so it can cross to a worker thread. */
export interface CorpusRecord {
  readonly id: string;
  readonly sourcePath: string;
  readonly line: number;
  readonly text: string;
  readonly meta: Partial<Record<MetaKey, string>>;
}

/** `corpus.jsonl.gz` → `corpus`: the stem record ids are built from. */
export function corpusStem(sourcePath: string): string {
  const name = sourcePath.replace(/\.gz$/i, '');
  return fileStem(name);
}

/** A scalar field as text: strings as they are, numbers written out; anything else is absent. */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * Builds a record from a field lookup. Throws `InputError` when the text field is missing, not
 * text, or empty; the caller turns that into an errors.csv row and goes on.
 */
export function toRecord(
  get: (field: string) => unknown,
  where: { readonly sourcePath: string; readonly line: number; readonly stem: string },
  fields: RecordFields,
): CorpusRecord {
  const raw = get(fields.text);
  if (typeof raw !== 'string') {
    throw new InputError(`record has no text in field "${fields.text}"`, {
      code: 'E_RECORD_TEXT',
      file: where.sourcePath,
      line: where.line,
      field: fields.text,
      expected: `a string in field "${fields.text}"`,
      found: raw === undefined ? 'no such field' : `${raw === null ? 'null' : typeof raw}`,
      hint: 'name the text field with --text-field',
    });
  }
  if (raw.trim() === '') {
    throw new InputError('no article text', {
      code: 'E_EMPTY',
      file: where.sourcePath,
      line: where.line,
      field: fields.text,
      expected: 'article text',
      found: quoteFound(raw),
    });
  }
  const meta: Partial<Record<MetaKey, string>> = {};
  for (const key of META_KEYS) {
    const value = scalar(get(fields.meta[key]));
    if (value !== undefined) meta[key] = value;
  }
  return {
    id: scalar(get(fields.id))?.trim() ?? `${where.stem}:${where.line}`,
    sourcePath: where.sourcePath,
    line: where.line,
    text: raw,
    meta,
  };
}

/** The article of a record: its text read as plain text, its stated metadata first. */
export function recordArticle(record: CorpusRecord): Article {
  return parseArticle(record.text, {
    id: record.id,
    sourcePath: record.sourcePath,
    format: 'txt',
    record: { meta: record.meta, line: record.line },
  });
}
