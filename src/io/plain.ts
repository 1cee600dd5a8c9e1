/**
 * Plain text to blocks: a paragraph is a run of lines between blank lines, and its lines keep
 * their breaks as written. One exception: text saved from a web page often puts each
 * paragraph on one long line with no blank line between (the wire summary in `seeds/`). A
 * run holding a line longer than any hard-wrapped line would be is read as one paragraph per
 * line; hard-wrapped prose (lines of 60-80 characters) stays one paragraph. Plain text has no markup for a title, so one is read only when it
 * is obvious: a first paragraph of a single short line that does not end like a sentence.
 *
 *   Kremlin drone incident: what we know⏎⏎Two drones ...   → title "Kremlin drone ..."
 *   The US government has refuted Russian claims ... Putin.⏎After ...   → no title
 */
import { type Block, pushBlock, type SourceDoc } from './blocks.js';
import { parseDate } from './dates.js';

const MAX_TITLE_LENGTH = 150;
/** Longer than any line of hard-wrapped prose: a line this long is a whole paragraph. */
const UNWRAPPED_LINE = 120;
// A headline may end in "?" or "!", but not in the punctuation that ends or continues prose.
const PROSE_END = /[.,;:…"”'’)\]-]$/;

function looksLikeTitle(blocks: readonly Block[]): boolean {
  const first = blocks[0];
  if (!first || blocks.length < 2) return false;
  const text = first.text;
  return (
    !text.includes('\n') &&
    text.length <= MAX_TITLE_LENGTH &&
    /\p{L}/u.test(text) &&
    !PROSE_END.test(text) &&
    !/^by\s/i.test(text) &&
    parseDate(text) === null
  );
}

export function plainToDoc(body: string): SourceDoc {
  const blocks: Block[] = [];
  for (const run of body.split(/\n[ \t]*(?:\n[ \t]*)+/)) {
    const lines = run.split('\n');
    if (lines.some((line) => line.length > UNWRAPPED_LINE)) {
      for (const line of lines) pushBlock(blocks, line);
    } else {
      pushBlock(blocks, run);
    }
  }
  if (!looksLikeTitle(blocks)) return { blocks, titleBlock: null, meta: {} };
  const title = blocks[0]!.text;
  blocks[0] = { text: title, kind: 'heading', depth: 1 };
  return { blocks, titleBlock: 0, meta: { title } };
}
