import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseArticle } from '../../src/io/parse-article.js';
import type { Article } from '../../src/types.js';

const txt = (raw: string): Article =>
  parseArticle(raw, { id: 't', sourcePath: 'in/t.txt', format: 'txt' });

describe('plain text', () => {
  it.each([
    ['CRLF', 'One.\r\nTwo.\r\n\r\nThree.\r\n', 'One.\nTwo.\n\nThree.'],
    ['lone CR', 'One.\rTwo.\r\rThree.', 'One.\nTwo.\n\nThree.'],
    ['leading BOM', '\uFEFFOne.', 'One.'],
    ['many blank lines, spaces on them', 'One.\n \n\t\n\nTwo.', 'One.\n\nTwo.'],
    ['trailing spaces and edges', '\n\n  One.  \nTwo.\t\n\n', 'One.\nTwo.'],
    [
      'hard-wrapped lines stay one paragraph',
      'A line of prose that\nwraps onto another.',
      'A line of prose that\nwraps onto another.',
    ],
    [
      'markup-looking text is left alone',
      'Use *stars* and <b>tags</b>.',
      'Use *stars* and <b>tags</b>.',
    ],
  ])('%s', (_name, raw, text) => {
    expect(txt(raw).text).toBe(text);
  });

  it('reads one long line per paragraph as separate paragraphs', () => {
    const long = (w: string) => `${w} ${'word '.repeat(30).trim()}.`;
    expect(txt(`${long('One')}\n${long('Two')}\nshort tail.`).text).toBe(
      `${long('One')}\n\n${long('Two')}\n\nshort tail.`,
    );
  });

  it.each([
    [
      'Kremlin drone incident: what we know\n\nTwo drones flew.',
      'Kremlin drone incident: what we know',
    ],
    ['Did Kyiv do it?\n\nTwo drones flew.', 'Did Kyiv do it?'],
    ['Two drones flew.\n\nThen more.', null],
    ['WASHINGTON (Reuters) -\n\nTwo drones flew.', null],
    ['A first line\nand a second\n\nBody.', null],
    ['Only a line', null],
    ['3 May 2023\n\nBody.', null],
  ])('title from an obvious headline line: %j', (raw, title) => {
    const a = txt(raw);
    expect(a.meta.title).toBe(title ?? 't');
    expect(a.meta.provenance.title).toBe(title === null ? 'file_name' : 'document');
    expect(a.excluded.length > 0).toBe(title !== null || raw.startsWith('3 May'));
  });

  it('lifts a byline and date under a plain-text title', () => {
    const a = txt('Drones over Moscow\n\nBy Jane Doe\nPublished: May 3, 2023\n\nTwo drones flew.');
    expect(a.meta).toMatchObject({
      title: 'Drones over Moscow',
      author: 'Jane Doe',
      date: '2023-05-03',
    });
    expect(a.excluded.map((s) => a.text.slice(s.start, s.end))).toEqual([
      'Drones over Moscow',
      'By Jane Doe\nPublished: May 3, 2023',
    ]);
  });

  it('reads the wire summary seed as eight paragraphs with nothing excluded', () => {
    const seed = readFileSync(
      new URL('../../seeds/000_c3a5fb5bc20f2f33.txt', import.meta.url),
      'utf8',
    );
    const a = txt(seed);
    expect(a.text.split('\n\n')).toHaveLength(8);
    expect(a.text).toContain('described these allegations as “baseless.”');
    expect(a.excluded).toEqual([]);
    expect(a.meta.title).toBe('US denies role in Kremlin drone incident');
  });

  it('fails with E_EMPTY when only front matter is left', () => {
    expect(() => txt('---\ntitle: T\n---\n\n  \n')).toThrow(InputError);
    try {
      txt('---\ntitle: T\n---\n');
    } catch (err) {
      expect(err).toMatchObject({
        code: 'E_EMPTY',
        file: 'in/t.txt',
        found: 'nothing after the front matter',
      });
    }
  });
});
