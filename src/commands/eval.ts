/**
 * `framelens eval <task>`: scores the analyzer against human annotations. Each task is its own
 * module in `EVAL_TASKS` (one line to add a task); they share the options below and the metrics
 * in src/eval/metrics.ts.
 */
import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from './context.js';
import { biasTask } from './eval-bias.js';
import { hedgeTask } from './eval-hedge.js';

export interface EvalArgs {
  gold: string;
  out?: string | undefined;
  json: boolean;
  lexicon: string[];
  'lexicon-dir'?: string | undefined;
  model?: string | undefined;
}

export interface EvalTask {
  readonly name: string;
  readonly describe: string;
  /** Extra options and examples for this task. */
  readonly builder?: (y: Argv<EvalArgs>) => Argv<EvalArgs>;
  readonly run: (args: EvalArgs, ctx: CommandContext) => Promise<void>;
}

export const EVAL_TASKS: EvalTask[] = [biasTask, hedgeTask];

export function evalCommand(ctx: CommandContext): CommandModule<object, EvalArgs> {
  return {
    command: 'eval',
    describe: 'Score framelens against annotated data (see README "Validity")',
    builder: ((y: Argv) => {
      let b = y
        .option('gold', { describe: 'Annotated JSONL file', type: 'string', demandOption: true })
        .option('out', {
          describe: 'Folder for per-item predictions and errors (CSV)',
          type: 'string',
        })
        .option('json', {
          describe: 'Print the summary as one JSON object on stdout',
          type: 'boolean',
          default: false,
        })
        .option('lexicon', {
          alias: 'l',
          describe: 'Extra lexicon file (repeatable)',
          type: 'string',
          array: true,
          default: [] as string[],
        })
        .option('lexicon-dir', {
          describe: 'Folder of lexicons instead of the shipped ones',
          type: 'string',
        })
        .option('model', {
          describe: 'Trained model file (see framelens train)',
          type: 'string',
        }) as unknown as Argv<EvalArgs>;
      for (const task of EVAL_TASKS) {
        b = b.command(
          task.name,
          task.describe,
          (sub) => (task.builder ? task.builder(sub) : sub),
          async (args) => task.run(args, ctx),
        );
      }
      return b.demandCommand(
        1,
        `Give a task: ${EVAL_TASKS.map((t) => t.name).join(', ') || '(none yet)'}`,
      );
    }) as unknown as CommandModule<object, EvalArgs>['builder'],
    handler: () => {},
  };
}
