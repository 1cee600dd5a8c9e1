/**
 * Just enough noun-phrase grammar to find who is speaking: a proper name ("Dmitry Peskov",
 * "Secretary of State Antony Blinken", "Karine Jean-Pierre", "Russia's Foreign Ministry"), a
 * definite description with a role noun ("the Kremlin spokesperson", "US officials"), or a
 * subject pronoun ("She"). Phrases are token ranges `[start, end)`.
 */
import {
  COMMON_SENTENCE_OPENERS,
  DETERMINERS,
  PREPOSITIONS,
  ROLE_NOUNS,
  SUBJECT_PRONOUNS,
} from './function-words.js';
import type { RawToken } from './tokenize.js';

export interface Phrase {
  start: number;
  end: number;
  pronoun: boolean;
}

const NAME_CONNECTORS = new Set(['of', 'de', 'al', 'bin', 'van', 'von', 'der', 'la', 'le', 'du']);

export class PhraseReader {
  constructor(
    private readonly tokens: readonly RawToken[],
    private readonly sentenceStarts: ReadonlySet<number>,
  ) {}

  /** A capitalized word that is a name, not just a capitalized sentence opener ("However"). */
  isName(i: number): boolean {
    const t = this.tokens[i];
    if (t?.kind !== 'word' || !t.capitalized) return false;
    return !(this.sentenceStarts.has(i) && COMMON_SENTENCE_OPENERS.has(t.norm));
  }

  private isRole(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === 'word' && !t.capitalized && ROLE_NOUNS.has(t.norm);
  }

  private isPronoun(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === 'word' && SUBJECT_PRONOUNS.has(t.norm);
  }

  /** Whether token `i` may continue a phrase whose neighbour toward the head is `toward`. */
  private isInner(i: number, toward: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    if (this.isName(i) || this.isRole(i)) return true;
    const adjacent = (a: number, b: number) => this.tokens[a]!.end === this.tokens[b]!.start;
    const lo = Math.min(i, toward);
    const hi = Math.max(i, toward);
    // "Jean-Pierre": a hyphen glued to names on both sides; "Russia's Foreign Ministry".
    if (t.norm === '-' && adjacent(lo, hi)) return this.isName(i - 1) && this.isName(i + 1);
    if (t.kind === 'clitic') return this.isName(i - 1);
    if (NAME_CONNECTORS.has(t.norm)) return this.isName(i - 1) && this.isName(i + 1);
    return false;
  }

  private hasHead(start: number, end: number): boolean {
    for (let k = start; k < end; k += 1) if (this.isName(k) || this.isRole(k)) return true;
    return false;
  }

  /** The phrase whose last token is `j`, not reaching before `floor`; null if none. */
  endingAt(j: number, floor: number): Phrase | null {
    if (j < floor) return null;
    if (this.isPronoun(j)) return { start: j, end: j + 1, pronoun: true };
    if (!(this.isName(j) || this.isRole(j))) return null;
    let start = j;
    while (start - 1 >= floor && j - start < 8 && this.isInner(start - 1, start)) start -= 1;
    const det = this.tokens[start - 1];
    if (start - 1 >= floor && det && DETERMINERS.has(det.norm) && det.norm === 'the') start -= 1;
    return this.hasHead(start, j + 1) ? { start, end: j + 1, pronoun: false } : null;
  }

  /** The phrase starting at `i`, not reaching `ceiling`; null if none. */
  startingAt(i: number, ceiling: number): Phrase | null {
    if (i >= ceiling) return null;
    if (this.isPronoun(i)) return { start: i, end: i + 1, pronoun: true };
    let k = i;
    if (this.tokens[k]?.norm === 'the') k += 1;
    if (!(this.isName(k) || this.isRole(k))) return null;
    let end = k + 1;
    while (end < ceiling && end - i < 9 && this.isInner(end, end - 1)) end += 1;
    return this.hasHead(i, end) ? { start: i, end, pronoun: false } : null;
  }

  /** True when the phrase is the object of a preposition ("from Moscow", "of Putin"). */
  isPrepositionalObject(p: Phrase): boolean {
    let k = p.start - 1;
    while (k >= 0 && this.tokens[k]!.kind === 'word' && DETERMINERS.has(this.tokens[k]!.norm))
      k -= 1;
    const before = this.tokens[k];
    return before !== undefined && before.kind === 'word' && PREPOSITIONS.has(before.norm);
  }
}
