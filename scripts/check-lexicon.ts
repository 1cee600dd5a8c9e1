/**
 * Checks one or more YAML lexicon files: schema (src/lexicon/schema.ts), plus what a schema
 * cannot say. Every problem is printed with its file and line.
 *
 *   npx tsx scripts/check-lexicon.ts lexicons/loaded.yaml [more.yaml ...]
 *
 * Problems (exit code 1): YAML errors, schema errors, a term listed twice, two entries whose
 * matchable forms reduce to the same stem sequence (the second one can never be told apart), a
 * term, variant or neighbour word that is not normalized (upper case, curly apostrophe, hyphen or
 * dash, doubled or edge spaces, other punctuation), an entry whose `source` is not a key of the
 * header's `sources`, and a neighbour condition (not_before, ...) without a `note` saying why.
 * Also printed: entry count, and counts by class and polarity (word lexicons).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LineCounter, parseDocument } from 'yaml';
import { type LexiconFile, lexiconFile } from '../src/lexicon/schema.js';

const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as {
  stem(word: string): string;
};

/** Same rule as src/text/stem.ts: short words and words with digits or dots are their own key. */
function stemKey(norm: string): string {
  return /^[a-z']+$/.test(norm) && norm.length > 2 ? porter.stem(norm) : norm;
}

/** Words as the tokenizer would split a normalized term (spaces; hyphens would split too). */
function words(term: string): string[] {
  return term
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .split(/[\s\-\u2010\u2011]+/)
    .filter((w) => w.length > 0);
}

function normalizationProblem(t: string): string | null {
  if (t !== t.trim()) return 'has leading or trailing spaces';
  if (/\s{2,}/.test(t)) return 'has doubled spaces';
  if (/[A-Z]/.test(t))
    return 'has upper-case letters (terms are lower case; use `case` for case rules)';
  if (/[\u2018\u2019\u201b\u02bc`]/.test(t)) return "has a curly apostrophe (write ')";
  if (/[-\u2010-\u2015]/.test(t)) return 'has a hyphen or dash (write the parts with a space)';
  if (/[^\p{L}\p{M}\p{N}' .]/u.test(t)) return 'has punctuation the tokenizer would split off';
  if (/\t|\n/.test(t)) return 'has a tab or line break';
  return null;
}

interface Problem {
  line: number;
  message: string;
}

type Path = (string | number)[];

function checkFile(file: string): { problems: Problem[]; summary: string[] } {
  const problems: Problem[] = [];
  const summary: string[] = [];
  const src = readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(src, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined): number =>
    offset === undefined ? 0 : lineCounter.linePos(offset).line;
  for (const e of doc.errors)
    problems.push({ line: lineOf(e.pos[0]), message: `YAML: ${e.message.split('\n')[0]}` });
  for (const w of doc.warnings)
    problems.push({ line: lineOf(w.pos[0]), message: `YAML warning: ${w.message.split('\n')[0]}` });
  if (doc.errors.length > 0) return { problems, summary };

  const lineAt = (path: Path): number => {
    for (let n = path.length; n >= 0; n -= 1) {
      const node = doc.getIn(path.slice(0, n), true) as
        | { range?: [number, number, number] }
        | undefined;
      if (node && typeof node === 'object' && node.range) return lineOf(node.range[0]);
    }
    return 0;
  };

  const raw = doc.toJS() as unknown;
  const parsed = lexiconFile.safeParse(raw);
  let data: LexiconFile;
  if (parsed.success) {
    data = parsed.data;
  } else {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      problems.push({
        line: lineAt(path),
        message: `schema: ${path.join('.') || '(top level)'}: ${issue.message}`,
      });
    }
    // Go on with the checks below on whatever is well-formed, so one run shows every problem.
    const r = (raw ?? {}) as Record<string, unknown>;
    if (!Array.isArray(r.entries) || typeof r.sources !== 'object' || r.sources === null) {
      return { problems, summary };
    }
    const entries = (r.entries as unknown[]).map((e) => {
      const o = (e && typeof e === 'object' ? e : {}) as Record<string, unknown>;
      return {
        ...o,
        term: typeof o.term === 'string' ? o.term : '',
        source: typeof o.source === 'string' ? o.source : '',
        weight: typeof o.weight === 'number' ? o.weight : 1,
      };
    });
    const category = r.category === 'actor' ? 'actor' : 'loaded';
    data = { ...r, category, entries } as unknown as LexiconFile;
  }
  summary.push(`entries: ${data.entries.length}`);
  const sources = new Set(Object.keys(data.sources));

  if (data.category === 'actor') {
    const ids = new Map<string, number>();
    data.entries.forEach((a, i) => {
      const line = lineAt(['entries', i]);
      if (!sources.has(a.source))
        problems.push({ line, message: `source "${a.source}" is not declared in the header` });
      const first = ids.get(a.id);
      if (first !== undefined)
        problems.push({ line, message: `duplicate actor id "${a.id}" (first at line ${first})` });
      else ids.set(a.id, line);
    });
    return { problems, summary };
  }

  const terms = new Map<string, number>();
  /** Stem sequence of every non-exact form, and surface sequence of every exact form. */
  const stemForms = new Map<string, { term: string; line: number }>();
  const exactForms = new Map<string, { term: string; line: number }>();
  const exactStemSeqs: { seq: string; term: string; line: number }[] = [];
  const byClass = new Map<string, number>();
  const byPolarity = new Map<string, number>();
  const byWeight = new Map<string, number>();
  let phrases = 0;

  data.entries.forEach((e, i) => {
    const line = lineAt(['entries', i]);
    const where = (field: Path): number => lineAt(['entries', i, ...field]) || line;
    if (!sources.has(e.source)) {
      problems.push({
        line: where(['source']),
        message: `"${e.term}": source "${e.source}" is not declared in the header's sources`,
      });
    }
    const forms: [string, Path][] = [
      [e.term, ['term']],
      ...(e.variants ?? []).map((v, k): [string, Path] => [v, ['variants', k]]),
    ];
    for (const [t, p] of forms) {
      const bad = normalizationProblem(t);
      if (bad) problems.push({ line: where(p), message: `"${t}" ${bad}` });
    }
    const conds = ['not_before', 'not_after', 'only_before', 'only_after'] as const;
    let hasCond = false;
    for (const c of conds) {
      const list = e[c];
      if (!list) continue;
      hasCond = true;
      list.forEach((w, k) => {
        const bad = normalizationProblem(w);
        if (bad)
          problems.push({ line: where([c, k]), message: `"${e.term}": ${c} word "${w}" ${bad}` });
        if (w.includes(' '))
          problems.push({
            line: where([c, k]),
            message: `"${e.term}": ${c} word "${w}" is more than one word (only the next/previous word is compared)`,
          });
      });
    }
    if (hasCond && !e.note)
      problems.push({
        line,
        message: `"${e.term}": has a neighbour condition but no note explaining the ambiguity`,
      });

    const firstTerm = terms.get(e.term);
    if (firstTerm !== undefined)
      problems.push({ line, message: `duplicate term "${e.term}" (first at line ${firstTerm})` });
    else terms.set(e.term, line);

    for (const [t] of forms) {
      const ws = words(t);
      const stems = ws.map(stemKey).join(' ');
      if (e.exact) {
        const key = ws.join(' ');
        const prev = exactForms.get(key);
        if (prev && prev.term !== e.term)
          problems.push({
            line,
            message: `"${t}" (exact) has the same form as "${prev.term}" (line ${prev.line})`,
          });
        else exactForms.set(key, { term: e.term, line });
        exactStemSeqs.push({ seq: stems, term: e.term, line });
      } else {
        const prev = stemForms.get(stems);
        if (prev && prev.term !== e.term) {
          problems.push({
            line,
            message: `duplicate stem: "${t}" reduces to "${stems}", as "${prev.term}" (line ${prev.line}) does; keep one`,
          });
        } else stemForms.set(stems, { term: e.term, line });
      }
    }
    const cls = e.class ?? '(none)';
    byClass.set(cls, (byClass.get(cls) ?? 0) + 1);
    const pol = e.polarity === undefined ? '(none)' : String(e.polarity);
    byPolarity.set(pol, (byPolarity.get(pol) ?? 0) + 1);
    byWeight.set(String(e.weight), (byWeight.get(String(e.weight)) ?? 0) + 1);
    if (words(e.term).length > 1) phrases += 1;
  });
  for (const x of exactStemSeqs) {
    const s = stemForms.get(x.seq);
    if (s && s.term !== x.term) {
      problems.push({
        line: x.line,
        message: `"${x.term}" (exact) is also matched by "${s.term}" (line ${s.line}), which stems to the same key; keep one`,
      });
    }
  }
  const fmt = (m: Map<string, number>): string =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  summary.push(`single words: ${data.entries.length - phrases}, phrases: ${phrases}`);
  summary.push(`by class: ${fmt(byClass)}`);
  summary.push(`by polarity: ${fmt(byPolarity)}`);
  summary.push(`by weight: ${fmt(byWeight)}`);
  return { problems, summary };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx scripts/check-lexicon.ts FILE.yaml [FILE.yaml ...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let result: { problems: Problem[]; summary: string[] };
  try {
    result = checkFile(file);
  } catch (err) {
    console.error(`${file}: cannot check: ${(err as Error).message}`);
    failed = true;
    continue;
  }
  console.log(`${file}`);
  for (const s of result.summary) console.log(`  ${s}`);
  const sorted = result.problems.sort((a, b) => a.line - b.line);
  for (const p of sorted) console.log(`  ${file}:${p.line}: ${p.message}`);
  console.log(`  ${sorted.length === 0 ? 'no problems' : `${sorted.length} problem(s)`}`);
  if (sorted.length > 0) failed = true;
}
process.exit(failed ? 1 : 0);
