/**
 * YAML front matter: a `---` line at the very start of the file, YAML, then a closing `---`
 * (or `...`) line. Only title, outlet, author, date and url are read; other keys are ignored so
 * files written for other tools (Jekyll, Hugo) still load. Every problem names the line in the
 * file, not in the YAML block, because that is what an editor shows.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { InputError, quoteFound } from '../errors.js';

export const META_FIELDS = ['title', 'outlet', 'author', 'date', 'url'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface FrontMatter {
  /** The fields given with a non-empty string value; null or missing ones are left out. */
  readonly fields: Partial<Record<MetaField, string>>;
  /** The text after the closing fence (the whole input when there is no front matter). */
  readonly body: string;
}

const OPEN = /^---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;
// A document that merely starts with a Markdown rule (`---`) is not front matter: only treat an
// unclosed fence as a mistake when the next line looks like a YAML key.
const LOOKS_LIKE_KEY = /^[\w-]+[ \t]*:/;
// Metadata is a few lines. The YAML parser checks every key against every other for
// duplicates, which took 7 s on a megabyte of keys; a front matter this long is a mistake.
const MAX_FRONT_MATTER = 65_536;

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

/** Splits front matter from the body. `text` must already have `\n` line endings. */
export function splitFrontMatter(text: string, file: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { fields: {}, body: text };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    if (!LOOKS_LIKE_KEY.test(rest)) return { fields: {}, body: text };
    throw new InputError('front matter is never closed', {
      code: 'E_FRONT_MATTER',
      file,
      line: 1,
      expected: 'a closing `---` line after the front matter',
      found: 'end of file',
      hint: 'add a line with `---` after the last front matter key',
    });
  }
  const yamlText = rest.slice(0, close.index);
  if (yamlText.length > MAX_FRONT_MATTER) {
    throw new InputError('front matter is too long', {
      code: 'E_FRONT_MATTER',
      file,
      line: 1,
      expected: `at most ${MAX_FRONT_MATTER.toLocaleString('en')} characters of \`key: value\` lines`,
      found: `${yamlText.length.toLocaleString('en')} characters before the closing \`---\``,
      hint: 'keep only title, outlet, author, date and url in the front matter',
    });
  }
  const afterClose = close.index + close[0].length;
  const body = rest.slice(afterClose).replace(/^\n/, '');
  return { fields: readFields(yamlText, file), body };
}

function readFields(yamlText: string, file: string): FrontMatter['fields'] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The YAML starts on line 2 of the file, after the opening fence.
  const fileLine = (offset: number | undefined): number =>
    offset === undefined ? 2 : lineCounter.linePos(offset).line + 1;
  const firstError = doc.errors[0];
  if (firstError) {
    const line = fileLine(firstError.pos[0]);
    const lineText = yamlText.split('\n')[line - 2]?.trim();
    throw new InputError(`front matter is not valid YAML: ${firstError.message.split('\n')[0]}`, {
      code: 'E_FRONT_MATTER',
      file,
      line,
      expected: 'YAML `key: value` lines',
      found: lineText ? quoteFound(lineText) : 'the end of the front matter',
      hint: 'check indentation, and quote values that contain `:` or start with a quote',
    });
  }
  const fields: Partial<Record<MetaField, string>> = {};
  if (doc.contents === null) return fields;
  if (!isMap(doc.contents)) {
    throw new InputError('front matter is not a mapping', {
      code: 'E_FRONT_MATTER',
      file,
      line: fileLine(doc.contents.range?.[0]),
      expected: `\`key: value\` lines (${META_FIELDS.join(', ')})`,
      found: describe(doc.contents.toJSON()),
    });
  }
  for (const item of doc.contents.items) {
    const key = isScalar(item.key) ? item.key.value : undefined;
    if (typeof key !== 'string' || !(META_FIELDS as readonly string[]).includes(key)) continue;
    const node = item.value;
    const value: unknown = isScalar(node) ? node.value : (node?.toJSON() ?? null);
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string') {
      throw new InputError(`front matter field \`${key}\` must be text`, {
        code: 'E_FRONT_MATTER',
        file,
        line: fileLine(node && 'range' in node ? node.range?.[0] : undefined),
        field: key,
        expected: 'a string',
        found: describe(value),
        hint: `put the value in quotes: ${key}: "${String(value)}"`,
      });
    }
    if (value.trim() !== '') fields[key as MetaField] = value.trim();
  }
  return fields;
}
