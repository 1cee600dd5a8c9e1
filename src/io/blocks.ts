/**
 * The intermediate shape every format reader produces: a list of text blocks (paragraphs and
 * headings) with the markup already gone. `joinBlocks` turns them into `Article.text`, one
 * block per paragraph, separated by exactly one blank line, and remembers where each block
 * landed so title, byline and footer blocks can be listed as excluded spans.
 */
import type { Span } from '../types.js';

export interface Block {
  /** The block's words with markup removed; lines inside it joined by `\n`, no blank line. */
  readonly text: string;
  readonly kind: 'heading' | 'paragraph';
  /** Heading level 1-6; 0 for paragraphs. */
  readonly depth: number;
}

/** Metadata a document states about itself, before any merging with front matter. */
export interface DocMeta {
  title?: string;
  outlet?: string;
  author?: string;
  date?: string;
  url?: string;
}

/** What a format reader returns: blocks, the index of the title block if any, stated metadata. */
export interface SourceDoc {
  readonly blocks: Block[];
  /** Index in `blocks` of the block that is the document's own title, or null. */
  readonly titleBlock: number | null;
  readonly meta: DocMeta;
}

// A blank line is a line holding only spaces or tabs: the same rule plain text uses for
// paragraphs, so a paragraph break means the same thing whatever the source format was.
const BLANK_LINE = /\n[ \t]*(?:\n[ \t]*)+/;

/**
 * Appends `text` as one or more blocks: split at blank lines (an HTML `<br><br>` inside a
 * `<p>` is a paragraph break to a reader), trailing spaces removed from each line and the
 * block's leading indentation dropped (layout, not words), empty pieces dropped. Returns the
 * index of the first block added, or -1 if none was.
 */
export function pushBlock(
  blocks: Block[],
  text: string,
  kind: Block['kind'] = 'paragraph',
  depth = 0,
): number {
  const first = blocks.length;
  for (const piece of text.split(BLANK_LINE)) {
    const clean = piece.split('\n').map(trimSpacesEnd).join('\n').trim();
    if (clean !== '') blocks.push({ text: clean, kind, depth });
  }
  return blocks.length > first ? first : -1;
}

/**
 * Drops trailing spaces and tabs. A loop, not `/[ \t]+$/`: that regex retries from every space
 * of a long run that does not end the line, which took minutes on a megabyte of spaces.
 */
function trimSpacesEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) {
    end -= 1;
  }
  return end === line.length ? line : line.slice(0, end);
}

/**
 * A block's lines as one line, for titles: each line trimmed, joined by one space. Split, not
 * a regex of spaces around `\n`, which is quadratic on long runs of spaces (see trimSpacesEnd).
 */
export function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** Joins blocks with `\n\n`; `spans[i]` is where block `i` sits in the result. */
export function joinBlocks(blocks: readonly Block[]): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  for (const block of blocks) {
    if (text !== '') text += '\n\n';
    spans.push({ start: text.length, end: text.length + block.text.length });
    text += block.text;
  }
  return { text, spans };
}
