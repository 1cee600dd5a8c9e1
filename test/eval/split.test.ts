import { describe, expect, it } from 'vitest';
import { halfOf, selectHalf } from '../../src/eval/split.js';
import { normalizeWord, wordsInSpan } from '../../src/eval/words.js';

describe('split by id', () => {
  it('is a function of the id: the same half whatever the order', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `doc-${i}`);
    const halves = ids.map(halfOf);
    expect([...ids].reverse().map(halfOf)).toEqual([...halves].reverse());
  });

  it('keeps the sentences of one document together', () => {
    for (let i = 0; i < 50; i += 1)
      expect(halfOf(`NYT${i}.txt#S1.1`)).toBe(halfOf(`NYT${i}.txt#S7.3`));
  });

  it('splits a thousand ids roughly in two', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: `babe-${i}` }));
    const a = selectHalf(items, 'a').length;
    expect(a).toBeGreaterThan(430);
    expect(a).toBeLessThan(570);
    expect(a + selectHalf(items, 'b').length).toBe(1000);
    expect(selectHalf(items)).toHaveLength(1000);
  });
});

describe('words as annotators list them', () => {
  it.each([
    ['“Hoax”', 'hoax'],
    ['left-wing,', 'left-wing'],
    ['Trump’s', "trump's"],
    ['(radical)', 'radical'],
    ['...', ''],
  ])('%s -> %s', (raw, norm) => {
    expect(normalizeWord(raw)).toBe(norm);
  });

  it('a finding covers every whitespace word it overlaps', () => {
    const text = 'They are "illegal aliens," he said; a so-called deal.';
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
    expect(wordsInSpan(text, ...at('illegal aliens'))).toEqual(['illegal', 'aliens']);
    expect(wordsInSpan(text, ...at('called'))).toEqual(['so-called']);
    expect(wordsInSpan(text, ...at('alien'))).toEqual(['aliens']);
  });
});
