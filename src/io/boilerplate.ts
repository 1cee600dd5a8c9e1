/**
 * A trailing boilerplate footer: contact lines, subscription and social prompts, copyright
 * notices. Shown in reports but never scored, since the outlet's house text is not the
 * writer's framing. Conservative on purpose: only blocks at the very end of the document,
 * only short ones, only these phrasings.
 */
import type { Block } from './blocks.js';

/** Each pattern with an example of the block it is for. Matched against the whole block. */
const FOOTER_PATTERNS: readonly RegExp[] = [
  // "To contact the WSWS and the Socialist Equality Party visit:"
  /^to contact\b[\s\S]*\bvisit\b/i,
  // "Subscribe to our newsletter", "Subscribe now"
  /^subscribe\b/i,
  // "Sign up for our daily briefing"
  /^sign up (?:for|to)\b/i,
  // "Follow us on Twitter and Facebook"
  /^follow us\b/i,
  // "Share this article", "Share this story:"
  /^share this (?:article|story|post|page)\b/i,
  // "© 2023 Example News", "Copyright 2023 Example News", "(c) 2023"
  /^(?:©|\(c\)|copyright\b)/i,
  // "Example News. All rights reserved."
  /\ball rights reserved\b/i,
];

// A footer's link on a line of its own: "wsws.org/contact", "https://example.com",
// "news@example.com". Only taken together with a footer line before it.
const BARE_LINK =
  /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/\S*)?$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i;

// A real paragraph can start with "Subscribe"; house text is short.
const MAX_FOOTER_BLOCK = 300;

function isFooter(block: Block): boolean {
  return block.text.length <= MAX_FOOTER_BLOCK && FOOTER_PATTERNS.some((re) => re.test(block.text));
}

/**
 * Index of the first block of the trailing footer, or null when there is none. `body` is the
 * first block after the title and byline; it is never part of the footer, so a document is
 * never all footer.
 */
export function findFooter(blocks: readonly Block[], body: number): number | null {
  let start: number | null = null;
  for (let i = blocks.length - 1; i > body; i -= 1) {
    const block = blocks[i]!;
    if (isFooter(block)) start = i;
    else if (!BARE_LINK.test(block.text.trim())) break;
  }
  return start;
}
