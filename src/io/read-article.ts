/**
 * One file to one `Article`: read the bytes, decode them strictly, pick the reader by the
 * file's extension, parse. Every failure is an `InputError` naming the file, so a run can
 * skip the article, say why, and go on with the rest.
 */
import { readFile, stat } from 'node:fs/promises';
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

/**
 * Above this size a file is refused (E_TOO_LARGE) unless `--max-bytes` raises the limit. A long
 * news article is about 50 kB; 10 MiB is already a book. A 50 MB "article" is almost always a
 * mistake (a corpus dump, a log, a saved page with embedded data), and analyzing it would take
 * minutes and several GB (see README "Bad input and errors"), so it is skipped with a message
 * and the other articles go on.
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export async function readArticleFile(
  absPath: string,
  opts: { id: string; sourcePath: string; maxBytes?: number },
): Promise<Article> {
  return articleFromBytes(
    await readArticleBytes(absPath, opts.sourcePath, opts.maxBytes),
    absPath,
    opts,
  );
}

/**
 * The bytes of an article file; a missing or unreadable file, or one over `maxBytes`, is an
 * `InputError`.
 */
export async function readArticleBytes(
  absPath: string,
  sourcePath: string,
  maxBytes: number = DEFAULT_MAX_BYTES,
): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    const max = maxBytes;
    const size = (await stat(absPath)).size;
    if (max > 0 && size > max) {
      throw new InputError('file is too large to be one article', {
        code: 'E_TOO_LARGE',
        file: sourcePath,
        expected: `at most ${max.toLocaleString('en')} bytes (--max-bytes)`,
        found: `${size.toLocaleString('en')} bytes`,
        hint: 'split it into articles, or raise the limit with --max-bytes if it really is one',
      });
    }
    bytes = await readFile(absPath);
  } catch (err) {
    if (err instanceof InputError) throw err;
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
