/** The `--half` option shared by the eval tasks that tune on development data (src/eval/split.ts). */
import type { Argv } from 'yargs';
import { HALVES } from '../eval/split.js';
import type { EvalArgs } from './eval.js';

export const halfOption = (y: Argv<EvalArgs>): Argv<EvalArgs> =>
  y.option('half', {
    describe: 'Score only one half of the file, split by id (a: the half thresholds were tuned on)',
    choices: HALVES,
    type: 'string',
  }) as unknown as Argv<EvalArgs>;
