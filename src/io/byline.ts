/**
 * Byline and date lines directly under the title (or at the very start when the document has
 * no title of its own), lifted into metadata and excluded from scoring. Deliberately narrow:
 * a line counts only when all of it is a name or a date, so a short opening sentence is never
 * mistaken for a byline.
 *
 *   By Jane Doe                      author
 *   Andre Damon⏎3 May 2023           author + date (a bare name needs a date beside it,
 *                                    in its block or the next)
 *   By Jane Doe and John Roe | May 3, 2023
 *   Published: 2023-05-03            date
 */
import type { Block } from './blocks.js';
import { parseDate } from './dates.js';

export interface Byline {
  /** Indexes of the blocks that form the byline, in order. */
  readonly blocks: number[];
  readonly author: string | null;
  /** The date as `YYYY-MM-DD`. */
  readonly date: string | null;
}

interface LineInfo {
  author?: string;
  /** True when the name had no "By": only trusted next to a date. */
  bare?: boolean;
  date?: string;
}

// Name words: capitalized words, initials, and the lower-case particles of many surnames.
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|de|da|di|du|del|der|den|van|von|bin|ibn|al|la|le|dos|ter)$/u;
const PARTICLE = /^\p{Ll}/u;
const DATE_PREFIX = /^(?:published|posted|updated)(?:\s+on)?:?\s+/i;
const SEPARATOR = /\s+[|·•—–]\s+/;
// "A and B", "A, B and C": commas only in a list that ends with "and", since
// "By Jane Doe, Staff Writer" is a name and a job title, not two names.
const LAST_NAME_IN_LIST = /^(.+?),?\s+(?:and|&)\s+([^,]+)$/;

function isName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5 || text.length > 50) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  return !PARTICLE.test(words[0]!) && !PARTICLE.test(words[words.length - 1]!);
}

function readAuthor(text: string): LineInfo | null {
  const by = /^by\s+(.+)$/i.exec(text);
  const names = (by ? by[1]! : text).trim();
  const list = LAST_NAME_IN_LIST.exec(names);
  const all = list ? [...list[1]!.split(/\s*,\s*/), list[2]!] : [names];
  if (!all.every(isName)) return null;
  return by ? { author: names } : { author: names, bare: true };
}

function readDate(text: string): LineInfo | null {
  const date = parseDate(text.replace(DATE_PREFIX, ''));
  return date ? { date } : null;
}

// Longer than any byline ("By Jane Doe and John Roe | Wednesday, 3 May 2023" is 48). The
// patterns below backtrack on long runs of spaces or "and"s, so a long line is never tried.
const MAX_BYLINE = 200;

/** One line: a byline, a date, or both ("By X | date", "X, 3 May 2023"); else null. */
function readLine(line: string): LineInfo | null {
  const text = line.trim();
  if (text.length > MAX_BYLINE) return null;
  const whole = readDate(text) ?? readAuthor(text);
  if (whole) return whole;
  const parts = SEPARATOR.test(text) ? text.split(SEPARATOR) : splitAtFirstComma(text);
  if (parts.length !== 2) return null;
  const a = readAuthor(parts[0]!);
  const d = readDate(parts[1]!);
  return a && d ? { ...a, ...d } : null;
}

function splitAtFirstComma(text: string): string[] {
  const i = text.indexOf(',');
  return i < 0 ? [text] : [text.slice(0, i), text.slice(i + 1)];
}

/** Reads one block as a byline block; null unless every line (at most three) is one. */
function readBlock(block: Block): LineInfo | null {
  if (block.kind !== 'paragraph') return null;
  const lines = block.text.split('\n');
  if (lines.length > 3) return null;
  const info: LineInfo = {};
  for (const line of lines) {
    const one = readLine(line);
    if (!one) return null;
    if (one.author !== undefined) {
      if (info.author !== undefined) return null;
      info.author = one.author;
      if (one.bare) info.bare = true;
    }
    if (one.date !== undefined) {
      if (info.date !== undefined) return null;
      info.date = one.date;
    }
  }
  return info;
}

/**
 * Looks for a byline in the block at `from` and, when that one gives only an author or only a
 * date, the block after it. Never takes the last block: a document is not all byline.
 */
export function findByline(blocks: readonly Block[], from: number): Byline | null {
  const found: number[] = [];
  let author: string | null = null;
  let bare = false;
  let date: string | null = null;
  for (let i = from; i < Math.min(from + 2, blocks.length - 1); i += 1) {
    const info = readBlock(blocks[i]!);
    if (!info) break;
    if ((info.author && author) || (info.date && date)) break;
    found.push(i);
    if (info.author) [author, bare] = [info.author, info.bare === true];
    date = info.date ?? date;
    if (author && date) break;
  }
  // A name without "By" is only a byline when a date stands with it: "Andre Damon / 3 May 2023".
  if (found.length === 0 || (bare && date === null)) return null;
  return { blocks: found, author, date };
}
