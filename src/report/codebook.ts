/**
 * The codebook of every CSV framelens writes, generated from the column definitions: as
 * `codebook.csv` beside the reports, and as the README's codebook table (`npm run docs`).
 */
import { actorColumns, quotedStanceColumns } from './actor-columns.js';
import { articleColumns, type Column, errorColumns, findingColumns } from './columns.js';
import { toCsv } from './csv.js';
import { sentenceColumns } from './sentence-columns.js';
import { termColumns } from './term-columns.js';

export interface CodebookRow {
  readonly file: string;
  readonly column: string;
  readonly type: string;
  readonly unit: string | null;
  readonly values: string | null;
  readonly description: string;
}

export const CSV_FILES: readonly { file: string; columns: readonly Column<never>[] }[] = [
  { file: 'articles.csv', columns: articleColumns as readonly Column<never>[] },
  { file: 'findings.csv', columns: findingColumns as readonly Column<never>[] },
  { file: 'terms.csv', columns: termColumns as readonly Column<never>[] },
  { file: 'actors.csv', columns: actorColumns as readonly Column<never>[] },
  { file: 'quoted-stance.csv', columns: quotedStanceColumns as readonly Column<never>[] },
  { file: 'sentences.csv', columns: sentenceColumns as readonly Column<never>[] },
  { file: 'errors.csv', columns: errorColumns as readonly Column<never>[] },
];

/** Said of every text column in codebook.csv, for whoever opens the CSVs in a spreadsheet. */
export const FORMULA_NOTE =
  "Formula-safe: a cell starting with = + - @ tab or CR (or full-width ＝ ＋ － ＠) is written with a ' in front.";

export function codebookRows(): CodebookRow[] {
  return CSV_FILES.flatMap(({ file, columns }) =>
    columns.map((c) => ({
      file,
      column: c.name,
      type: c.type,
      unit: c.unit ?? null,
      values: c.values ? c.values.join('|') : c.type === 'boolean' ? 'true|false' : null,
      description: c.type === 'text' ? `${c.description} ${FORMULA_NOTE}` : c.description,
    })),
  );
}

const codebookColumns: readonly Column<CodebookRow>[] = [
  { name: 'file', type: 'text', description: 'CSV file', get: (r) => r.file },
  { name: 'column', type: 'text', description: 'Column name', get: (r) => r.column },
  {
    name: 'type',
    type: 'enum',
    description: 'integer, decimal (3 places), text, enum or boolean',
    get: (r) => r.type,
  },
  { name: 'unit', type: 'text', description: 'Unit of a number', get: (r) => r.unit },
  {
    name: 'allowed_values',
    type: 'text',
    description: 'Allowed values, separated by |',
    get: (r) => r.values,
  },
  {
    name: 'description',
    type: 'text',
    description: 'What the column means',
    get: (r) => r.description,
  },
];

export function codebookCsv(): string {
  return toCsv(codebookColumns, codebookRows());
}

/** The README's codebook section, as a Markdown table per file. */
export function codebookMarkdown(): string {
  return CSV_FILES.map(({ file, columns }) => {
    const rows = columns.map((c) => {
      const values = c.values ? c.values.join(', ') : c.type === 'boolean' ? 'true, false' : '';
      return `| \`${c.name}\` | ${c.type} | ${c.unit ?? ''} | ${values} | ${c.description.replace(/\|/g, '\\|')} |`;
    });
    return [
      `#### ${file}`,
      '',
      '| column | type | unit | values | meaning |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  }).join('\n\n');
}
