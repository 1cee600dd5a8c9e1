import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/io/parse-article.js';
import type { Article } from '../../src/types.js';

const html = (raw: string): Article =>
  parseArticle(raw, { id: 't', sourcePath: 'in/t.html', format: 'html' });
const excludedTexts = (a: Article): string[] => a.excluded.map((s) => a.text.slice(s.start, s.end));

describe('html: a news page', () => {
  const page = html(readFileSync(new URL('../fixtures/io/page.html', import.meta.url), 'utf8'));

  it('reads metadata from the head and the headline', () => {
    expect(page.meta).toMatchObject({
      title: 'Drones over the Kremlin',
      outlet: 'Example News',
      author: 'Jane Doe',
      date: '2023-05-04',
      url: 'https://news.example.com/2023/05/04/drones',
    });
    expect(page.meta.provenance).toEqual({
      title: 'document',
      outlet: 'document',
      author: 'document',
      date: 'document',
      url: 'document',
    });
  });

  it('keeps only the article: no script, style, nav, cookie notice or page footer', () => {
    expect(page.text).toBe(
      [
        'Drones over the Kremlin',
        'By Jane Doe',
        'Two drones were shot down over the Kremlin, officials said. Moscow & Kyiv traded accusations\u00a0within hours.',
        'The Kremlin called it a “terrorist act”.\nKyiv denied any role.',
        'First point',
        'Second point',
        '© 2023 Example News. All rights reserved.',
      ].join('\n\n'),
    );
  });

  it('excludes headline, byline and copyright line', () => {
    expect(excludedTexts(page)).toEqual([
      'Drones over the Kremlin',
      'By Jane Doe',
      '© 2023 Example News. All rights reserved.',
    ]);
  });
});

describe('html: snippets', () => {
  it.each([
    ['entities', '<p>Tom &amp; Jerry &lt;3 &#8220;x&#8221; &eacute;</p>', 'Tom & Jerry <3 “x” é'],
    [
      'paragraphs',
      '<p>One.</p><p>Two.</p>\n<p>\n  Three\n  words.\n</p>',
      'One.\n\nTwo.\n\nThree words.',
    ],
    [
      'inline elements join',
      '<p>A <b>bold</b><i>ly</i> <a href="x">linked</a> word.</p>',
      'A boldly linked word.',
    ],
    [
      'br and double br',
      '<p>Line one<br/>line two<br><br>New para.</p>',
      'Line one\nline two\n\nNew para.',
    ],
    [
      'dropped elements',
      '<p>Kept.</p><script>x()</script><style>p{}</style><noscript>n</noscript><nav>menu</nav><footer>foot</footer>',
      'Kept.',
    ],
    ['pre keeps layout', '<pre>a   b\n  c</pre>', 'a   b\n  c'],
    [
      'text outside blocks',
      'Loose text <div>in a div</div> tail',
      'Loose text\n\nin a div\n\ntail',
    ],
    ['comments vanish', '<p>Be<!-- hidden -->fore.</p>', 'Before.'],
    ['table cells', '<table><tr><td>a</td><td>b</td></tr></table>', 'a b'],
  ])('%s', (_name, raw, text) => {
    expect(html(raw).text).toBe(text);
  });

  it('takes <title> without the outlet suffix when there is no <h1>', () => {
    const a = html(
      '<head><title>Kremlin drones - Example News</title><meta property="og:site_name" content="Example News"></head><p>Body.</p>',
    );
    expect(a.meta.title).toBe('Kremlin drones');
    expect(a.excluded).toEqual([]);
  });

  it('reads the date from <time datetime> and a dated byline in the text', () => {
    expect(html('<h1>T</h1><p>Body <time datetime="2023-05-03">Wed</time>.</p>').meta.date).toBe(
      '2023-05-03',
    );
    const a = html('<h1>T</h1><p>By Jane Doe | 3 May 2023</p><p>Body.</p><p>More.</p>');
    expect(a.meta).toMatchObject({ author: 'Jane Doe', date: '2023-05-03' });
    expect(excludedTexts(a)).toEqual(['T', 'By Jane Doe | 3 May 2023']);
  });

  it('reads the whole body when the page has several <article> elements', () => {
    const a = html('<article><p>One.</p></article><article><p>Two.</p></article><p>Three.</p>');
    expect(a.text).toBe('One.\n\nTwo.\n\nThree.');
  });

  it('reads only <main> when there is one and no single <article>', () => {
    expect(html('<div>Menu</div><main><p>Story.</p></main><div>Links</div>').text).toBe('Story.');
  });

  it('ignores an author meta tag holding a profile URL', () => {
    const a = html('<meta name="author" content="https://facebook.com/x"><p>Body.</p>');
    expect(a.meta.author).toBeNull();
  });
});
