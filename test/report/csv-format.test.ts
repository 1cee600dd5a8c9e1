import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Column } from '../../src/report/columns.js';
import { csvHeader, csvRows, stringifyReference, toCsv } from '../../src/report/csv.js';

// Three columns of each kind a codebook has; each row is an array of cells, read by index.
const kinds = ['text', 'integer', 'decimal', 'boolean', 'text', 'decimal'] as const;
const columns: Column<Cell[]>[] = kinds.map((type, i) => ({
  name: `c${i}`,
  type,
  description: '',
  get: (row) => row[i] ?? null,
}));

// Text that exercises every rule: quotes, commas, CR, LF, CRLF, formula starts, full-width forms.
const tricky = fc.oneof(
  fc.string(),
  fc
    .array(
      fc.constantFrom(
        'a',
        ' ',
        '"',
        ',',
        '\r',
        '\n',
        '\r\n',
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\uFF1D',
        "'",
        'é',
        '😀',
      ),
      { maxLength: 8 },
    )
    .map((xs) => xs.join('')),
);
const number = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-0.0004, -0.0005, 0, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e21, -1.5),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(tricky, number, fc.boolean(), fc.constant(null));

describe('csvRows writes what csv-stringify writes', () => {
  it('for any rows of any cells', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 5 }),
        (rows) => {
          expect(csvRows(columns, rows)).toBe(stringifyReference(columns, rows));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-5 points', "'-5 points"],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['lone\nLF', '"lone\nLF"'],
    ['lone\rCR', '"lone\rCR"'],
    ['', ''],
  ])('text %j is written %j', (text, cellText) => {
    expect(csvRows(columns, [[text, 1, 1, true, null, -0.0001]])).toBe(
      `${cellText},1,1.000,true,,0.000\r\n`,
    );
  });

  it('a file is the header and the rows, and the header of no rows is the header line', () => {
    expect(csvHeader(columns)).toBe('c0,c1,c2,c3,c4,c5\r\n');
    expect(toCsv(columns, [])).toBe('c0,c1,c2,c3,c4,c5\r\n');
  });

  it('a real reader reads back every text cell, line breaks included, one record per row', () => {
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 1, maxLength: 5 }), (texts) => {
        const rows = texts.map((t) => [t, 1, 1, true, null, 0] as Cell[]);
        const back = parse(toCsv(columns, rows), { columns: true, relax_quotes: false }) as Record<
          string,
          string
        >[];
        expect(back).toHaveLength(rows.length);
        back.forEach((r, i) => {
          const t = texts[i]!;
          // A formula start is neutralized with a leading apostrophe; everything else is verbatim.
          const expected = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(t) ? `'${t}` : t;
          expect(r.c0).toBe(expected);
        });
      }),
      { numRuns: 500 },
    );
  });
});
