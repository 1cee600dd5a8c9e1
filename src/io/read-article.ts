/**
 * One file to one `Article`: read the bytes, decode them strictly, pick the reader by the
 * file's extension, parse. Every failure is an `InputError` naming the file, so a run can
 * skip the article, say why, and go on with the rest.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { Article } from '../types.js';
import { decodeText } from './decode.js';
import { type ArticleFormat, parseArticle } from './parse-article.js';

export { type ArticleFormat, parseArticle } from './parse-article.js';

const FORMATS = new Map<string, ArticleFormat>([
  ['.txt', 'txt'],
  ['.md', 'md'],
  ['.markdown', 'md'],
  ['.html', 'html'],
  ['.htm', 'html'],
]);

/** The extensions read from inside folders. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(FORMATS.keys());

/** The reader for a file name; an unknown extension is read as plain text. */
export function formatForPath(filePath: string): ArticleFormat {
  return FORMATS.get(path.extname(filePath).toLowerCase()) ?? 'txt';
}

export async function readArticleFile(
  absPath: string,
  opts: { id: string; sourcePath: string },
): Promise<Article> {
  return articleFromBytes(await readArticleBytes(absPath, opts.sourcePath), absPath, opts);
}

/** The bytes of an article file; a missing or unreadable file is an `InputError`. */
export async function readArticleBytes(absPath: string, sourcePath: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    throw new InputError(missing ? 'file not found' : 'file cannot be read', {
      code: missing ? 'E_NOT_FOUND' : 'E_UNREADABLE',
      file: sourcePath,
      expected: 'a readable file',
      found: code ?? String(err),
    });
  }
  return bytes;
}

/** An article file's bytes to an `Article`: decoded strictly, read by its extension. */
export function articleFromBytes(
  bytes: Uint8Array,
  absPath: string,
  opts: { id: string; sourcePath: string },
): Article {
  const text = decodeText(bytes, opts.sourcePath);
  return parseArticle(text, { ...opts, format: formatForPath(absPath) });
}
