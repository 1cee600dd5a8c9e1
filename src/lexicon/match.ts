/**
 * Finds lexicon forms in a token sequence. Single words and phrases alike are matched on token
 * keys (cached stems), so "provocations" matches "provocation" and "scaling" matches "scale";
 * a phrase may run across hyphens ("so-called" matches "so called") but not across any other
 * punctuation. Within one category, matches are leftmost-longest and never overlap; different
 * categories may overlap ("alleged" can be a hedge and a reporting verb).
 */
import type { RawToken } from '../text/tokenize.js';
import type { Sentence } from '../types.js';
import type { CompiledEntry, EntryCategory, Form, Lexicon } from './compile.js';

export interface Match {
  readonly form: Form;
  readonly entry: CompiledEntry;
  /** Token index range `[start, end)`. */
  readonly start: number;
  readonly end: number;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

function matchable(t: RawToken | undefined): boolean {
  return t !== undefined && !t.excluded && t.kind !== 'punct';
}

/** Index of the next matchable token after `i` inside a phrase (hyphens may sit between), or -1. */
function nextInPhrase(tokens: readonly RawToken[], i: number): number {
  const a = tokens[i + 1];
  if (matchable(a)) return i + 1;
  if (a && HYPHENS.has(a.norm) && matchable(tokens[i + 2])) return i + 2;
  return -1;
}

function caseFits(rule: number, token: RawToken, surface: string, text: string): boolean {
  if (rule === 0) return true;
  if (rule === 1) return token.capitalized;
  return text.slice(token.start, token.end) === surface;
}

/** The word next to a match, looking through a hyphen ("so-called": "so" is before "called"). */
function neighbourKey(tokens: readonly RawToken[], i: number, step: 1 | -1): string | null {
  let t = tokens[i];
  if (t && HYPHENS.has(t.norm)) t = tokens[i + step];
  return t && t.kind !== 'punct' ? t.key : null;
}

function conditionsHold(
  e: CompiledEntry,
  tokens: readonly RawToken[],
  start: number,
  end: number,
): boolean {
  if (e.lowerOnly && tokens[start]!.capitalized) return false;
  const after = neighbourKey(tokens, end, 1);
  const before = neighbourKey(tokens, start - 1, -1);
  if (e.notBefore && after !== null && e.notBefore.has(after)) return false;
  if (e.notAfter && before !== null && e.notAfter.has(before)) return false;
  if (e.onlyBefore && (after === null || !e.onlyBefore.has(after))) return false;
  if (e.onlyAfter && (before === null || !e.onlyAfter.has(before))) return false;
  return true;
}

/** Tries `form` at token `i`; returns the end token index (exclusive) or -1. */
export function tryForm(form: Form, tokens: readonly RawToken[], i: number, text: string): number {
  let k = i;
  for (let w = 0; w < form.keys.length; w += 1) {
    if (w > 0) {
      k = nextInPhrase(tokens, k);
      if (k < 0) return -1;
    }
    const t = tokens[k]!;
    if (t.key !== form.keys[w]) return -1;
    if (form.norms && t.norm !== form.norms[w]) return -1;
    if (form.caseRule && !caseFits(form.caseRule[w]!, t, form.surface[w]!, text)) return -1;
  }
  return k + 1;
}

/**
 * A capitalized word in mid-sentence is part of a name ("United States", "International
 * Criminal Court"), not the common word a word list means; so word entries match a capitalized
 * token only at the start of a sentence or of a quotation, or in a headline-style sentence where
 * most words are capitalized. Actor names are case-checked by their own forms instead.
 */
function capitalsAllowed(
  tokens: readonly RawToken[],
  sentences: readonly Sentence[],
): (i: number) => boolean {
  const titleCase = sentences.map((s) => {
    let long = 0;
    let caps = 0;
    for (let k = s.tokenStart; k < s.tokenEnd; k += 1) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || t.end - t.start < 4) continue;
      long += 1;
      if (t.capitalized) caps += 1;
    }
    return long >= 2 && caps / long >= 0.75;
  });
  return (i) => {
    const t = tokens[i]!;
    if (!t.capitalized) return true;
    const s = sentences[t.sentence];
    if (!s || titleCase[t.sentence]) return true;
    let k = i - 1;
    while (k >= s.tokenStart && tokens[k]!.kind === 'punct') k -= 1;
    return k < s.tokenStart || tokens[k]!.quote !== t.quote;
  };
}

/**
 * A first-key bucket split by the second key, so a common first word ("the", "it") tries only
 * the phrases whose second word is the next token's: `bySecond.get(k)` holds the bucket's
 * one-word forms and its phrases with second key `k`, `singles` the one-word forms alone, both
 * in the bucket's order. A form left out could not match (its second key differs), and trying
 * a form has no side effect, so the matches are the same as trying the whole bucket.
 */
interface SplitBucket {
  readonly singles: readonly Form[];
  readonly bySecond: ReadonlyMap<string, readonly Form[]>;
}

const splitCache = new WeakMap<Lexicon['index'], Map<string, SplitBucket>>();

function splitBucket(lexicon: Lexicon, key: string, bucket: readonly Form[]): SplitBucket {
  let byKey = splitCache.get(lexicon.index);
  if (!byKey) {
    byKey = new Map();
    splitCache.set(lexicon.index, byKey);
  }
  let split = byKey.get(key);
  if (!split) {
    const seconds = new Set<string>();
    for (const f of bucket) if (f.keys.length > 1) seconds.add(f.keys[1]!);
    const bySecond = new Map<string, Form[]>();
    for (const k of seconds) {
      bySecond.set(
        k,
        bucket.filter((f) => f.keys.length === 1 || f.keys[1] === k),
      );
    }
    split = { singles: bucket.filter((f) => f.keys.length === 1), bySecond };
    byKey.set(key, split);
  }
  return split;
}

export function matchTokens(
  lexicon: Lexicon,
  tokens: readonly RawToken[],
  text: string,
  sentences: readonly Sentence[],
): Match[] {
  const allowCaps = capitalsAllowed(tokens, sentences);
  const found: Match[] = [];
  // The end (exclusive) of the last match taken per category: no overlaps within a category.
  const busyUntil = new Map<EntryCategory, number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (!matchable(t)) continue;
    const bucket = lexicon.index.get(t.key);
    if (!bucket) continue;
    const split = splitBucket(lexicon, t.key, bucket);
    const next = nextInPhrase(tokens, i);
    const candidates = (next >= 0 && split.bySecond.get(tokens[next]!.key)) || split.singles;
    for (const form of candidates) {
      const cat = form.entry.category;
      if ((busyUntil.get(cat) ?? 0) > i) continue;
      if (!form.caseRule && !form.entry.anyCase && !allowCaps(i)) continue;
      const end = tryForm(form, tokens, i, text);
      if (end < 0 || !conditionsHold(form.entry, tokens, i, end)) continue;
      found.push({ form, entry: form.entry, start: i, end });
      busyUntil.set(cat, end);
    }
  }
  return found;
}
