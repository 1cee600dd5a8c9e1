/**
 * Turns loaded lexicon files into one `Lexicon`: every entry and actor alias as a matchable
 * form (a sequence of token keys), indexed by its first key.
 *
 * Layout: `index: Map<firstKey, Form[]>`, each list sorted longest first so the matcher can take
 * the first form that fits. Later files override earlier ones entry by entry: a user's
 * `--lexicon` entry with the same category and term replaces the shipped one.
 */

import type { SentenceModels } from '../score/sentence-models.js';
import { type RawToken, tokenize } from '../text/tokenize.js';
import type { LoadedModel } from '../train/model.js';
import type { LoadedLexicon } from './load.js';
import type { ActorEntry, WordCategory } from './schema.js';

export type EntryCategory = WordCategory | 'actor';

export interface CompiledEntry {
  readonly id: string;
  readonly category: EntryCategory;
  readonly term: string;
  readonly class: string | null;
  readonly weight: number;
  readonly polarity: number | null;
  readonly source: string;
  readonly note: string | null;
  /** Lexicon file name the entry came from. */
  readonly lexicon: string;
  readonly line: number;
  /** For actor entries: the actor this is a name of. */
  readonly actor: ActorEntry | null;
  readonly lowerOnly: boolean;
  /** `case: any`: also matches a capitalized word in mid-sentence ("Orwellian", "Big Pharma"). */
  readonly anyCase: boolean;
  readonly notBefore: ReadonlySet<string> | null;
  readonly notAfter: ReadonlySet<string> | null;
  readonly onlyBefore: ReadonlySet<string> | null;
  readonly onlyAfter: ReadonlySet<string> | null;
}

export interface Form {
  readonly entry: CompiledEntry;
  readonly keys: readonly string[];
  /** Exact forms compare normalized text instead of stems. */
  readonly norms: readonly string[] | null;
  /**
   * Per token: 0 any case, 1 must be capitalized, 2 must be written exactly so (acronyms such as
   * "US", which must not match the pronoun "us").
   */
  readonly caseRule: readonly number[] | null;
  readonly surface: readonly string[];
}

export interface Lexicon {
  readonly files: readonly LoadedLexicon[];
  readonly entries: readonly CompiledEntry[];
  readonly actors: ReadonlyMap<string, ActorEntry>;
  readonly index: ReadonlyMap<string, readonly Form[]>;
  /** A trained stance model the analyzer also applies to each actor (`--model`), if any. */
  readonly stanceModel?: LoadedModel;
  /** Trained bias and hedge models the analyzer applies to each sentence (`--model`), if any. */
  readonly sentenceModels?: SentenceModels;
}

const termTokens = (term: string): RawToken[] => tokenize(term).filter((t) => t.kind !== 'punct');

/** Keys of neighbour words; the possessive `'s` is its own key, as the tokenizer makes it. */
const keySet = (words: readonly string[] | undefined): ReadonlySet<string> | null =>
  words
    ? new Set(words.flatMap((w) => (/^['’]s$/.test(w) ? ["'s"] : termTokens(w).map((t) => t.key))))
    : null;

const GENERATIONAL = keySet(['Jr', 'Sr', 'II', 'III', 'IV']);

function caseRuleOf(tokens: readonly RawToken[], term: string): number[] {
  return tokens.map((t) => {
    const raw = term.slice(t.start, t.end);
    if (raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) return 2;
    return t.capitalized ? 1 : 0;
  });
}

export function compileLexicon(files: readonly LoadedLexicon[]): Lexicon {
  const byId = new Map<string, CompiledEntry>();
  const forms = new Map<string, Form[]>();
  const actors = new Map<string, ActorEntry>();
  const formsOf = new Map<string, Form[]>();

  const addForm = (entry: CompiledEntry, text: string, exact: boolean, caseSensitive: boolean) => {
    const toks = termTokens(text);
    if (toks.length === 0) return;
    const form: Form = {
      entry,
      keys: toks.map((t) => t.key),
      norms: exact ? toks.map((t) => t.norm) : null,
      caseRule: caseSensitive ? caseRuleOf(toks, text) : null,
      surface: toks.map((t) => text.slice(t.start, t.end)),
    };
    const list = formsOf.get(entry.id) ?? [];
    list.push(form);
    formsOf.set(entry.id, list);
  };

  for (const file of files) {
    const { data } = file;
    data.entries.forEach((raw, i) => {
      const line = file.entryLines[i] ?? 0;
      if (data.category === 'actor') {
        const a = raw as ActorEntry;
        const entry: CompiledEntry = {
          id: `actor:${a.id}`,
          category: 'actor',
          term: a.name,
          class: a.type,
          weight: 1,
          polarity: null,
          source: a.source,
          note: a.note ?? null,
          lexicon: file.name,
          line,
          actor: a,
          lowerOnly: false,
          anyCase: false,
          // "Donald Trump Jr." is the son: a person's name before a generational suffix names
          // someone else.
          notBefore: a.type === 'person' ? GENERATIONAL : null,
          notAfter: null,
          onlyBefore: null,
          onlyAfter: null,
        };
        byId.set(entry.id, entry);
        formsOf.delete(entry.id);
        actors.set(a.id, a);
        for (const name of [a.name, ...a.aliases]) addForm(entry, name, true, true);
        for (const d of a.demonyms ?? []) addForm(entry, d, true, true);
        return;
      }
      const e = raw as Exclude<typeof raw, ActorEntry>;
      const entry: CompiledEntry = {
        id: `${data.category}:${e.term}`,
        category: data.category,
        term: e.term,
        class: e.class ?? null,
        weight: e.weight,
        polarity: e.polarity ?? null,
        source: e.source,
        note: e.note ?? null,
        lexicon: file.name,
        line,
        actor: null,
        lowerOnly: e.case === 'lower',
        anyCase: e.case === 'any',
        notBefore: keySet(e.not_before),
        notAfter: keySet(e.not_after),
        onlyBefore: keySet(e.only_before),
        onlyAfter: keySet(e.only_after),
      };
      byId.set(entry.id, entry);
      formsOf.delete(entry.id);
      for (const text of [e.term, ...(e.variants ?? [])])
        addForm(entry, text, e.exact === true, false);
    });
  }
  // An actor name written the same way by two actors belongs to the one loaded last: a user's
  // actor file that lists "Kremlin" under its own id takes the alias from `russian-government`.
  const owner = new Map<string, string>();
  for (const list of formsOf.values()) {
    for (const form of list) if (form.entry.actor) owner.set(form.surface.join(' '), form.entry.id);
  }
  for (const list of formsOf.values()) {
    for (const form of list) {
      if (form.entry.actor && owner.get(form.surface.join(' ')) !== form.entry.id) continue;
      const first = form.keys[0]!;
      const bucket = forms.get(first) ?? [];
      bucket.push(form);
      forms.set(first, bucket);
    }
  }
  for (const bucket of forms.values()) {
    bucket.sort((a, b) => b.keys.length - a.keys.length || a.entry.id.localeCompare(b.entry.id));
  }
  const entries = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { files, entries, actors, index: forms };
}
