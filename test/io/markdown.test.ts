import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/io/parse-article.js';
import type { Article } from '../../src/types.js';

const md = (raw: string): Article =>
  parseArticle(raw, { id: 't', sourcePath: 'in/t.md', format: 'md' });
const excludedTexts = (a: Article): string[] => a.excluded.map((s) => a.text.slice(s.start, s.end));

describe('markdown: markup removed, words kept', () => {
  it.each([
    ['emphasis and strong', 'A *quiet* and **loud** _word_.', 'A quiet and loud word.'],
    [
      'links keep their text',
      'See [the report](https://x.org "t") and <https://y.org>.',
      'See the report and https://y.org.',
    ],
    ['reference links', 'See [the report][r].\n\n[r]: https://x.org', 'See the report.'],
    ['inline code', 'Call `attack()` now.', 'Call attack() now.'],
    ['images vanish', 'Before ![a drone](d.png) after.', 'Before  after.'],
    [
      'escapes and entities',
      'Five \\* stars &amp; more&nbsp;here',
      'Five * stars & more\u00a0here',
    ],
    [
      'hard break is a line break',
      'Line one  \nline two\\\nline three',
      'Line one\nline two\nline three',
    ],
    ['soft breaks kept as written', 'one\ntwo\n   three', 'one\ntwo\nthree'],
    [
      'list items are paragraphs',
      '- first *item*\n- second\n\n1. third',
      'first item\n\nsecond\n\nthird',
    ],
    ['blockquote', '> Quoted **words**\n> go on.', 'Quoted words\ngo on.'],
    ['rules and extra blank lines', 'Para one.\n\n\n\n---\n\nPara two.', 'Para one.\n\nPara two.'],
    [
      'raw HTML blocks',
      '<div>Raw <b>html</b> &amp; text</div>\n\nAfter.',
      'Raw html & text\n\nAfter.',
    ],
    ['inline HTML tags', 'A <span class="x">tagged</span> word.', 'A tagged word.'],
    ['code fence keeps its content', '```\nquoted code\n```', 'quoted code'],
  ])('%s', (_name, raw, text) => {
    expect(md(raw).text).toBe(text);
  });

  it('keeps a stray blank line inside a sentence as written', () => {
    const a = md('He was asked about "the news accusing\n\nUkraine of having tried" this.');
    expect(a.text).toBe('He was asked about "the news accusing\n\nUkraine of having tried" this.');
  });
});

describe('markdown: title, byline and footer', () => {
  const fixture = readFileSync(new URL('../fixtures/io/wire-story.md', import.meta.url), 'utf8');

  it('reads title, authors and date from the document and excludes those lines', () => {
    const a = md(fixture);
    expect(a.meta.title).toBe('Kremlin says drones targeted Putin');
    expect(a.meta.author).toBe('Jane Doe and John Roe');
    expect(a.meta.date).toBe('2023-05-03');
    expect(a.meta.provenance).toEqual({ title: 'document', author: 'document', date: 'document' });
    expect(a.meta.outlet).toBeNull();
    expect(excludedTexts(a)).toEqual([
      'Kremlin says drones targeted Putin',
      'By Jane Doe and John Roe\nMay 3, 2023',
      'Subscribe to our daily briefing.\n\nexample.com/newsletter',
    ]);
    expect(a.text).toContain(
      'in what it called a terrorist act.\n\nUkraine denied any involvement.',
    );
    expect(a.text).not.toMatch(/[*#[\]]/);
  });

  it('falls back to the file name for the title, never for outlet or author', () => {
    const a = md('Just *one* paragraph.');
    expect(a.meta.title).toBe('t');
    expect(a.meta.provenance).toEqual({ title: 'file_name' });
    expect(a.meta.author).toBeNull();
    expect(a.excluded).toEqual([]);
  });

  it('takes the first level-1 heading as the title, else a heading that opens the text', () => {
    expect(md('Kicker.\n\n# Real title\n\nBody.').meta.title).toBe('Real title');
    expect(md('## Only a subhead\n\nBody.').meta.title).toBe('Only a subhead');
    expect(md('Body first.\n\n## Later subhead\n\nMore.').meta.provenance.title).toBe('file_name');
  });
});

describe('the WSWS seed without its front matter (as it was shared)', () => {
  const seed = readFileSync(
    new URL('../../seeds/004_2d85dde6461070b9.md', import.meta.url),
    'utf8',
  );
  const raw = seed.replace(/^---\n[\s\S]*?\n---\n/, '');
  const a = parseArticle(raw, { id: '004', sourcePath: 'shared/004.md', format: 'md' });

  it('lifts author and date from the byline under the title', () => {
    expect(a.meta.title).toBe('Ukrainian attack on Kremlin is a criminal provocation');
    expect(a.meta.author).toBe('Andre Damon');
    expect(a.meta.date).toBe('2023-05-03');
    expect(a.meta.provenance.author).toBe('document');
  });

  it('keeps the words and the stray blank line', () => {
    expect(a.text).toContain('criminally reckless provocation');
    expect(a.text).toContain('columnist David Ignatius');
    expect(a.text).toContain('the Kremlin accusing\n\nUkraine of having tried');
    expect(a.text).not.toContain('*');
    expect(a.text.startsWith('Ukrainian attack on Kremlin')).toBe(true);
  });

  it('excludes title, byline and the contact footer, which runs to the end', () => {
    const [title, byline, footer] = a.excluded;
    expect(a.excluded).toHaveLength(3);
    expect(a.text.slice(title!.start, title!.end)).toBe(a.meta.title);
    expect(a.text.slice(byline!.start, byline!.end)).toBe('Andre Damon\n3 May 2023');
    expect(a.text.slice(footer!.start)).toMatch(/^To contact the WSWS/);
    expect(footer!.end).toBe(a.text.length);
    expect(a.text.slice(footer!.start, footer!.end)).toContain('wsws.org/contact');
    const body = a.text.indexOf('criminally reckless provocation');
    expect(a.excluded.some((s) => s.start <= body && body < s.end)).toBe(false);
  });
});
