import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';

const table: { text: string; tokens: [string, string][] }[] = [
  {
    text: 'The Kremlin said.',
    tokens: [
      ['The', 'word'],
      ['Kremlin', 'word'],
      ['said', 'word'],
      ['.', 'punct'],
    ],
  },
  {
    text: "Russia's war",
    tokens: [
      ['Russia', 'word'],
      ["'s", 'clitic'],
      ['war', 'word'],
    ],
  },
  {
    text: 'Russia’s war',
    tokens: [
      ['Russia', 'word'],
      ['’s', 'clitic'],
      ['war', 'word'],
    ],
  },
  { text: "didn't", tokens: [["didn't", 'word']] },
  {
    text: 'much-publicized',
    tokens: [
      ['much', 'word'],
      ['-', 'punct'],
      ['publicized', 'word'],
    ],
  },
  {
    text: 'the U.S. Senate',
    tokens: [
      ['the', 'word'],
      ['U.S.', 'word'],
      ['Senate', 'word'],
    ],
  },
  {
    text: '3,000 drones, 2.5 km',
    tokens: [
      ['3,000', 'number'],
      ['drones', 'word'],
      [',', 'punct'],
      ['2.5', 'number'],
      ['km', 'word'],
    ],
  },
  { text: 'Milošević', tokens: [['Milošević', 'word']] },
  {
    text: '“baseless.”',
    tokens: [
      ['“', 'punct'],
      ['baseless', 'word'],
      ['.', 'punct'],
      ['”', 'punct'],
    ],
  },
  {
    text: 'a 😀 b',
    tokens: [
      ['a', 'word'],
      ['😀', 'punct'],
      ['b', 'word'],
    ],
  },
];

describe('tokenize', () => {
  it.each(table)('$text', ({ text, tokens }) => {
    const got = tokenize(text);
    expect(got.map((t) => [text.slice(t.start, t.end), t.kind])).toEqual(tokens);
  });

  it('normalizes case and curly apostrophes, and stems to a shared key', () => {
    const [a, b] = tokenize('Provocations provocation');
    expect(a!.norm).toBe('provocations');
    expect(a!.key).toBe(b!.key);
    expect(tokenize('Didn’t')[0]!.norm).toBe("didn't");
    const [s1, s2] = tokenize('scale scaling');
    expect(s1!.key).toBe(s2!.key);
  });

  it('marks capitalized tokens', () => {
    expect(tokenize('Kyiv kyiv').map((t) => t.capitalized)).toEqual([true, false]);
  });

  it('a word seen before in any case gets the same norm and key as when first seen, past a table reset', () => {
    const first = tokenize('Attacks attacks ATTACKS attacked');
    expect(first.map((t) => t.norm)).toEqual(['attacks', 'attacks', 'attacks', 'attacked']);
    expect(first.map((t) => t.capitalized)).toEqual([true, false, true, false]);
    expect(new Set(first.map((t) => t.key)).size).toBe(1);
    // 70,000 distinct words overflow the table of known words, which then starts over.
    const many = Array.from(
      { length: 70_000 },
      (_, i) => `w${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}x`,
    );
    const tokens = tokenize(many.join(' '));
    expect(tokens.map((t) => t.norm)).toEqual(many);
    const again = tokenize('attacks Attacked');
    expect(again.map((t) => [t.norm, t.key])).toEqual([
      [first[0]!.norm, first[0]!.key],
      [first[3]!.norm, first[3]!.key],
    ]);
    // Non-ASCII words take the general path and agree with it.
    expect(tokenize('Milošević MILOŠEVIĆ’s').map((t) => t.norm)).toEqual([
      'milošević',
      'milošević',
      "'s",
    ]);
  });
});
