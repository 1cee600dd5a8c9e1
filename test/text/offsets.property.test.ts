import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { fixtureLexicon } from '../helpers/fixture-lexicon.js';

// Text built from pieces that exercise quotes, hyphens, apostrophes, lexicon words and names.
const piece = fc.constantFrom(
  'reckless',
  'so-called',
  'Kremlin',
  'Putin’s',
  '"',
  '“',
  '”',
  'said',
  'no doubt',
  'not',
  '\n\n',
  ' ',
  '. ',
  ',',
  'regime-change',
  'U.S.',
  "didn't",
  'critical',
  'constructor',
  '__proto__',
  'é',
  '😀',
  '\u202e',
  'claims',
);
const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(piece, { maxLength: 60 }).map((a) => a.join(' ')),
);

describe('offsets (property)', () => {
  it('every finding text equals the article slice at its offsets; rates are finite', async () => {
    const lexicon = await fixtureLexicon();
    fc.assert(
      fc.property(textArb, (text) => {
        const r = analyze(text, { lexicon });
        for (const f of r.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(text.slice(f.start, f.end)).toBe(f.text);
        }
        for (const t of r.layer.tokens) expect(t.end).toBeGreaterThan(t.start);
        for (const v of Object.values(r.scores)) {
          if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
        }
        expect(r.scores.writer_words + r.scores.quoted_words).toBe(r.scores.words);
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });
});
