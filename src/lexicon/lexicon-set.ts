/**
 * Loads the lexicon a run uses: every file in the lexicon folder (sorted), then each `--lexicon`
 * file in the order given, later entries overriding earlier ones with the same category and term.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../version.js';
import { compileLexicon, type Lexicon } from './compile.js';
import { readLexiconDir, readLexiconFile } from './load.js';

export const DEFAULT_LEXICON_DIR = path.join(PROJECT_ROOT, 'lexicons');

export async function loadLexicon(
  dir: string = DEFAULT_LEXICON_DIR,
  extra: readonly string[] = [],
): Promise<Lexicon> {
  const shipped = await readLexiconDir(dir);
  const user = [];
  for (const file of extra) user.push(await readLexiconFile(file, file));
  return compileLexicon([...shipped, ...user]);
}
