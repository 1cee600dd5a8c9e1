/**
 * Tokens with character offsets, by a hand-written char-code scanner: the regex alternative
 * (`/[\p{L}\p{N}]+/gu`) runs at about half the speed (TOOLCHAIN.md), and tokenizing is the floor
 * every other stage stands on.
 *
 * Rules, with examples:
 * - a word is a run of letters, digits and combining marks: `Kremlin`, `2023`, `Milošević`;
 * - an apostrophe between letters stays inside the word: `didn't`, `O'Brien`;
 * - a final possessive `'s` is split off as a `clitic` token so `Russia's` yields `Russia` (an
 *   actor mention) and `'s`; clitics are not counted as words;
 * - hyphens split: `much-publicized` is `much`, `-`, `publicized`, so lexicon phrases are written
 *   with spaces and match either spelling;
 * - letter-dot initialisms stay whole: `U.S.`, `U.N.`; digit groups too: `3,000`, `2.5`;
 * - any other non-space character is a one-character `punct` token.
 */
import type { TokenKind } from '../types.js';
import { stemKey } from './stem.js';

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
  norm: string;
  key: string;
  capitalized: boolean;
  sentence: number;
  quote: number;
  excluded: boolean;
}

const APOSTROPHES = new Set([0x27, 0x2019]);
const WORDLIKE = /[\p{L}\p{M}\p{N}]/u;

/** Whether the code unit at `i` (whose code is `code`) is a letter, mark or digit. */
function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39)
    );
  }
  return WORDLIKE.test(text.charAt(i));
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x0a ||
    code === 0x09 ||
    code === 0x0d ||
    code === 0xa0 ||
    code === 0x0c ||
    code === 0x0b ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Lower case with curly apostrophes straightened. Most tokens are already plain lower-case
 * ASCII: those are returned as they are, without the two string copies `toLowerCase` and
 * `replace` would make (the tokenizer is the floor every stage stands on; see bench/).
 */
function normalize(raw: string): string {
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) {
      const lower = raw.toLowerCase();
      return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
    }
  }
  return raw;
}

/** True when the character at `i` is an upper-case letter (the same test as `c !== lower(c)`). */
function startsUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const first = text.charAt(i);
  return first !== first.toLowerCase();
}

function push(out: RawToken[], text: string, start: number, end: number, kind: TokenKind): void {
  // A plain-ASCII word seen before: its strings from the table, without slicing the text.
  const slot = kind === 'word' ? knownWord(text, start, end) : -1;
  let norm: string;
  let key: string;
  if (slot >= 0) {
    norm = words.norm[slot]!;
    key = words.key[slot]!;
  } else {
    const raw = text.slice(start, end);
    norm = kind === 'punct' ? raw : normalize(raw);
    key = kind === 'word' ? stemKey(norm) : norm;
  }
  out.push({
    start,
    end,
    kind,
    norm,
    key,
    capitalized: startsUpper(text, start),
    sentence: 0,
    quote: -1,
    excluded: false,
  });
}

/**
 * Words seen before, by their lower-case letters: a word token of plain ASCII found here takes
 * the table's `norm` and `key` strings, so the tokenizer neither slices the text nor looks up the
 * stem for it (one string and one Map lookup less per word; news text repeats its words). An open
 * addressing table of FNV-1a hashes of the lower-cased char codes; it starts over when half full,
 * so memory stays flat on huge corpora. Words with other characters take the general path.
 */
const WORD_SLOTS = 1 << 16;
const words = {
  hash: new Int32Array(WORD_SLOTS),
  norm: new Array<string | undefined>(WORD_SLOTS),
  key: new Array<string | undefined>(WORD_SLOTS),
  size: 0,
};

/** FNV-1a over the lower-cased code units of an ASCII word; 0 when the word is not plain ASCII. */
function asciiWordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i += 1) {
    let c = text.charCodeAt(i);
    if (c >= 0x80) return 0;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h === 0 ? 1 : h;
}

/** Whether `norm` is the lower-cased text[start, end). */
function sameWord(norm: string, text: string, start: number, end: number): boolean {
  if (norm.length !== end - start) return false;
  for (let i = start; i < end; i += 1) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (norm.charCodeAt(i - start) !== c) return false;
  }
  return true;
}

/** The table slot of the word at text[start, end), adding it if it is plain ASCII; else −1. */
function knownWord(text: string, start: number, end: number): number {
  const h = asciiWordHash(text, start, end);
  if (h === 0) return -1;
  const mask = WORD_SLOTS - 1;
  let slot = h & mask;
  for (;;) {
    const at = words.hash[slot]!;
    if (at === 0) break;
    if (at === h && sameWord(words.norm[slot]!, text, start, end)) return slot;
    slot = (slot + 1) & mask;
  }
  if (words.size >= WORD_SLOTS / 2) {
    words.hash.fill(0);
    words.norm.fill(undefined);
    words.key.fill(undefined);
    words.size = 0;
    slot = h & mask;
  }
  // A copy of the letters of its own, so the table never keeps an article's text alive.
  const norm = ` ${text.slice(start, end).toLowerCase()}`.slice(1);
  words.hash[slot] = h;
  words.norm[slot] = norm;
  words.key[slot] = stemKey(norm);
  words.size += 1;
  return slot;
}

/** Scans a word starting at `i`; returns its end. Handles apostrophes, initialisms, numbers. */
function scanWord(text: string, i: number): number {
  const n = text.length;
  let j = i;
  const numeric = isDigit(text.charCodeAt(i));
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isWordChar(c, text, j)) {
      j += 1;
      continue;
    }
    const next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
    const nextIsWord = next !== 0 && isWordChar(next, text, j + 1);
    if (APOSTROPHES.has(c) && nextIsWord && !numeric) {
      j += 1;
      continue;
    }
    if (numeric && (c === 0x2c || c === 0x2e) && isDigit(next)) {
      j += 1;
      continue;
    }
    break;
  }
  // Initialisms: a single letter followed by ".", then letter "." again: U.S., e.g., U.N.
  if (j === i + 1 && !numeric && text.charCodeAt(j) === 0x2e) {
    let k = j;
    while (
      k + 2 < n + 1 &&
      text.charCodeAt(k) === 0x2e &&
      isWordChar(text.charCodeAt(k + 1), text, k + 1) &&
      text.charCodeAt(k + 2) === 0x2e
    ) {
      k += 2;
    }
    if (k > j) return k + 1;
  }
  return j;
}

export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i += 1;
      continue;
    }
    // A lone surrogate half or an astral symbol (emoji) is one punct token of both halves.
    const low = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      const ch = text.slice(i, i + 2);
      if (WORDLIKE.test(ch)) {
        let j = i + 2;
        while (j < n && !isSpace(text.charCodeAt(j)) && WORDLIKE.test(text.charAt(j))) j += 1;
        push(out, text, i, j, 'word');
        i = j;
      } else {
        push(out, text, i, i + 2, 'punct');
        i += 2;
      }
      continue;
    }
    if (!isWordChar(c, text, i)) {
      push(out, text, i, i + 1, 'punct');
      i += 1;
      continue;
    }
    const end = scanWord(text, i);
    const kind: TokenKind = isDigit(c) ? 'number' : 'word';
    // Possessive clitic: "Russia's" -> "Russia" + "'s" (but not "it's"-style one-letter stems).
    const sEnd = end - 2;
    if (
      kind === 'word' &&
      sEnd - i >= 2 &&
      APOSTROPHES.has(text.charCodeAt(sEnd)) &&
      (text.charCodeAt(sEnd + 1) | 0x20) === 0x73
    ) {
      push(out, text, i, sEnd, 'word');
      push(out, text, sEnd, end, 'clitic');
    } else {
      push(out, text, i, end, kind);
    }
    i = end;
  }
  return out;
}
