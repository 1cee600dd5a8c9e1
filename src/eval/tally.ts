/**
 * Error tallies for `--out`: false positives and misses aggregated by term, most frequent first,
 * so a lexicon can be improved from evidence ("`crisis` fired in 30 non-biased sentences").
 */

export type ErrorLevel = 'sentence' | 'word' | 'cue';
export type ErrorKind = 'false_positive' | 'miss';

export interface ErrorRow {
  readonly level: ErrorLevel;
  readonly kind: ErrorKind;
  /** For false positives the lexicon term that fired; for misses the annotated word or cue. */
  readonly term: string;
  readonly count: number;
  /** The entry that fired (false positives), else null. */
  readonly entry_id: string | null;
  readonly lexicon: string | null;
  /** Ids of the first few items with this error, for looking them up. */
  readonly examples: string;
}

const MAX_EXAMPLES = 5;

interface Slot {
  level: ErrorLevel;
  kind: ErrorKind;
  term: string;
  entry_id: string | null;
  lexicon: string | null;
  count: number;
  examples: string[];
}

export class ErrorTally {
  private readonly slots = new Map<string, Slot>();

  add(
    level: ErrorLevel,
    kind: ErrorKind,
    term: string,
    itemId: string,
    entry?: { id: string; lexicon: string },
  ): void {
    const key = `${level}\u0000${kind}\u0000${entry?.id ?? term}`;
    let slot = this.slots.get(key);
    if (!slot) {
      slot = {
        level,
        kind,
        term,
        entry_id: entry?.id ?? null,
        lexicon: entry?.lexicon ?? null,
        count: 0,
        examples: [],
      };
      this.slots.set(key, slot);
    }
    slot.count += 1;
    if (slot.examples.length < MAX_EXAMPLES && !slot.examples.includes(itemId))
      slot.examples.push(itemId);
  }

  /** Rows by level and kind, then most frequent first, then term. */
  rows(): ErrorRow[] {
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return [...this.slots.values()]
      .sort(
        (a, b) =>
          cmp(a.level, b.level) ||
          cmp(a.kind, b.kind) ||
          b.count - a.count ||
          cmp(a.term, b.term) ||
          cmp(a.entry_id ?? '', b.entry_id ?? ''),
      )
      .map((s) => ({
        level: s.level,
        kind: s.kind,
        term: s.term,
        count: s.count,
        entry_id: s.entry_id,
        lexicon: s.lexicon,
        examples: s.examples.join(' '),
      }));
  }
}
