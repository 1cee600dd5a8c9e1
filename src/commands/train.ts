/**
 * `framelens train stance|bias|hedge --data FILE.jsonl --out MODEL.json`: learns the weights of
 * the analyzer's interpretable features from annotated data (src/train/), choosing the L2
 * penalty by stratified k-fold cross-validation, and writes a versioned JSON model with its
 * provenance. The same data and options give byte-identical weights.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { readJsonl } from '../eval/read-jsonl.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { loadLexicon } from '../lexicon/lexicon-set.js';
import { MODEL_FORMAT, MODEL_VERSION, type Model, TASKS, type Task } from '../train/model.js';
import { TRAIN_TASKS } from '../train/tasks.js';
import { DEFAULT_TRAIN, trainModel } from '../train/train.js';
import { VERSION } from '../version.js';
import type { CommandContext } from './context.js';

interface TrainArgs {
  task: Task;
  data: string;
  out: string;
  licence: string;
  date?: string | undefined;
  folds: number;
  seed: number;
  'min-count'?: number | undefined;
  lexicon: string[];
  'lexicon-dir'?: string | undefined;
}

const r6 = (x: number) => Math.round(x * 1e6) / 1e6 || 0;

export function trainCommand(ctx: CommandContext): CommandModule<object, TrainArgs> {
  return {
    command: 'train <task>',
    describe:
      'Learn the weights of interpretable features from annotated data (see README "Trained models")',
    builder: ((y: Argv) =>
      y
        .positional('task', { describe: 'What to learn', choices: TASKS, type: 'string' })
        .option('data', { describe: 'Annotated JSONL file', type: 'string', demandOption: true })
        .option('out', {
          alias: 'o',
          describe: 'Model file to write',
          type: 'string',
          demandOption: true,
        })
        .option('licence', {
          describe: "The training data's licence, as you know it (recorded in the model)",
          type: 'string',
          default: 'unstated',
        })
        .option('date', {
          describe: 'Training date to record (default: today, UTC)',
          type: 'string',
        })
        .option('folds', {
          describe: 'Cross-validation folds',
          type: 'number',
          default: DEFAULT_TRAIN.folds,
        })
        .option('seed', {
          describe: 'Seed of the fold assignment',
          type: 'number',
          default: DEFAULT_TRAIN.seed,
        })
        .option('min-count', {
          describe: `A feature is kept when it fires in at least this many items (default: ${TRAIN_TASKS.stance.minCount} for stance, ${TRAIN_TASKS.bias.minCount} for bias and hedge)`,
          type: 'number',
        })
        .option('lexicon', {
          alias: 'l',
          describe: 'Extra lexicon file (repeatable)',
          type: 'string',
          array: true,
          default: [],
        })
        .option('lexicon-dir', {
          describe: 'Folder of lexicons instead of the shipped ones',
          type: 'string',
        })
        .example(
          '$0 train stance --data stance-newsmtsc-train.jsonl --licence MIT -o lexicons/stance-model.json',
          'Train the stance model shipped with framelens',
        )
        .example(
          '$0 eval stance --gold stance-dev.jsonl --model my-model.json',
          'Evaluate a trained model',
        )) as unknown as (y: Argv<object>) => Argv<TrainArgs>,
    handler: async (args) => {
      const task = TRAIN_TASKS[args.task];
      const lexicon = await loadLexicon(args['lexicon-dir'], args.lexicon);
      // Read and checked first, so a missing or malformed file is a clear error (exit 2).
      const records = await readJsonl(args.data, task.schema, '--data');
      const bytes = await readFile(args.data);
      const started = Date.now();
      const sets = records.map((r) => task.features(lexicon, r));
      const y = records.map((r) => task.classes.indexOf(task.label(r)));
      const opts = {
        ...DEFAULT_TRAIN,
        folds: args.folds,
        seed: args.seed,
        minCount: args['min-count'] ?? task.minCount,
      };
      const res = trainModel(sets, y, task.classes, opts);
      const model: Model = {
        format: MODEL_FORMAT,
        format_version: MODEL_VERSION,
        task: task.name,
        framelens_version: VERSION,
        trained: args.date ?? new Date().toISOString().slice(0, 10),
        classes: [...task.classes],
        features: res.features,
        weights: res.model.weights.map((w) => w.map(r6)),
        bias: res.model.bias.map(r6),
        training: {
          file: path.basename(args.data),
          bytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          items: records.length,
          licence: args.licence,
        },
        fit: {
          method: 'multinomial logistic regression, L2, Nesterov gradient descent, class-balanced',
          l2: res.l2,
          l2_grid: [...opts.l2Grid],
          folds: opts.folds,
          seed: opts.seed,
          min_count: opts.minCount,
          iterations: opts.iterations,
          class_balanced: opts.balance,
        },
        cross_validation: res.cv.map((p) => ({
          l2: p.l2,
          macro_f1: r6(p.macro_f1),
          accuracy: r6(p.accuracy),
          f1: p.f1.map(r6),
        })),
      };
      await writeFileAtomic(args.out, `${JSON.stringify(model, null, 1)}\n`);
      const best = res.cv.find((p) => p.l2 === res.l2)!;
      ctx.stderr(
        `framelens train ${task.name}: ${records.length} items, ${res.features.length} features, ` +
          `l2 ${res.l2}, ${opts.folds}-fold cross-validated macro-F1 ${best.macro_f1.toFixed(3)}, ` +
          `accuracy ${best.accuracy.toFixed(3)}, F1 ${task.classes.map((c, i) => `${c} ${best.f1[i]!.toFixed(3)}`).join(', ')} (${((Date.now() - started) / 1000).toFixed(1)} s); wrote ${args.out}`,
      );
    },
  };
}
