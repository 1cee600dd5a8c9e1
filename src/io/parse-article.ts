/**
 * Raw file text to `Article`: pure, no I/O. The steps, in order:
 *
 *   normalize line endings ─► front matter ─► format reader (blocks, title, stated metadata)
 *     ─► byline under the title ─► trailing footer ─► join blocks into `text` ─► merge metadata
 *
 * Title, byline and footer stay in `text` (a reader sees them) but are listed in `excluded`
 * so no finding or count comes from them.
 */
import { InputError } from '../errors.js';
import type { Article, Span } from '../types.js';
import { type DocMeta, joinBlocks, type SourceDoc } from './blocks.js';
import { findFooter } from './boilerplate.js';
import { findByline } from './byline.js';
import { splitFrontMatter } from './front-matter.js';
import { htmlToDoc } from './html.js';
import { markdownToDoc } from './markdown.js';
import { mergeMeta } from './metadata.js';
import { plainToDoc } from './plain.js';

export type ArticleFormat = 'txt' | 'md' | 'html';

export interface ParseOptions {
  readonly id: string;
  /** Shown in messages and stored as `meta.source_path`. */
  readonly sourcePath: string;
  readonly format: ArticleFormat;
  /**
   * Set when the text comes from a corpus record (JSONL line, CSV row): the record's own
   * metadata, trusted first, and its line for messages. A record has no front matter, and its
   * title never falls back to the corpus file's name.
   */
  readonly record?: { readonly meta: DocMeta; readonly line: number };
}

const READERS: Record<ArticleFormat, (body: string, file: string) => SourceDoc> = {
  txt: plainToDoc,
  md: markdownToDoc,
  html: htmlToDoc,
};

/** Strips a leading byte-order mark and turns `\r\n` and lone `\r` into `\n`. */
export function normalizeNewlines(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function parseArticle(raw: string, opts: ParseOptions): Article {
  const { fields, body } = opts.record
    ? { fields: {}, body: normalizeNewlines(raw) }
    : splitFrontMatter(normalizeNewlines(raw), opts.sourcePath);
  const { blocks, titleBlock, meta } = READERS[opts.format](body, opts.sourcePath);
  const documentMeta: DocMeta = { ...meta };

  const afterTitle = titleBlock === null ? 0 : titleBlock + 1;
  const byline = findByline(blocks, afterTitle);
  if (byline?.author && documentMeta.author === undefined) documentMeta.author = byline.author;
  if (byline?.date && documentMeta.date === undefined) documentMeta.date = byline.date;
  const bodyStart = byline ? byline.blocks[byline.blocks.length - 1]! + 1 : afterTitle;
  const footer = findFooter(blocks, bodyStart);

  const { text, spans } = joinBlocks(blocks);
  if (text.trim() === '') {
    throw new InputError('no article text', {
      code: 'E_EMPTY',
      file: opts.sourcePath,
      ...(opts.record ? { line: opts.record.line } : {}),
      expected: 'article text',
      found: body.trim() === '' ? 'nothing after the front matter' : 'only markup, no visible text',
      hint: 'check that the file holds the article body, not just a page shell',
    });
  }

  const excluded: Span[] = [];
  if (titleBlock !== null) excluded.push(spans[titleBlock]!);
  for (const i of byline?.blocks ?? []) excluded.push(spans[i]!);
  if (footer !== null) excluded.push({ start: spans[footer]!.start, end: text.length });
  excluded.sort((a, b) => a.start - b.start);

  return {
    id: opts.id,
    meta: mergeMeta({
      frontMatter: fields,
      document: documentMeta,
      sourcePath: opts.sourcePath,
      ...(opts.record ? { record: opts.record.meta } : {}),
    }),
    text,
    excluded,
  };
}
