import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { type ArticleFormat, parseArticle } from '../../src/io/parse-article.js';
import type { Article } from '../../src/types.js';

// Pieces that exercise every reader path: titles, bylines, footers, markup, odd whitespace.
const PIECES = [
  '# A title',
  'A headline line',
  '<h1>HTML title</h1>',
  'By Jane Doe',
  'Andre Damon  \n3 May 2023',
  'May 3, 2023',
  'A *loaded* sentence with [a link](http://x.org).',
  'Plain words, “quoted” and “scare” ones.',
  '<p>Tom &amp; Jerry</p><script>x()</script>',
  '<br><br>',
  'To contact the WSWS and the  \nSocialist Equality Party visit:',
  'wsws.org/contact',
  '© 2023 Example News',
  'Subscribe to our newsletter.',
  '---',
  '   ',
  '\uFEFF',
];
const SEPARATORS = ['\n', '\n\n', '\n\n\n', '\r\n', '\r\n\r\n', '\r', ' \n \n', ''];

const documents = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 30 })),
      fc.constantFrom(...SEPARATORS),
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));
const formats = fc.constantFrom<ArticleFormat>('txt', 'md', 'html');

function parseOrInputError(raw: string, format: ArticleFormat): Article | null {
  try {
    return parseArticle(raw, { id: 'p', sourcePath: 'p.x', format });
  } catch (err) {
    // Empty or bad front matter are the only expected failures.
    if (err instanceof InputError && ['E_EMPTY', 'E_FRONT_MATTER'].includes(err.code)) return null;
    throw err;
  }
}

describe('excluded spans and text shape, for any document', () => {
  it('spans lie in the text, sorted and disjoint, on paragraph edges', () => {
    fc.assert(
      fc.property(documents, formats, (raw, format) => {
        const a = parseOrInputError(raw, format);
        if (!a) return;
        let previousEnd = 0;
        for (const span of a.excluded) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.start).toBeLessThan(span.end);
          expect(span.end).toBeLessThanOrEqual(a.text.length);
          // Whole paragraphs only: a span starts where a paragraph starts.
          expect(span.start === 0 || a.text.slice(span.start - 2, span.start) === '\n\n').toBe(
            true,
          );
          const slice = a.text.slice(span.start, span.end);
          expect(slice).toBe(slice.trim());
          previousEnd = span.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('text has no carriage return, no triple newline and no edge whitespace, and is stable', () => {
    fc.assert(
      fc.property(documents, formats, (raw, format) => {
        const a = parseOrInputError(raw, format);
        if (!a) return;
        expect(a.text).not.toMatch(/\r|\n\n\n|\n[ \t]+\n|\n\n[ \t]|[ \t]\n|^\uFEFF/);
        expect(a.text).toBe(a.text.trim());
        expect(a.text.trim()).not.toBe('');
        expect(parseOrInputError(raw, format)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });
});
