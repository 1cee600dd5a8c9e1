import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listInputs } from '../../src/io/list-inputs.js';
import { readArticleFile } from '../../src/io/read-article.js';
import type { Article } from '../../src/types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function seeds(): Promise<Article[]> {
  const { inputs, errors } = await listInputs(['seeds'], root);
  expect(errors).toEqual([]);
  return Promise.all(inputs.map((i) => readArticleFile(i.absPath, i)));
}

describe('the shipped seeds', () => {
  it('are the two articles, README skipped, in order', async () => {
    const { inputs } = await listInputs(['seeds'], root);
    expect(inputs.map((i) => [i.sourcePath, i.id])).toEqual([
      ['seeds/000_c3a5fb5bc20f2f33.txt', '000_c3a5fb5bc20f2f33'],
      ['seeds/004_2d85dde6461070b9.md', '004_2d85dde6461070b9'],
    ]);
  });

  it('carry the metadata their front matter records', async () => {
    const [summary, column] = await seeds();
    expect(summary!.meta).toEqual({
      title: 'US denies role in Kremlin drone incident',
      outlet: null,
      author: null,
      date: null,
      url: null,
      source_path: 'seeds/000_c3a5fb5bc20f2f33.txt',
      provenance: { title: 'front_matter' },
    });
    expect(column!.meta).toEqual({
      title: 'Ukrainian attack on Kremlin is a criminal provocation',
      outlet: 'World Socialist Web Site',
      author: 'Andre Damon',
      date: '2023-05-03',
      url: 'https://www.wsws.org/en/articles/2023/05/03/pers-m03.html',
      source_path: 'seeds/004_2d85dde6461070b9.md',
      provenance: {
        title: 'front_matter',
        outlet: 'front_matter',
        author: 'front_matter',
        date: 'front_matter',
        url: 'front_matter',
      },
    });
  });

  it('show the column whole but score neither its title, byline nor footer', async () => {
    const [, column] = await seeds();
    const a = column!;
    const shown = a.excluded.map((s) => a.text.slice(s.start, s.end));
    expect(shown).toEqual([
      'Ukrainian attack on Kremlin is a criminal provocation',
      'Andre Damon\n3 May 2023',
      'To contact the WSWS and the\nSocialist Equality Party visit:\n\nwsws.org/contact',
    ]);
    expect(a.text).toContain('is a criminally reckless provocation, serving no other purpose');
    expect(a.text).toContain('accusing\n\nUkraine of having tried');
    expect(a.text).toContain('Slobodan Milošević');
    expect(a.text).not.toMatch(/[*#]|\]\(/);
    // Every blank-line-separated block of the source, the stray break included.
    expect(a.text.split('\n\n')).toHaveLength(28);
  });

  it('keep the summary’s words as written, quotation marks and all', async () => {
    const [summary] = await seeds();
    expect(summary!.text).toContain('accused the US of being “unequivocally” involved');
    expect(summary!.text.split('\n\n')).toHaveLength(8);
    expect(summary!.excluded).toEqual([]);
  });
});
