/**
 * Markdown to blocks, through markdown-it's token stream (CommonMark): emphasis, links,
 * headings, code fences and escapes leave only their words; images, definitions and rules
 * leave nothing. Raw HTML blocks go through the HTML reader.
 *
 * markdown-it rather than micromark: on text pasted from anywhere the parser must stay linear.
 * micromark took 17 s on 50 kB of `*a*a*a…` and overflowed the stack on deeply nested block
 * quotes; markdown-it parses a megabyte of such input in about a second and caps nesting
 * (bench/robustness.ts measures both).
 */
import MarkdownIt from 'markdown-it';
import { InputError } from '../errors.js';
import { type Block, type DocMeta, oneLine, pushBlock, type SourceDoc } from './blocks.js';
import { htmlToDoc } from './html.js';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/**
 * Deeper nesting than this (block quotes in lists in block quotes …) is not prose. markdown-it
 * silently drops the rest of a document once nesting reaches its limit, so the reader refuses
 * such a file instead of analyzing half of it.
 */
const MAX_NESTING = 100;
const parser = new MarkdownIt('commonmark', { maxNesting: MAX_NESTING });

/** The words of an inline token's children; a hard line break becomes `\n`, tags vanish. */
function inlineText(children: readonly Token[] | null): string {
  let out = '';
  for (const t of children ?? []) {
    switch (t.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
        out += t.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += '\n';
        break;
      // emphasis and link markers, images (their alt text is not article text), inline HTML
      default:
        break;
    }
  }
  return out;
}

export function markdownToDoc(body: string, file = ''): SourceDoc {
  const tokens = parser.parse(body, {});
  const blocks: Block[] = [];
  let firstH1: number | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.level >= MAX_NESTING - 1) {
      throw new InputError('Markdown nested too deeply to be an article', {
        code: 'E_MARKDOWN_NESTING',
        file,
        ...(t.map ? { line: t.map[0] + 1 } : {}),
        expected: `at most ${MAX_NESTING - 2} levels of block quotes and lists`,
        found: `${t.level} levels`,
        hint: 'save the file as .txt to read it as plain text',
      });
    }
    if (t.type === 'heading_open' || t.type === 'paragraph_open') {
      const inline = tokens[i + 1];
      const depth = t.type === 'heading_open' ? Number(t.tag.slice(1)) : 0;
      const at = pushBlock(
        blocks,
        inlineText(inline?.children ?? null),
        depth ? 'heading' : 'paragraph',
        depth,
      );
      if (depth === 1 && firstH1 === null && at >= 0) firstH1 = at;
      i += 2;
    } else if (t.type === 'fence' || t.type === 'code_block') {
      pushBlock(blocks, t.content);
    } else if (t.type === 'html_block') {
      for (const block of htmlToDoc(t.content, file).blocks) blocks.push(block);
    }
  }
  // The title is the first level-1 heading; failing that, a heading that opens the document.
  const titleBlock = firstH1 ?? (blocks[0]?.kind === 'heading' ? 0 : null);
  const meta: DocMeta = {};
  if (titleBlock !== null) meta.title = oneLine(blocks[titleBlock]!.text);
  return { blocks, titleBlock, meta };
}
