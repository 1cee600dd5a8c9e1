/**
 * Loads the lexicon a run uses: every file in the lexicon folder (sorted), then each `--lexicon`
 * file in the order given, then each `--actors` file; later entries override earlier ones with
 * the same category and term (or actor id), and an actor alias written the same way by two
 * actors belongs to the one loaded last.
 */
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { usableSentenceModel } from '../score/sentence-models.js';
import { usableStanceModel } from '../stance/model-stance.js';
import { type LoadedModel, loadModel, TASKS, type Task } from '../train/model.js';
import type { SentenceTask } from '../types.js';
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
 * The lexicon with the trained models of `--model FILE...` attached: a stance model scores each
 * actor, a bias or a hedge model each sentence. At most one model per task, and only the tasks
 * in `tasks` (an eval of one task takes that task's model); anything else fails before analysis.
 */
export async function withModels(
  lexicon: Lexicon,
  files: string | readonly string[] | undefined,
  tasks: readonly Task[] = TASKS,
): Promise<Lexicon> {
  const list = files === undefined ? [] : typeof files === 'string' ? [files] : files;
  let stanceModel = lexicon.stanceModel;
  const sentenceModels: Partial<Record<SentenceTask, LoadedModel>> = { ...lexicon.sentenceModels };
  const seen = new Map<Task, string>();
  for (const file of list) {
    const loaded = await loadModel(file);
    const { task } = loaded.model;
    const refuse = (problem: string, expected: string) => {
      throw new ConfigError(problem, {
        code: 'E_MODEL',
        file,
        field: 'task',
        expected,
        found: `${task}: ${loaded.model.classes.join(', ')}`,
      });
    };
    if (!tasks.includes(task))
      refuse(`a ${task} model cannot be used here`, `a ${tasks.join(' or ')} model`);
    if (seen.has(task))
      refuse(`two ${task} models given (the other: ${seen.get(task)})`, `one model per task`);
    seen.set(task, file);
    if (task === 'stance') {
      const problem = usableStanceModel(loaded.model);
      if (problem) refuse(problem, 'a stance model (framelens train stance)');
      stanceModel = loaded;
    } else {
      const problem = usableSentenceModel(loaded.model);
      if (problem) refuse(problem, `a ${task} model (framelens train ${task})`);
      sentenceModels[task] = loaded;
    }
  }
  return {
    ...lexicon,
    ...(stanceModel ? { stanceModel } : {}),
    ...(Object.keys(sentenceModels).length > 0 ? { sentenceModels } : {}),
  };
}
