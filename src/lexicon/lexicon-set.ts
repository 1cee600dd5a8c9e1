/**
 * Loads the lexicon a run uses: every file in the lexicon folder (sorted), then each `--lexicon`
 * file in the order given, then each `--actors` file; later entries override earlier ones with
 * the same category and term (or actor id), and an actor alias written the same way by two
 * actors belongs to the one loaded last.
 */
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { usableStanceModel } from '../stance/model-stance.js';
import { loadModel } from '../train/model.js';
import { PROJECT_ROOT } from '../version.js';
import { compileLexicon, type Lexicon } from './compile.js';
import { readLexiconDir, readLexiconFile } from './load.js';

export const DEFAULT_LEXICON_DIR = path.join(PROJECT_ROOT, 'lexicons');

export async function loadLexicon(
  dir: string = DEFAULT_LEXICON_DIR,
  extra: readonly string[] = [],
  actorFiles: readonly string[] = [],
): Promise<Lexicon> {
  const shipped = await readLexiconDir(dir);
  const user = [];
  for (const file of extra) user.push(await readLexiconFile(file, file));
  for (const file of actorFiles) {
    const loaded = await readLexiconFile(file, file);
    if (loaded.data.category !== 'actor') {
      throw new ConfigError('an --actors file must be an actor gazetteer', {
        code: 'E_ACTORS_FILE',
        file,
        field: 'category',
        expected: 'actor',
        found: loaded.data.category,
        hint: 'see lexicons/actors.yaml for the format; word lists go to --lexicon',
      });
    }
    user.push(loaded);
  }
  return compileLexicon([...shipped, ...user]);
}

/**
 * The lexicon with a trained stance model attached (`--model FILE`): the analyzer then also
 * scores each actor with it. Fails before analysis on a file that is not a stance model.
 */
export async function withStanceModel(
  lexicon: Lexicon,
  file: string | undefined,
): Promise<Lexicon> {
  if (!file) return lexicon;
  const loaded = await loadModel(file);
  const problem = usableStanceModel(loaded.model);
  if (problem) {
    throw new ConfigError(problem, {
      code: 'E_MODEL',
      file,
      field: 'task',
      expected: 'a stance model (framelens train stance)',
      found: `${loaded.model.task}: ${loaded.model.classes.join(', ')}`,
    });
  }
  return { ...lexicon, stanceModel: loaded };
}
