/**
 * The `framelens eval` tasks: thin shells that read the gold file, run an evaluation module from
 * src/eval/, print the summary (one JSON object on stdout with --json, else a short table) and
 * write per-item predictions and errors with --out.
 */
import path from 'node:path';
import {
  articlePredictionColumns,
  articleRecord,
  evaluateArticles,
  spanColumns,
} from '../eval/articles.js';
import { readJsonl } from '../eval/read-jsonl.js';
import { type Half, selectHalf } from '../eval/split.js';
import { evaluateStance, stancePredictionColumns, stanceRecord } from '../eval/stance.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { loadLexicon, withModels } from '../lexicon/lexicon-set.js';
import { toCsv } from '../report/csv.js';
import type { CommandContext } from './context.js';
import type { EvalArgs, EvalTask } from './eval.js';
import { halfOption } from './eval-half.js';

function printSummary(ctx: CommandContext, args: EvalArgs, task: string, summary: object): void {
  if (args.json) {
    ctx.stdout(`${JSON.stringify(summary)}\n`);
    return;
  }
  const lines = Object.entries(summary).map(
    ([k, v]) =>
      `${k.padEnd(20)} ${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v)}`,
  );
  ctx.stdout(`framelens eval ${task}\n${lines.join('\n')}\n`);
}

const lexiconOf = (args: EvalArgs) => loadLexicon(args['lexicon-dir'], args.lexicon, args.actors);

export const stanceTask: EvalTask = {
  name: 'stance',
  describe: 'Sentence-level stance toward a target span (NewsMTSC format): macro-F1, accuracy',
  builder: (y) =>
    y.example(
      '$0 eval stance --gold stance-dev.jsonl --json',
      'Score stance toward each target; print the summary as JSON',
    ),
  run: async (args, ctx) => {
    const records = await readJsonl(args.gold, stanceRecord);
    // The same check and loading as `analyze --model`: the model travels with the lexicon.
    const lexicon = await withModels(await lexiconOf(args), args.model, ['stance']);
    const { summary, predictions } = evaluateStance(records, lexicon);
    if (args.out) {
      await writeFileAtomic(
        path.join(args.out, 'stance-predictions.csv'),
        toCsv(stancePredictionColumns, predictions),
      );
      await writeFileAtomic(
        path.join(args.out, 'stance-errors.csv'),
        toCsv(
          stancePredictionColumns,
          predictions.filter((p) => p.gold !== p.predicted),
        ),
      );
    }
    printSummary(ctx, args, 'stance', summary);
  },
};

export const articlesTask: EvalTask = {
  name: 'articles',
  describe:
    'Article-level stance toward main entities (BASIL format: author_feeling) and span agreement of findings',
  builder: (y) =>
    halfOption(y)
      .example(
        '$0 eval articles --gold basil-dev.jsonl --json --out eval-out/',
        "Score the writer's feeling toward each main entity and the word-choice spans",
      )
      .example(
        '$0 eval articles --gold basil-dev.jsonl --json --half b',
        'The held-out half only (the feeling threshold was chosen on half a)',
      ),
  run: async (args, ctx) => {
    // yargs has checked `--half` against its choices.
    const half = (args as EvalArgs & { half?: Half }).half;
    const records = selectHalf(await readJsonl(args.gold, articleRecord), half);
    const lexicon = await withModels(await lexiconOf(args), args.model, ['stance']);
    const { summary, predictions, spans } = evaluateArticles(records, lexicon);
    if (args.out) {
      await writeFileAtomic(
        path.join(args.out, 'articles-predictions.csv'),
        toCsv(articlePredictionColumns, predictions),
      );
      await writeFileAtomic(
        path.join(args.out, 'articles-errors.csv'),
        toCsv(
          articlePredictionColumns,
          predictions.filter((p) => p.gold !== p.predicted),
        ),
      );
      await writeFileAtomic(path.join(args.out, 'articles-spans.csv'), toCsv(spanColumns, spans));
    }
    printSummary(ctx, args, 'articles', summary);
  },
};
