import { describe, expect, it } from 'vitest';
import { normalizeDate, parseDate } from '../../src/io/dates.js';
import { parseArticle } from '../../src/io/parse-article.js';

describe('dates', () => {
  it.each([
    ['2023-05-03', '2023-05-03'],
    ['2023/05/03', '2023-05-03'],
    ['2023-05-03T23:59:00Z', '2023-05-03'],
    ['2023-05-04T01:00:00+03:00', '2023-05-04'],
    ['3 May 2023', '2023-05-03'],
    ['03 May, 2023', '2023-05-03'],
    ['3rd May 2023', '2023-05-03'],
    ['May 3, 2023', '2023-05-03'],
    ['Sept. 21 2023', '2023-09-21'],
    ['Wednesday, 3 May 2023', '2023-05-03'],
    ['Wed May 3, 2023', '2023-05-03'],
    ['december 31, 1999', '1999-12-31'],
    ['29 February 2024', '2024-02-29'],
    ['29 February 2023', null],
    ['2023-13-01', null],
    ['03/05/2023', null],
    ['May 2023', null],
    ['3 Mayday 2023', null],
    ['on 3 May 2023', null],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
    expect(normalizeDate(` ${text} `)).toBe(iso ?? text);
  });
});

describe('bylines under the title', () => {
  const article = (byline: string) =>
    parseArticle(`# Title\n\n${byline}\n\nThe body sentence.\n\nAnother one.`, {
      id: 't',
      sourcePath: 't.md',
      format: 'md',
    });

  it.each([
    ['By Jane Doe', 'Jane Doe', null],
    ['BY JANE DOE', 'JANE DOE', null],
    ['by Jean-Luc de la Tour', 'Jean-Luc de la Tour', null],
    ['By J. R. Smith and Ann O’Neil', 'J. R. Smith and Ann O’Neil', null],
    ['By Jane Doe, John Roe and Ann Lee', 'Jane Doe, John Roe and Ann Lee', null],
    ['Andre Damon  \n3 May 2023', 'Andre Damon', '2023-05-03'],
    ['3 May 2023  \nAndre Damon', 'Andre Damon', '2023-05-03'],
    ['Andre Damon, 3 May 2023', 'Andre Damon', '2023-05-03'],
    ['By Jane Doe · May 3, 2023', 'Jane Doe', '2023-05-03'],
    ['May 3, 2023', null, '2023-05-03'],
    ['Updated on 2023-05-03', null, '2023-05-03'],
    ['By Jane Doe\n\nMay 3, 2023', 'Jane Doe', '2023-05-03'],
    ['Andre Damon\n\n3 May 2023', 'Andre Damon', '2023-05-03'],
  ])('%j is a byline', (byline, author, date) => {
    const a = article(byline);
    expect(a.meta.author).toBe(author);
    expect(a.meta.date).toBe(date);
    const lines = a.excluded.slice(1).map((s) => a.text.slice(s.start, s.end));
    expect(lines.join('\n\n')).toBe(byline.replace(/ {2}\n/g, '\n'));
  });

  it.each([
    ['a bare name without a date', 'Vladimir Putin'],
    ['an opening sentence', 'The Kremlin said two drones were downed.'],
    ['a name with a job title', 'By Jane Doe, Staff Writer'],
    ['one word', 'By Reuters'],
    ['a lower-case start', 'by the way, Jane Doe'],
    ['two authors in one block', 'By Jane Doe\nBy John Roe'],
    ['four lines', 'By Jane Doe\nMay 3, 2023\nMoscow\nUpdated'],
    ['a heading', '## Jane Doe'],
  ])('%s is not a byline', (_name, text) => {
    const a = article(text);
    expect(a.meta.author).toBeNull();
    expect(a.meta.date).toBeNull();
    expect(a.excluded).toHaveLength(1); // the title only
  });

  it('never takes the last block, and looks at the start when there is no title', () => {
    const only = parseArticle('By Jane Doe', { id: 't', sourcePath: 't.md', format: 'md' });
    expect(only.meta.author).toBeNull();
    const noTitle = parseArticle('By Jane Doe\n\nBody.', {
      id: 't',
      sourcePath: 't.md',
      format: 'md',
    });
    expect(noTitle.meta.author).toBe('Jane Doe');
    expect(noTitle.excluded).toEqual([{ start: 0, end: 11 }]);
  });
});
