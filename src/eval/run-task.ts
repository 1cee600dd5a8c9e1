/**
 * What every `framelens eval` task does around its own scoring: load the lexicon, read and
 * validate the gold file, keep one half if asked, score, write the per-item predictions and the
 * error tallies with `--out`, and print the summary (one JSON object on stdout with `--json`,
 * else a readable table on stderr).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { CommandContext } from '../commands/context.js';
import { ConfigError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { Lexicon } from '../lexicon/compile.js';
import { loadLexicon, withModels } from '../lexicon/lexicon-set.js';
import type { Column } from '../report/columns.js';
import { toCsv } from '../report/csv.js';
import type { Task } from '../train/model.js';
import { readJsonl } from './read-jsonl.js';
import { HALVES, type Half, selectHalf } from './split.js';
import type { ErrorRow } from './tally.js';

export interface EvalRunArgs {
  gold: string;
  out?: string | undefined;
  json: boolean;
  lexicon: string[];
  'lexicon-dir'?: string | undefined;
  half?: string | undefined;
  model?: string | undefined;
}

export interface EvalSpec<R extends { id: string }, I> {
  /**
   * Task name: the output files are `<name>-items.csv` and `<name>-errors.csv`, and `--model`
   * takes a model trained for this task.
   */
  readonly name: Task;
  readonly schema: z.ZodType<R>;
  readonly evaluate: (
    records: readonly R[],
    lexicon: Lexicon,
  ) => { summary: Record<string, number | null>; items: I[]; errors: ErrorRow[] };
  readonly itemColumns: readonly Column<I>[];
}

export const errorColumns: readonly Column<ErrorRow>[] = [
  {
    name: 'level',
    type: 'enum',
    values: ['sentence', 'word', 'cue'],
    description: 'What was compared: whole sentences, annotated words or cues.',
    get: (r) => r.level,
  },
  {
    name: 'kind',
    type: 'enum',
    values: ['false_positive', 'miss'],
    description: 'A finding without annotation, or an annotation without finding.',
    get: (r) => r.kind,
  },
  {
    name: 'term',
    type: 'text',
    description: 'Lexicon term that fired (false positive) or annotated word (miss).',
    get: (r) => r.term,
  },
  { name: 'count', type: 'integer', description: 'How often.', get: (r) => r.count },
  {
    name: 'entry_id',
    type: 'text',
    description: 'Lexicon entry that fired.',
    get: (r) => r.entry_id,
  },
  {
    name: 'lexicon',
    type: 'text',
    description: 'Lexicon file of the entry.',
    get: (r) => r.lexicon,
  },
  {
    name: 'examples',
    type: 'text',
    description: 'Ids of the first items with this error.',
    get: (r) => r.examples,
  },
];

function parseHalf(raw: string | undefined): Half | undefined {
  if (raw === undefined) return undefined;
  if ((HALVES as readonly string[]).includes(raw)) return raw as Half;
  throw new ConfigError('unknown half', {
    code: 'E_USAGE',
    field: '--half',
    expected: HALVES.join(' or '),
    found: JSON.stringify(raw),
  });
}

/** The model file of `task` when it was trained on `gold` itself (same SHA-256), else null. */
async function trainedOn(lexicon: Lexicon, task: Task, gold: string): Promise<string | null> {
  const loaded = task === 'stance' ? lexicon.stanceModel : lexicon.sentenceModels?.[task];
  if (!loaded || gold === '-') return null;
  const sha = createHash('sha256')
    .update(await readFile(gold))
    .digest('hex');
  return sha === loaded.model.training.sha256 ? loaded.file : null;
}

const fmt = (v: number | null): string => (v === null ? '-' : v.toFixed(3));

export async function runEvalTask<R extends { id: string }, I>(
  spec: EvalSpec<R, I>,
  args: EvalRunArgs,
  ctx: CommandContext,
): Promise<Record<string, number | null>> {
  const half = parseHalf(args.half);
  const lexicon = await withModels(
    await loadLexicon(args['lexicon-dir'], args.lexicon),
    args.model,
    [spec.name],
  );
  // Read and checked first: a missing gold file is a clear error, not a failed hash.
  const records = selectHalf(await readJsonl(args.gold, spec.schema), half);
  const trainedHere = await trainedOn(lexicon, spec.name, args.gold);
  if (trainedHere)
    ctx.stderr(
      `framelens: warning: ${trainedHere} was trained on this very file: these are training-set figures, not a validation (see the model's cross_validation)`,
    );
  const { summary, items, errors } = spec.evaluate(records, lexicon);
  if (args.out) {
    const items_ = path.join(args.out, `${spec.name}-items.csv`);
    const errors_ = path.join(args.out, `${spec.name}-errors.csv`);
    await writeFileAtomic(items_, toCsv(spec.itemColumns, items));
    await writeFileAtomic(errors_, toCsv(errorColumns, errors));
    ctx.stderr(`framelens: wrote ${items_}, ${errors_}`);
  }
  if (args.json) ctx.stdout(`${JSON.stringify(summary)}\n`);
  else {
    const label = `${path.basename(args.gold)}${half ? ` (half ${half})` : ''}`;
    ctx.stderr(`framelens eval ${spec.name} on ${label}`);
    for (const [k, v] of Object.entries(summary)) {
      ctx.stderr(`  ${k.padEnd(16)} ${k === 'n' ? String(v) : fmt(v)}`);
      // The positive class's F1 (FactBank's usual figure), derived for reading; not in --json.
      const { precision: p, recall: r } = summary;
      if (k === 'recall' && p != null && r != null && p + r > 0)
        ctx.stderr(`  ${'f1'.padEnd(16)} ${fmt((2 * p * r) / (p + r))}`);
    }
  }
  return summary;
}
