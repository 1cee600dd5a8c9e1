/**
 * `framelens map [paths..]`: analyzes articles like `analyze`, but writes one line per article
 * (and per skipped input) to stdout instead of report files, for `framelens merge` to combine.
 * The map step of a distributed run: GNU parallel, Hadoop Streaming, Spark `RDD.pipe()`.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { ConfigError } from '../errors.js';
import { DEFAULT_LEXICON_DIR, loadLexicon, withModels } from '../lexicon/lexicon-set.js';
import { readValidity } from '../report/validity.js';
import { runMap } from '../run/map-merge.js';
import { FORMATS, SIDE_BY_SIDE_MAX } from '../run.js';
import { normalizeFormats, normalizeSideBySide } from './analyze.js';
import { argPath, type CommandContext } from './context.js';
import { corpusOptions, normalizeCorpus, normalizeJobs } from './corpus-options.js';

const builder = (y: Argv) =>
  corpusOptions(
    y
      .positional('paths', {
        describe: 'Inputs, as for analyze; - (the default) reads a JSONL or CSV corpus from stdin',
        type: 'string',
        array: true,
      })
      .option('output', {
        describe: 'File to write the map stream to (- is stdout)',
        type: 'string',
        default: '-',
      })
      .option('format', {
        alias: 'f',
        describe: 'Which reports the rows are for (repeatable); merge can write only these',
        choices: [...FORMATS, 'all'],
        type: 'string',
        array: true,
        default: ['all'],
      })
      .option('lexicon', {
        alias: 'l',
        describe: 'Extra lexicon file adding or overriding entries (repeatable)',
        type: 'string',
        array: true,
        default: [] as string[],
      })
      .option('lexicon-dir', {
        describe: 'Folder of lexicons to load instead of the shipped ones',
        type: 'string',
      })
      .option('side-by-side-max', {
        describe:
          'As for analyze: the HTML report merge writes shows texts up to this many articles',
        type: 'number',
        default: SIDE_BY_SIDE_MAX,
      }),
  )
    .example('$0 map corpus.jsonl > part.jsonl', 'Map one corpus file')
    .example(
      "parallel --pipe -k -N 1000 '$0 map --stdin-name corpus --line-offset $(( ({#}-1)*1000 ))' < corpus.jsonl | $0 merge -o out/",
      'Split a corpus across cores or hosts and merge',
    );

type Args = Awaited<ReturnType<typeof builder>['argv']>;

export function mapCommand(ctx: CommandContext): CommandModule<object, Args> {
  return {
    command: 'map [paths..]',
    describe: 'Analyze inputs into a stream of per-article results (JSONL) for `merge`',
    builder: builder as unknown as CommandModule<object, Args>['builder'],
    handler: async (args) => {
      const cwd = process.cwd();
      const given = (args.paths ?? []).map(argPath);
      const paths = given.length > 0 ? given : ['-'];
      if (paths.filter((p) => p === '-').length > 1) {
        throw new ConfigError('standard input (-) can be read only once', {
          code: 'E_USAGE',
          found: paths.join(' '),
        });
      }
      const jobs = normalizeJobs(args.jobs);
      const corpus = normalizeCorpus(args);
      const lexicon = await withModels(
        await loadLexicon(args['lexicon-dir'], args.lexicon),
        args.model,
      );
      const target = argPath(args.output);
      const toFile = target !== '-';
      const output = toFile ? createWriteStream(path.resolve(cwd, target)) : process.stdout;
      const r = await runMap(
        {
          paths,
          cwd,
          formats: normalizeFormats(args.format),
          lexicon,
          corpus,
          jobs,
          sideBySideMax: normalizeSideBySide(args['side-by-side-max']),
          validity: await readValidity(
            path.join(args['lexicon-dir'] ?? DEFAULT_LEXICON_DIR, 'validity.json'),
          ),
          output,
        },
        { warn: ctx.stderr },
      );
      if (toFile) {
        output.end();
        await once(output, 'finish');
      }
      ctx.stderr(`framelens: mapped ${r.articles} article(s), ${r.skipped} skipped input(s)`);
      // A bad record is a row in the stream, not a failed task: merge reports it (exit 3).
      ctx.setExitCode(0);
    },
  };
}
