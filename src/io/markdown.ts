/**
 * Markdown to blocks, through the mdast syntax tree (`mdast-util-from-markdown`, CommonMark):
 * emphasis, links, headings, code fences and escapes leave only their words; images,
 * definitions and rules leave nothing. Raw HTML blocks go through the HTML reader.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { type Block, type DocMeta, pushBlock, type SourceDoc } from './blocks.js';
import { htmlToDoc } from './html.js';

/** The words of inline content; a hard line break becomes `\n`, tags in raw HTML vanish. */
function inlineText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        out += inlineText(node.children);
        break;
      // images, footnote references and inline HTML tags carry no article words
      default:
        break;
    }
  }
  return out;
}

function walk(node: RootContent, blocks: Block[], heading: { first: number | null }): void {
  switch (node.type) {
    case 'heading': {
      const at = pushBlock(blocks, inlineText(node.children), 'heading', node.depth);
      if (node.depth === 1 && heading.first === null && at >= 0) heading.first = at;
      break;
    }
    case 'paragraph':
      pushBlock(blocks, inlineText(node.children));
      break;
    case 'code':
      pushBlock(blocks, node.value);
      break;
    case 'html':
      for (const block of htmlToDoc(node.value).blocks) blocks.push(block);
      break;
    case 'blockquote':
    case 'list':
    case 'listItem':
      for (const child of node.children) walk(child, blocks, heading);
      break;
    default:
      break;
  }
}

export function markdownToDoc(body: string): SourceDoc {
  const blocks: Block[] = [];
  const heading = { first: null as number | null };
  for (const node of fromMarkdown(body).children) walk(node, blocks, heading);
  // The title is the first level-1 heading; failing that, a heading that opens the document.
  const titleBlock = heading.first ?? (blocks[0]?.kind === 'heading' ? 0 : null);
  const meta: DocMeta = {};
  if (titleBlock !== null) meta.title = blocks[titleBlock]!.text.replace(/\s*\n\s*/g, ' ');
  return { blocks, titleBlock, meta };
}
