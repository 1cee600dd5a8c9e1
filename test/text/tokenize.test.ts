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
});
