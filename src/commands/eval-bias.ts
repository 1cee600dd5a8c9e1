/** `framelens eval bias`: loaded language against BABE sentences (see src/eval/bias.ts). */
import type { Argv } from 'yargs';
import { babeRecord, biasItemColumns, evaluateBias } from '../eval/bias.js';
import { type EvalRunArgs, runEvalTask } from '../eval/run-task.js';
import type { EvalArgs, EvalTask } from './eval.js';
import { halfOption } from './eval-half.js';

export const biasTask: EvalTask = {
  name: 'bias',
  describe: 'Loaded language vs BABE sentences (label, biased_words)',
  builder: (y: Argv<EvalArgs>) =>
    halfOption(y)
      .example('$0 eval bias --gold bias-babe-dev.jsonl', 'Sentence and word-level figures')
      .example(
        '$0 eval bias --gold bias-babe-dev.jsonl --half a --out err/ --json',
        'Half a only, JSON summary on stdout, predictions and errors as CSV in err/',
      ),
  run: async (args, ctx) => {
    await runEvalTask(
      {
        name: 'bias',
        schema: babeRecord,
        evaluate: (r, l) => {
          const out = evaluateBias(r, l);
          return { ...out, summary: { ...out.summary } };
        },
        itemColumns: biasItemColumns,
      },
      args as EvalRunArgs,
      ctx,
    );
  },
};
