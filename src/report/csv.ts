/**
 * CSV output: RFC 4180 (CRLF, quotes doubled), UTF-8, a header row, the codebook's column order.
 * Decimals get a fixed precision, missing values are empty cells, and csv-stringify's
 * `escape_formulas` neutralizes text cells a spreadsheet would run as a formula, while number
 * cells (even negative ones) stay numbers.
 */
import { stringify } from 'csv-stringify/sync';
import { type Cell, type Column, DECIMALS } from './columns.js';

/** A whole CSV file: the header, then the rows. Equal to `csvHeader` + `csvRows` of the same rows. */
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

/** Rows without a header, in the same format: a streaming writer appends these as they come. */
export function csvRows<R>(columns: readonly Column<R>[], rows: Iterable<R>): string {
  const decimal = new Set(columns.filter((c) => c.type === 'decimal').map((c) => c.name));
  const records: Cell[][] = [];
  for (const row of rows) records.push(columns.map((c) => c.get(row)));
  if (records.length === 0) return '';
  return stringify(records, {
    header: false,
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: {
      boolean: (v) => (v ? 'true' : 'false'),
      number: (v, ctx) => {
        if (!Number.isFinite(v)) return '';
        const name = columns[typeof ctx.index === 'number' ? ctx.index : -1]?.name;
        if (name === undefined || !decimal.has(name)) return String(v);
        const fixed = v.toFixed(DECIMALS);
        // -0.0001 rounds to "-0.000": write zero without a sign.
        return Number(fixed) === 0 ? (0).toFixed(DECIMALS) : fixed;
      },
    },
  });
}
