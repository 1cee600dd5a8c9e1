import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON_DIR } from '../../src/lexicon/lexicon-set.js';
import { parseLexicon, readLexiconDir } from '../../src/lexicon/load.js';
import { rulesMarkdown } from '../../src/lexicon/rules-doc.js';

describe('lexicons/RULES.md', () => {
  it('is the table generated from the shipped data (run `npm run docs` after editing a lexicon)', async () => {
    const files = await readLexiconDir(DEFAULT_LEXICON_DIR);
    const current = readFileSync(path.join(DEFAULT_LEXICON_DIR, 'RULES.md'), 'utf8');
    expect(current === rulesMarkdown(files)).toBe(true);
  });

  it('has one row per entry, with its conditions, and keeps a pipe in a note inside its cell', () => {
    const lex = parseLexicon(
      'id: t\nversion: 1.0.0\ncategory: loaded\nlanguage: en\nlicence: MIT\ndescription: d\nsources:\n  s: { title: s, licence: MIT }\nentries:\n  - { term: wild, source: s }\n  - { term: critical, exact: true, not_before: [condition, care], note: "a | b", source: s }\n',
      't.yaml',
    );
    const md = rulesMarkdown([lex]);
    expect(md).toContain(
      '| critical |  |  | 1 |  | exact; not_before: condition, care | a \\| b | s |',
    );
    expect(md).toContain('| wild |  |  | 1 |  |  |  | s |');
    expect(md.indexOf('| critical |')).toBeLessThan(md.indexOf('| wild |'));
  });
});
