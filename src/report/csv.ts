/**
 * CSV output: RFC 4180 (CRLF, quotes doubled), UTF-8, a header row, the codebook's column order.
 * Decimals get a fixed precision, missing values are empty cells, and text cells a spreadsheet
 * would run as a formula are neutralized (csv-stringify's `escape_formulas`), while number
 * cells (even negative ones) stay numbers.
 *
 * csv-stringify (`stringifyReference`) defines the format. Rows are written by `csvRows`, a
 * specialization of exactly those options: csv-stringify spends about 300 ns per cell on option
 * handling it needs for its general case, which made findings.csv cost as much as analysing the
 * text. test/report/csv-format.test.ts checks, on generated rows, that both give the same bytes.
 */
import { stringify } from 'csv-stringify/sync';
import { type Cell, type Column, DECIMALS } from './columns.js';

/** A whole CSV file: the header, then the rows. */
export function toCsv<R>(columns: readonly Column<R>[], rows: Iterable<R>): string {
  return csvHeader(columns) + csvRows(columns, rows);
}

/** The header line alone, so a streaming writer can start a file before any row exists. */
export function csvHeader<R>(columns: readonly Column<R>[]): string {
  return stringify([], {
    header: true,
    columns: columns.map((c) => c.name),
    record_delimiter: 'windows',
  });
}

const ZERO = (0).toFixed(DECIMALS);
const NEGATIVE_ZERO = `-${ZERO}`;

function decimalCell(v: number): string {
  const fixed = v.toFixed(DECIMALS);
  // -0.0001 rounds to "-0.000": write zero without a sign (a string test, not a parse: this
  // runs for every decimal cell of every row).
  return fixed === NEGATIVE_ZERO ? ZERO : fixed;
}

// The characters that make a spreadsheet read a cell as a formula (and their full-width forms).
const FORMULA_START = new Set([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
]);

/** One text cell as csv-stringify writes it with our options. */
function textCell(value: string): string {
  if (value === '') return '';
  const hasQuote = value.includes('"');
  // Any line break is quoted (RFC 4180), not only the CRLF record delimiter: csv-stringify
  // alone leaves a lone LF or CR bare, and a reader then splits the row.
  const quote = hasQuote || value.includes(',') || value.includes('\n') || value.includes('\r');
  let out = FORMULA_START.has(value.charAt(0)) ? `'${value}` : value;
  if (hasQuote) out = out.replaceAll('"', '""');
  return quote ? `"${out}"` : out;
}

/** Rows without a header, in the format `stringifyReference` defines. */
export function csvRows<R>(columns: readonly Column<R>[], rows: Iterable<R>): string {
  const decimal = columns.map((c) => c.type === 'decimal');
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < columns.length; i += 1) {
      if (i > 0) out += ',';
      const v = columns[i]!.get(row);
      if (typeof v === 'string') out += textCell(v);
      else if (typeof v === 'number') {
        if (Number.isFinite(v)) out += decimal[i] ? decimalCell(v) : String(v);
      } else if (typeof v === 'boolean') out += v ? 'true' : 'false';
    }
    out += '\r\n';
  }
  return out;
}

/** The same rows through csv-stringify: the definition `csvRows` is tested against. */
export function stringifyReference<R>(columns: readonly Column<R>[], rows: Iterable<R>): string {
  const records: Cell[][] = [];
  for (const row of rows) records.push(columns.map((c) => c.get(row)));
  if (records.length === 0) return '';
  return stringify(records, {
    header: false,
    record_delimiter: 'windows',
    escape_formulas: true,
    quoted_match: /[\r\n]/,
    cast: {
      boolean: (v) => (v ? 'true' : 'false'),
      number: (v, ctx) => {
        if (!Number.isFinite(v)) return '';
        const c = columns[typeof ctx.index === 'number' ? ctx.index : -1];
        return c?.type === 'decimal' ? decimalCell(v) : String(v);
      },
    },
  });
}
