/**
 * Lint for lexicon files: what the schema cannot say. Runs on files that already loaded (so the
 * schema holds, every source is declared and no term is listed twice) and uses the project's own
 * tokenizer and compiler, so "the same stem" means exactly what the matcher will do.
 *
 * Per file: unnormalized terms, variants and neighbour words; a variant that repeats a term; a
 * neighbour condition without a note saying why; a declared source no entry uses.
 * Across files: two entries of one category that match the same words (duplicate stems); an
 * overlap between categories that `overlaps.ts` does not allow; a stemmed entry that reaches the
 * word of another list's `exact` entry ("wonder" matching "wonderful"); opposite polarities for
 * the same words in loaded, labels and reporting verbs; a word in hedges and boosters; an actor
 * alias shared by two actors; an actor `group` that names no actor.
 */
import { type RawToken, tokenize } from '../text/tokenize.js';
import { type CompiledEntry, compileLexicon, type Form, type Lexicon } from './compile.js';
import type { LoadedLexicon } from './load.js';
import { ALLOWED_OVERLAPS, allowedOverlap, type OverlapRule } from './overlaps.js';
import type { ActorEntry, WordEntry } from './schema.js';

export interface LintProblem {
  readonly code: string;
  /** Errors fail `lexicons validate`; warnings are printed. The shipped files have neither. */
  readonly severity: 'error' | 'warning';
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

export const describeProblem = (p: LintProblem): string =>
  `${p.file}:${p.line}: ${p.field}: ${p.message} [${p.code}]`;

const words = (t: string): RawToken[] => tokenize(t);

/** Why `t` is not written the way the matcher compares it, or null. */
export function normalizationProblem(t: string): string | null {
  if (t !== t.toLowerCase())
    return 'has upper-case letters (write lower case; `case` sets case rules)';
  if (/[\u2018\u2019\u02bc`]/.test(t)) return "has a curly apostrophe (write ')";
  if (words(t).some((k) => k.kind === 'punct'))
    return 'has punctuation the tokenizer splits off (write a hyphen as a space: "so called")';
  return null;
}

const CONDITIONS = ['not_before', 'not_after', 'only_before', 'only_after'] as const;

function lintWordFile(file: LoadedLexicon, out: LintProblem[]): void {
  const { data } = file;
  if (data.category === 'actor') return;
  const at = (
    i: number,
    field: string,
    message: string,
    code: string,
    severity: LintProblem['severity'] = 'error',
  ) =>
    out.push({
      code,
      severity,
      file: file.path,
      line: file.entryLines[i] ?? 0,
      field: `entries[${i}].${field}`,
      message,
    });
  const terms = new Map<string, number>(data.entries.map((e, i) => [e.term, i]));
  data.entries.forEach((e: WordEntry, i) => {
    const forms: [string, string][] = [
      [e.term, 'term'],
      ...(e.variants ?? []).map((v, k): [string, string] => [v, `variants[${k}]`]),
    ];
    for (const [t, field] of forms) {
      const bad = normalizationProblem(t);
      if (bad) at(i, field, `"${t}" ${bad}`, 'L_UNNORMALIZED');
    }
    (e.variants ?? []).forEach((v, k) => {
      const other = terms.get(v);
      if (v === e.term || (other !== undefined && other !== i))
        at(
          i,
          `variants[${k}]`,
          `variant "${v}" is already a term of this file`,
          'L_DUPLICATE_VARIANT',
        );
    });
    let conditioned = false;
    for (const c of CONDITIONS) {
      e[c]?.forEach((w, k) => {
        conditioned = true;
        if (w === "'s") return;
        const bad = normalizationProblem(w);
        if (bad) at(i, `${c}[${k}]`, `"${w}" ${bad}`, 'L_UNNORMALIZED');
        else if (words(w).length !== 1)
          at(
            i,
            `${c}[${k}]`,
            `"${w}" is not one word (only the next or previous word is compared)`,
            'L_UNNORMALIZED',
          );
      });
    }
    if (conditioned && !e.note)
      at(
        i,
        'note',
        `"${e.term}" has a neighbour condition but no note saying which sense it keeps out`,
        'L_NOTE_MISSING',
        'warning',
      );
  });
  const used = new Set(data.entries.map((e) => e.source));
  for (const s of Object.keys(data.sources)) {
    if (!used.has(s))
      out.push({
        code: 'L_UNUSED_SOURCE',
        severity: 'warning',
        file: file.path,
        line: 1,
        field: `sources.${s}`,
        message: `source "${s}" is declared but no entry names it`,
      });
  }
}

function lintActors(files: readonly LoadedLexicon[], out: LintProblem[]): void {
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  const actors: { a: ActorEntry; file: LoadedLexicon; i: number }[] = [];
  for (const file of files) {
    if (file.data.category !== 'actor') continue;
    file.data.entries.forEach((a, i) => {
      ids.add(a.id);
      actors.push({ a, file, i });
    });
  }
  for (const { a, file, i } of actors) {
    const where = (field: string, message: string, code: string) =>
      out.push({
        code,
        severity: 'error',
        file: file.path,
        line: file.entryLines[i] ?? 0,
        field: `entries[${i}].${field}`,
        message,
      });
    for (const name of new Set([a.name, ...a.aliases, ...(a.demonyms ?? [])])) {
      const first = owner.get(name);
      if (first !== undefined && first !== a.id)
        where(
          'aliases',
          `"${name}" already names actor "${first}"; an alias must resolve to one actor`,
          'L_ALIAS_SHARED',
        );
      else owner.set(name, a.id);
    }
    if (a.group !== undefined && !ids.has(a.group))
      where('group', `group "${a.group}" names no actor`, 'L_GROUP_UNKNOWN');
  }
}

/** True when the two forms match at least one word in common; both have the same keys. */
function collide(a: Form, b: Form): boolean {
  if (a.norms && b.norms) return a.norms.join(' ') === b.norms.join(' ');
  return true;
}

/**
 * True when `word` is a regular inflection of `term` (or `term` itself): -s, -es, -ed, -d,
 * -ing, with a final e dropped, y turned to i, or the last consonant doubled ("debunk" /
 * "debunked", "rig" / "rigged", "inspire" / "inspiring"). A stemmed verb is meant to match its
 * own participles; it is not meant to match a derived word ("wonder" / "wonderful").
 */
export function isInflection(word: string, term: string): boolean {
  const w = word.split(' ');
  const t = term.split(' ');
  if (w.length !== t.length || w.slice(0, -1).join(' ') !== t.slice(0, -1).join(' ')) return false;
  const a = w.at(-1)!;
  const b = t.at(-1)!;
  const bases = new Set([b, b.replace(/e$/, ''), b.replace(/y$/, 'i'), b + b.slice(-1)]);
  for (const base of bases)
    for (const end of ['', 's', 'es', 'ed', 'd', 'ing']) if (a === base + end) return true;
  return false;
}

const POLAR: ReadonlySet<string> = new Set(['loaded', 'label', 'reporting_verb']);

/** Two entries of a lexicon that match at least one word in common, through these forms. */
export interface Collision {
  readonly a: CompiledEntry;
  readonly b: CompiledEntry;
  readonly fa: Form;
  readonly fb: Form;
}

/**
 * Every pair of word entries (negators and actors aside) that match a word in common, once per
 * pair, `a` the entry that comes first by file (in load order, so a user's file comes after the
 * shipped ones) and line.
 */
export function collisions(lexicon: Lexicon): Collision[] {
  const byKeys = new Map<string, Form[]>();
  for (const bucket of lexicon.index.values())
    for (const f of bucket) {
      if (f.entry.category === 'actor' || f.entry.category === 'negator') continue;
      const k = f.keys.join(' ');
      const list = byKeys.get(k) ?? [];
      list.push(f);
      byKeys.set(k, list);
    }
  const rank = new Map(lexicon.files.map((f, i) => [f.name, i]));
  const done = new Set<string>();
  const out: Collision[] = [];
  for (const forms of byKeys.values()) {
    for (let x = 0; x < forms.length; x += 1) {
      for (let y = x + 1; y < forms.length; y += 1) {
        const f1 = forms[x]!;
        const f2 = forms[y]!;
        if (f1.entry.id === f2.entry.id || !collide(f1, f2)) continue;
        const r1 = rank.get(f1.entry.lexicon) ?? 0;
        const r2 = rank.get(f2.entry.lexicon) ?? 0;
        const first = r1 < r2 || (r1 === r2 && f1.entry.line <= f2.entry.line);
        const [fa, fb] = first ? [f1, f2] : [f2, f1];
        const pair = `${fa.entry.id}|${fb.entry.id}`;
        if (done.has(pair)) continue;
        done.add(pair);
        out.push({ a: fa.entry, b: fb.entry, fa, fb });
      }
    }
  }
  return out;
}

function lintOverlaps(
  files: readonly LoadedLexicon[],
  rules: readonly OverlapRule[],
  out: LintProblem[],
): void {
  const pathOf = new Map(files.map((f) => [f.name, f.path]));
  const report = (e: CompiledEntry, code: string, message: string) =>
    out.push({
      code,
      severity: 'error',
      file: pathOf.get(e.lexicon) ?? e.lexicon,
      line: e.line,
      field: 'term',
      message,
    });
  const at = (e: CompiledEntry) => `${e.id} (${e.lexicon}:${e.line})`;
  for (const { a, b, fa, fb } of collisions(compileLexicon(files))) {
    if (a.category === b.category) {
      report(
        b,
        'L_DUPLICATE_STEM',
        `"${b.term}" matches the same words as ${at(a)}; keep one, or mark one \`exact\``,
      );
      continue;
    }
    if (
      POLAR.has(a.category) &&
      POLAR.has(b.category) &&
      (a.polarity ?? 0) * (b.polarity ?? 0) < 0
    ) {
      report(
        b,
        'L_CONTRADICTION',
        `${b.id} has polarity ${b.polarity}, ${at(a)} has ${a.polarity}, for the same words`,
      );
      continue;
    }
    const cats = new Set([a.category, b.category]);
    if (cats.has('hedge') && cats.has('booster')) {
      report(
        b,
        'L_CONTRADICTION',
        `${b.id} and ${at(a)} make the same words both a hedge and a booster`,
      );
      continue;
    }
    // A stemmed entry reaching a different word that another list marked `exact` to keep
    // apart: the reporting verb "wonder" (stem "wonder") would also match loaded "wonderful".
    const [stemmed, exact] =
      fa.norms && !fb.norms ? [fb, fa] : fb.norms && !fa.norms ? [fa, fb] : [null, null];
    if (stemmed && exact) {
      if (
        !isInflection(exact.entry.term, stemmed.entry.term) &&
        !isInflection(stemmed.entry.term, exact.entry.term)
      )
        report(
          stemmed.entry,
          'L_SHADOW',
          `${stemmed.entry.id} also matches "${exact.norms!.join(' ')}" of ${at(exact.entry)}, another word; mark it \`exact\` with its inflections as variants`,
        );
      continue;
    }
    if (!allowedOverlap(a, b, rules))
      report(
        b,
        'L_OVERLAP',
        `${b.id} matches the same words as ${at(a)}; remove one, or allow the overlap with a reason in src/lexicon/overlaps.ts`,
      );
  }
}

/** Every problem in `files`, in file, line and code order. */
export function lintLexicons(
  files: readonly LoadedLexicon[],
  rules: readonly OverlapRule[] = ALLOWED_OVERLAPS,
): LintProblem[] {
  const out: LintProblem[] = [];
  for (const f of files) lintWordFile(f, out);
  lintActors(files, out);
  lintOverlaps(files, rules, out);
  return out.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
