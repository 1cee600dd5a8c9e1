import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseArticle } from '../../src/io/parse-article.js';
import type { Article } from '../../src/types.js';

const parse = (raw: string, format: 'txt' | 'md' | 'html' = 'md'): Article =>
  parseArticle(raw, { id: 't', sourcePath: 'in/story.md', format });

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('front matter', () => {
  it('supplies title, outlet, author, date and url, recorded as front_matter', () => {
    const a = parse(
      [
        '---',
        'title: Drones over the Kremlin',
        'outlet: Example News',
        'author: Jane Doe',
        'date: 2023-05-03',
        'url: https://news.example.com/a',
        'tags: [ignored, too]',
        '---',
        'Two drones were shot down.',
      ].join('\n'),
    );
    expect(a.meta).toEqual({
      title: 'Drones over the Kremlin',
      outlet: 'Example News',
      author: 'Jane Doe',
      date: '2023-05-03',
      url: 'https://news.example.com/a',
      source_path: 'in/story.md',
      provenance: {
        title: 'front_matter',
        outlet: 'front_matter',
        author: 'front_matter',
        date: 'front_matter',
        url: 'front_matter',
      },
    });
    expect(a.text).toBe('Two drones were shot down.');
    expect(a.excluded).toEqual([]);
  });

  it.each([
    ['May 3, 2023', '2023-05-03'],
    ['"2023-05-03T23:30:00-05:00"', '2023-05-03'],
    ['spring 2023', 'spring 2023'],
  ])('normalizes date %s to %s', (given, expected) => {
    expect(parse(`---\ndate: ${given}\n---\nBody text.`).meta.date).toBe(expected);
  });

  it('wins over the document, which still has its title line excluded', () => {
    const a = parse(
      '---\ntitle: Given title\nauthor: null\n---\n# Heading title\n\nBy Jane Doe\n\nBody.',
    );
    expect(a.meta.title).toBe('Given title');
    expect(a.meta.provenance.title).toBe('front_matter');
    // `author: null` is "not given": the byline fills it.
    expect(a.meta.author).toBe('Jane Doe');
    expect(a.meta.provenance.author).toBe('document');
    expect(a.excluded.map((s) => a.text.slice(s.start, s.end))).toEqual([
      'Heading title',
      'By Jane Doe',
    ]);
  });

  it('accepts CRLF line endings and an empty block', () => {
    expect(parse('---\r\ntitle: T\r\n---\r\nBody.\r\n').meta.title).toBe('T');
    expect(parse('---\n---\nBody.').meta.provenance.title).toBe('file_name');
  });

  it('is not read from a document that merely starts with a rule', () => {
    const a = parse('---\nJust a rule, then prose.\n\nMore prose.');
    expect(a.text).toBe('Just a rule, then prose.\n\nMore prose.');
  });

  it.each([
    // [front matter lines, line in file, found]
    [['title: ok', 'author: a: b'], 3, '"author: a: b"'],
    [['title: ok', 'title: again'], 3, '"title: again"'],
    [['title: ok', 'author: [unclosed'], 4, 'the end of the front matter'],
  ])('reports invalid YAML with the file and the line in the file (%j)', (lines, line, found) => {
    const err = thrown(() => parse(['---', ...lines, '---', 'Body.'].join('\n')));
    expect(err.code).toBe('E_FRONT_MATTER');
    expect(err.file).toBe('in/story.md');
    expect(err.line).toBe(line);
    expect(err.found).toBe(found);
    expect(err.describe()).toContain(`in/story.md:${line}:`);
  });

  it.each([
    ['title: 1984', 'title', 2, 'number 1984'],
    ['\nauthor: [Jane, John]', 'author', 3, 'a list'],
    ['date: true', 'date', 2, 'boolean true'],
  ])('rejects a field that is not text: %s', (yamlText, field, line, found) => {
    const err = thrown(() => parse(`---\n${yamlText}\n---\nBody.`));
    expect(err).toMatchObject({ code: 'E_FRONT_MATTER', file: 'in/story.md', field, line });
    expect(err.expected).toBe('a string');
    expect(err.found).toBe(found);
  });

  it('rejects front matter that is not a mapping, and one never closed', () => {
    expect(thrown(() => parse('---\n- a\n- b\n---\nBody.'))).toMatchObject({
      code: 'E_FRONT_MATTER',
      line: 2,
      found: 'a list',
    });
    expect(thrown(() => parse('---\ntitle: T\n\nBody.'))).toMatchObject({
      code: 'E_FRONT_MATTER',
      file: 'in/story.md',
      line: 1,
      found: 'end of file',
    });
  });
});
