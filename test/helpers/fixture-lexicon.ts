import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/index.js';
import { compileLexicon, type Lexicon } from '../../src/lexicon/compile.js';
import { readLexiconDir } from '../../src/lexicon/load.js';
import type { ArticleResult } from '../../src/types.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

let cached: Promise<Lexicon> | null = null;

/** The small test lexicon in test/fixtures/lexicons (independent of the shipped data). */
export function fixtureLexicon(): Promise<Lexicon> {
  cached ??= readLexiconDir(path.join(FIXTURES, 'lexicons')).then(compileLexicon);
  return cached;
}

export async function run(text: string): Promise<ArticleResult> {
  return analyze(text, { lexicon: await fixtureLexicon() });
}
