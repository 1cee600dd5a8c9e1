/**
 * `lexicons/RULES.md`: the reference table of every lexicon entry, generated from the data
 * (`npm run docs`), never written by hand. One section per file: its header (id, version,
 * licence, description, sources with licences), counts by class, then every entry in
 * alphabetical order with its variants, class, weight, polarity, conditions, note and source.
 */
import type { LoadedLexicon } from './load.js';
import type { ActorEntry, WordEntry } from './schema.js';

/** A table cell: one line, pipes escaped. */
const cell = (v: unknown): string =>
  v === undefined || v === null ? '' : String(v).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

const list = (v: readonly string[] | undefined): string => (v ? v.join(', ') : '');

function conditions(e: WordEntry): string {
  const out: string[] = [];
  if (e.exact) out.push('exact');
  if (e.case) out.push(`case: ${e.case}`);
  for (const k of ['not_before', 'not_after', 'only_before', 'only_after'] as const)
    if (e[k]) out.push(`${k}: ${e[k]!.join(', ')}`);
  return out.join('; ');
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function counts(values: readonly (string | undefined)[]): string {
  const m = new Map<string, number>();
  for (const v of values) m.set(v ?? '(none)', (m.get(v ?? '(none)') ?? 0) + 1);
  return [...m]
    .sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

function section(f: LoadedLexicon): string {
  const d = f.data;
  const out: string[] = [
    `## ${f.name}`,
    '',
    `id \`${d.id}\`, version ${d.version}, category \`${d.category}\`, language ${d.language}, licence ${d.licence}, ${d.entries.length} entries.`,
    '',
    cell(d.description),
    '',
    '| source | title | licence | note |',
    '| --- | --- | --- | --- |',
    ...Object.entries(d.sources).map(
      ([k, s]) => `| \`${k}\` | ${cell(s.title)} | ${cell(s.licence)} | ${cell(s.note)} |`,
    ),
    '',
  ];
  if (d.category === 'actor') {
    const rows = [...(d.entries as ActorEntry[])].sort((a, b) => byText(a.id, b.id));
    out.push(
      `By type: ${counts(rows.map((a) => a.type))}.`,
      '',
      '| id | name | type | aliases | group | demonyms | note | source |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (a) =>
          `| \`${a.id}\` | ${cell(a.name)} | ${a.type} | ${cell(list(a.aliases))} | ${cell(a.group)} | ${cell(list(a.demonyms))} | ${cell(a.note)} | ${a.source} |`,
      ),
    );
  } else {
    const rows = [...(d.entries as WordEntry[])].sort((a, b) => byText(a.term, b.term));
    out.push(
      `By class: ${counts(rows.map((e) => e.class))}.`,
      '',
      '| term | variants | class | weight | polarity | conditions | note | source |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (e) =>
          `| ${cell(e.term)} | ${cell(list(e.variants))} | ${cell(e.class)} | ${e.weight} | ${e.polarity ?? ''} | ${cell(conditions(e))} | ${cell(e.note)} | ${e.source} |`,
      ),
    );
  }
  return out.join('\n');
}

export function rulesMarkdown(files: readonly LoadedLexicon[]): string {
  const total = files.reduce((n, f) => n + f.data.entries.length, 0);
  return [
    '# framelens lexicon reference',
    '',
    '<!-- Generated from lexicons/*.yaml by `npm run docs`; do not edit by hand. -->',
    '',
    `Every entry of the ${files.length} shipped lexicon files (${total} entries). Terms are matched by their Porter stem unless the entry is \`exact\`; a hyphen is written as a space. Weight is intensity (1 mild, 2 clear, 3 strong); polarity -1, 0 or 1 where it applies. Conditions: \`not_before\` / \`not_after\` void a match when the next / previous word is one of the words listed; \`only_before\` / \`only_after\` keep it only then. \`framelens lexicons show WORD\` explains one word.`,
    '',
    '| file | category | entries | licence |',
    '| --- | --- | --- | --- |',
    ...files.map(
      (f) =>
        `| [${f.name}](#${f.name.replace(/\./g, '')}) | ${f.data.category} | ${f.data.entries.length} | ${f.data.licence} |`,
    ),
    '',
    ...files.map(section).flatMap((s) => [s, '']),
  ].join('\n');
}
