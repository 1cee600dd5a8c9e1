/**
 * Why a word counts: the lexicon entries that match a term, found the way the analyzer finds
 * them (same tokenizer, same stems, same exact and case rules, through the matcher's own
 * `tryForm`), with everything a reader needs to judge the entry: file and line, class, weight,
 * polarity, the neighbour conditions that can void it, its note, and its source with licence.
 * Used by `framelens lexicons show`.
 */
import { tokenize } from '../text/tokenize.js';
import type { CompiledEntry, Form, Lexicon } from './compile.js';
import { isInflection } from './lint.js';
import { tryForm } from './match.js';

export interface EntryExplanation {
  readonly entry: CompiledEntry;
  /** Path of the lexicon file as loaded. */
  readonly file: string;
  /** The written forms of the entry that match (term or variant). */
  readonly forms: readonly string[];
  /** Neighbour conditions and case rules, in words. */
  readonly conditions: readonly string[];
  readonly sourceTitle: string;
  readonly licence: string;
}

export interface TermExplanation {
  /** Entries matching the whole term. */
  readonly exact: readonly EntryExplanation[];
  /** Phrase entries of which the term is one word ("called" in "so called"). */
  readonly partOf: readonly EntryExplanation[];
}

function conditionsOf(e: CompiledEntry, raw: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  if (e.lowerOnly) out.push('only when written in lower case');
  if (e.anyCase) out.push('also when capitalized in mid-sentence');
  for (const [k, words] of raw) out.push(`${k.replace('_', ' ')}: ${words.join(', ')}`);
  return out;
}

/**
 * Whether one of a phrase's words is `word` itself or an inflection of it, respecting the
 * phrase's case rules: "called" is in "so called", "US" in "US Secretary of State", but "us" is
 * not in "useful idiot" although both stem to "us".
 */
function containsWord(form: Form, word: string): boolean {
  const norm = word.toLowerCase().replace(/\u2019/g, "'");
  return form.surface.some((s, i) => {
    const rule = form.caseRule?.[i] ?? 0;
    if (rule === 2 && s !== word) return false;
    if (rule === 1 && word.charAt(0) === word.charAt(0).toLowerCase()) return false;
    const w = s.toLowerCase();
    if (w === norm) return true;
    return w.length > 2 && norm.length > 2 && (isInflection(norm, w) || isInflection(w, norm));
  });
}

export function explainTerm(lexicon: Lexicon, term: string): TermExplanation {
  const tokens = tokenize(term).filter((t) => t.kind !== 'punct' || t.norm === '-');
  const files = new Map(lexicon.files.map((f) => [f.name, f]));
  const found = new Map<string, { entry: CompiledEntry; forms: Set<string>; whole: boolean }>();
  const words = tokens.filter((t) => t.kind !== 'punct');
  // Every form that starts with one of the term's words: a whole match, or a phrase around it.
  for (const bucket of lexicon.index.values()) {
    for (const form of bucket) {
      let whole = false;
      let part = false;
      if (tokenize(term).length > 0 && form.keys[0] === words[0]?.key)
        whole = tryForm(form, tokens, 0, term) === tokens.length;
      if (!whole && words.length === 1 && form.keys.length > 1) part = containsWord(form, term);
      if (!whole && !part) continue;
      const slot = found.get(form.entry.id) ?? { entry: form.entry, forms: new Set(), whole };
      slot.whole ||= whole;
      slot.forms.add(form.surface.join(' '));
      found.set(form.entry.id, slot);
    }
  }
  const explain = (s: { entry: CompiledEntry; forms: Set<string> }): EntryExplanation => {
    const file = files.get(s.entry.lexicon);
    const raw = new Map<string, readonly string[]>();
    const data = file?.data;
    if (data && data.category !== 'actor') {
      const e = data.entries.find((x) => x.term === s.entry.term);
      for (const k of ['not_before', 'not_after', 'only_before', 'only_after'] as const) {
        const v = e?.[k];
        if (v) raw.set(k, v);
      }
      if (e?.exact) raw.set('exact', ['no stemming: only the forms listed']);
    }
    const source = data?.sources[s.entry.source];
    return {
      entry: s.entry,
      file: file?.path ?? s.entry.lexicon,
      forms: [...s.forms].sort(),
      conditions: conditionsOf(s.entry, raw),
      sourceTitle: source?.title ?? s.entry.source,
      licence: source?.licence ?? 'unknown',
    };
  };
  const order = (a: EntryExplanation, b: EntryExplanation) =>
    a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
  const all = [...found.values()];
  return {
    exact: all
      .filter((s) => s.whole)
      .map(explain)
      .sort(order),
    partOf: all
      .filter((s) => !s.whole)
      .map(explain)
      .sort(order),
  };
}
