/** `framelens eval hedge`: hedges against FactBank sentences (see src/eval/hedge.ts). */
import type { Argv } from 'yargs';
import { evaluateHedge, factbankRecord, hedgeItemColumns } from '../eval/hedge.js';
import { type EvalRunArgs, runEvalTask } from '../eval/run-task.js';
import type { EvalArgs, EvalTask } from './eval.js';
import { halfOption } from './eval-half.js';

export const hedgeTask: EvalTask = {
  name: 'hedge',
  describe: 'Hedges vs FactBank sentences (uncertain, cues)',
  builder: (y: Argv<EvalArgs>) =>
    halfOption(y)
      .example('$0 eval hedge --gold hedge-factbank-dev.jsonl', 'Sentence and cue-level figures')
      .example(
        '$0 eval hedge --gold hedge-factbank-dev.jsonl --out err/',
        'Also write hedge-items.csv and hedge-errors.csv to err/',
      ),
  run: async (args, ctx) => {
    await runEvalTask(
      {
        name: 'hedge',
        schema: factbankRecord,
        evaluate: (r, l) => {
          const out = evaluateHedge(r, l);
          return { ...out, summary: { ...out.summary } };
        },
        itemColumns: hedgeItemColumns,
      },
      args as EvalRunArgs,
      ctx,
    );
  },
};
