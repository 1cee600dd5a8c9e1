/**
 * Whatever an article carries (title, outlet, author, text, a quoted speaker's name) reaches the
 * page as text: no element, attribute or script of its own. The page's only script and style are
 * its own (their hashes are in the CSP).
 */
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { fixtureLexicon } from '../helpers/fixture-lexicon.js';

const EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">"\'&';

/** Every element name, and every event-handler attribute, as a real HTML parser sees them. */
function elements(html: string): { tags: string[]; handlers: string[] } {
  const tags: string[] = [];
  const handlers: string[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      tags.push(name);
      for (const a of Object.keys(attrs)) if (a.startsWith('on')) handlers.push(`${name} ${a}`);
    },
  });
  parser.write(html);
  parser.end();
  return { tags, handlers };
}

const places = [
  { name: 'title', meta: { title: EVIL } },
  { name: 'outlet', meta: { outlet: EVIL } },
  { name: 'author', meta: { author: EVIL } },
  { name: 'date', meta: { date: EVIL } },
  { name: 'text', text: `The reckless ${EVIL} regime.` },
  { name: 'speaker', text: `"The alleged plan failed," ${EVIL} Kirby said.` },
];

describe('report.html escapes everything that comes from articles', () => {
  it.each(places)('$name', async ({ meta, text }) => {
    const lexicon = await fixtureLexicon();
    const results = [
      analyze(text ?? 'Putin spoke. The reckless plan failed, Kirby said.', {
        lexicon,
        id: 'a',
        meta: { outlet: 'One', ...meta },
      }),
      analyze('Kiev said the alleged drone fell.', { lexicon, id: 'b', meta: { outlet: 'Two' } }),
    ];
    for (const max of [9, 0]) {
      const html = renderHtmlReport({ results, version: 't', lexicons: [], sideBySideMax: max });
      const { tags, handlers } = elements(html);
      expect(tags.filter((t) => t === 'script')).toHaveLength(1);
      expect(tags).not.toContain('img');
      expect(handlers).toEqual([]);
      // Shown as text where the page shows it (the large-corpus layout leaves out authors and texts).
      if (max > 0) expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });
});
