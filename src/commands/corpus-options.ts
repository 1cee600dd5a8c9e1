/**
 * Options shared by `analyze` and `map`: how corpora are read (field names, standard input)
 * and how many worker threads analyze them. Normalized once here, with clear rejections.
 */
import type { Argv } from 'yargs';
import { ConfigError } from '../errors.js';
import { DEFAULT_FIELDS, META_KEYS, type MetaKey } from '../io/corpus-record.js';
import { defaultJobs } from '../pool/analyzer.js';
import type { CorpusReadOptions } from '../run.js';

export function corpusOptions<T>(y: Argv<T>) {
  return y
    .option('model', {
      describe:
        'Trained model (framelens train), repeatable, one per task: a stance model (the shipped one is lexicons/stance-model.json) also scores each actor, a bias or hedge model each sentence (sentences.csv), explained by their top features',
      type: 'string',
      array: true,
    })
    .option('jobs', {
      alias: 'j',
      describe:
        'Worker threads analyzing articles (default: one per core); output is the same for any N',
      type: 'number',
    })
    .option('text-field', {
      describe: 'JSONL field / CSV column holding the article text',
      type: 'string',
      default: DEFAULT_FIELDS.text,
    })
    .option('id-field', {
      describe: 'JSONL field / CSV column holding the article id (else <file stem>:<line>)',
      type: 'string',
      default: DEFAULT_FIELDS.id,
    })
    .option('meta-field', {
      describe: `Metadata field names, as KEY=FIELD (KEY one of ${META_KEYS.join(', ')}); repeatable`,
      type: 'string',
      array: true,
      default: [] as string[],
    })
    .option('stdin-format', {
      describe: 'Format of standard input (-): jsonl or csv (default: sniffed from the first byte)',
      choices: ['jsonl', 'csv'] as const,
      type: 'string',
    })
    .option('stdin-name', {
      describe:
        'Name standard input goes by: its source_path, and ids <name without extension>:<line>',
      type: 'string',
      default: 'stdin',
    })
    .option('line-offset', {
      describe:
        'Add N to the line numbers of standard input: the line the part starts after in a split corpus',
      type: 'number',
      default: 0,
    });
}

export interface CorpusArgs {
  readonly jobs?: number | undefined;
  readonly 'text-field': string;
  readonly 'id-field': string;
  readonly 'meta-field': readonly string[];
  readonly 'stdin-format'?: string | undefined;
  readonly 'stdin-name': string;
  readonly 'line-offset': number;
}

export function normalizeJobs(jobs: number | undefined): number {
  if (jobs === undefined) return defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new ConfigError('--jobs must be a whole number from 1 to 256', {
      code: 'E_USAGE',
      field: 'jobs',
      expected: 'an integer 1-256',
      found: String(jobs),
    });
  }
  return jobs;
}

export function normalizeCorpus(args: CorpusArgs): CorpusReadOptions {
  const meta: Record<MetaKey, string> = { ...DEFAULT_FIELDS.meta };
  for (const pair of args['meta-field']) {
    const m = /^([a-z]+)=(.+)$/.exec(pair);
    if (!m || !(META_KEYS as readonly string[]).includes(m[1]!)) {
      throw new ConfigError('--meta-field must be KEY=FIELD', {
        code: 'E_USAGE',
        field: 'meta-field',
        expected: `KEY=FIELD with KEY one of ${META_KEYS.join(', ')}`,
        found: pair,
      });
    }
    meta[m[1] as MetaKey] = m[2]!;
  }
  const offset = args['line-offset'];
  if (!Number.isInteger(offset) || offset < 0) {
    throw new ConfigError('--line-offset must be a whole number, 0 or more', {
      code: 'E_USAGE',
      field: 'line-offset',
      expected: 'an integer >= 0',
      found: String(offset),
    });
  }
  return {
    fields: { text: args['text-field'], id: args['id-field'], meta },
    stdinFormat: (args['stdin-format'] as 'jsonl' | 'csv' | undefined) ?? null,
    stdinName: args['stdin-name'],
    lineOffset: offset,
  };
}

/** What the manifest records of these options. */
export function recordCorpusArgs(corpus: CorpusReadOptions): Record<string, unknown> {
  return {
    text_field: corpus.fields.text,
    id_field: corpus.fields.id,
    meta_fields: corpus.fields.meta,
    stdin_format: corpus.stdinFormat,
    stdin_name: corpus.stdinName,
    line_offset: corpus.lineOffset,
  };
}
