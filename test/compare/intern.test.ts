/** Interning keeps every word equal to what went in (whether a string is shared or a slice is not observable from JS; README "Speed" gives the heap figures). */
import { describe, expect, it } from 'vitest';
import { intern, internCounts } from '../../src/compare/term-counts.js';

describe('intern', () => {
  it('returns an equal string for any equal input, sliced or built', () => {
    const text = `${'x'.repeat(1000)} internationalization ${'y'.repeat(1000)}`;
    const a = text.slice(1001, 1021);
    const b = `${'internationali'}zation`;
    expect(intern(a)).toBe('internationalization');
    expect(intern(b)).toBe(intern(a));
    expect(intern('kyiv')).toBe('kyiv');
  });

  it('packs counts with interned words and the counts unchanged', () => {
    const c = internCounts({ terms: ['regime', 'kiev'], counts: [2, 1] });
    expect(c).toEqual({ terms: ['regime', 'kiev'], counts: [2, 1] });
  });
});
