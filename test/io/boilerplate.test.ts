import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/io/parse-article.js';
import type { Article } from '../../src/types.js';

const BODY = 'The first paragraph of the story.\n\nThe second paragraph.';
const parse = (raw: string): Article =>
  parseArticle(raw, { id: 't', sourcePath: 't.md', format: 'md' });
const footerOf = (a: Article): string | null => {
  const last = a.excluded[a.excluded.length - 1];
  return last && last.end === a.text.length ? a.text.slice(last.start) : null;
};

describe('trailing boilerplate footer', () => {
  it.each([
    [
      'To contact the WSWS and the  \nSocialist Equality Party visit:\n\n**[wsws.org/contact](https://wsws.org/contact)**',
      'To contact the WSWS and the\nSocialist Equality Party visit:\n\nwsws.org/contact',
    ],
    ['Subscribe to our newsletter.', 'Subscribe to our newsletter.'],
    ['Sign up for the morning briefing', 'Sign up for the morning briefing'],
    [
      'Follow us on Twitter and Facebook.\n\nShare this article',
      'Follow us on Twitter and Facebook.\n\nShare this article',
    ],
    ['© 2023 Example News', '© 2023 Example News'],
    [
      'Copyright 2023 Example News. All rights reserved.',
      'Copyright 2023 Example News. All rights reserved.',
    ],
    [
      'Example News. All rights reserved.\n\nhttps://example.com\n\nnews@example.com',
      'Example News. All rights reserved.\n\nhttps://example.com\n\nnews@example.com',
    ],
  ])('%j is excluded', (footer, shown) => {
    const a = parse(`${BODY}\n\n${footer}`);
    expect(footerOf(a)).toBe(shown);
    expect(a.text.startsWith(BODY)).toBe(true);
  });

  it.each([
    ['footer words mid-document', `Subscribe to our newsletter.\n\n${BODY}`],
    ['a link that ends the story', `${BODY}\n\nhttps://example.com/report`],
    [
      'a long paragraph that starts like a footer',
      `${BODY}\n\nSubscribe ${'now, because the war goes on and on, '.repeat(10)}`,
    ],
    [
      'a footer phrase not at the start',
      `${BODY}\n\nWe urge readers to subscribe to our newsletter.`,
    ],
    ['a link after the footer line’s paragraph ended the story', `${BODY}\n\nwsws.org\n\nThe end.`],
  ])('%s is not', (_name, raw) => {
    expect(footerOf(parse(raw))).toBeNull();
  });

  it('never makes the whole body a footer', () => {
    const a = parse('Subscribe to our newsletter.\n\n© 2023 Example News');
    expect(footerOf(a)).toBe('© 2023 Example News');
  });
});
