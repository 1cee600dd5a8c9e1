/**
 * `framelens analyze [paths..]`: the main job. Parses its options and hands them to `runAnalyze`.
 */
import path from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { ConfigError } from '../errors.js';
import { isCorpusPath } from '../io/corpus.js';
import { DEFAULT_LEXICON_DIR, loadLexicon, withModels } from '../lexicon/lexicon-set.js';
import { readValidity } from '../report/validity.js';
import { createProgress } from '../run/progress.js';
import { FORMATS, type Format, runAnalyze, SIDE_BY_SIDE_MAX } from '../run.js';
import { PROJECT_ROOT } from '../version.js';
import { argPath, type CommandContext } from './context.js';
import {
  corpusOptions,
  normalizeCorpus,
  normalizeJobs,
  recordCorpusArgs,
} from './corpus-options.js';

export function normalizeSideBySide(n: number): number {
  if (!Number.isInteger(n) || n < 0) {
    throw new ConfigError('--side-by-side-max must be a whole number, 0 or more', {
      code: 'E_USAGE',
      field: '--side-by-side-max',
      expected: 'an integer >= 0',
      found: String(n),
    });
  }
  return n;
}

export function normalizeFormats(raw: readonly string[]): Set<Format> {
  const out = new Set<Format>();
  for (const f of raw) {
    if (f === 'all') for (const x of FORMATS) out.add(x);
    else out.add(f as Format);
  }
  return out;
}

const UNITS = new Map([
  ['', 1],
  ['k', 1024],
  ['m', 1024 ** 2],
  ['g', 1024 ** 3],
]);

/** "10m", "64MB", "512k", "1048576", "0" → bytes (binary units: 1k = 1,024 bytes). */
export function parseByteSize(raw: unknown): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(String(raw));
  const unit = m ? UNITS.get(m[2]!.toLowerCase()) : undefined;
  if (!m || unit === undefined) {
    throw new ConfigError('--max-bytes: expected a size such as 10m, 512k or 0 (no limit)', {
      code: 'E_USAGE',
      found: JSON.stringify(raw),
    });
  }
  return Math.round(Number(m[1]) * unit);
}

const builder = (y: Argv) =>
  corpusOptions(
    y
      .positional('paths', {
        describe:
          'Files or folders of articles, JSONL/CSV corpora (.jsonl, .csv, optionally .gz), or - for stdin. Default: the bundled seeds/',
        type: 'string',
        array: true,
      })
      .option('out', {
        alias: 'o',
        describe: 'Folder to write reports to',
        type: 'string',
        default: 'reports',
      })
      .option('format', {
        alias: 'f',
        describe: 'Which reports to write (repeatable)',
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
      .option('max-bytes', {
        describe:
          'Skip (E_TOO_LARGE) any file larger than this; k, m, g are binary units; 0 means no limit',
        type: 'string',
        default: '10m',
      })
      .option('actors', {
        describe:
          'Actor file (same format as lexicons/actors.yaml) loaded after the gazetteer; its ids and aliases win (repeatable)',
        type: 'string',
        array: true,
        default: [] as string[],
      })
      .option('side-by-side-max', {
        describe:
          'Show the texts side by side up to this many articles; above it, the HTML report shows a map of articles and a sortable table instead',
        type: 'number',
        default: SIDE_BY_SIDE_MAX,
      })
      .option('strict', {
        describe: 'Fail (exit 2) if any input cannot be read, instead of skipping it',
        type: 'boolean',
        default: false,
      })
      .option('quiet', {
        alias: 'q',
        describe: 'No progress bar (it is shown only on a terminal anyway)',
        type: 'boolean',
        default: false,
      }),
  )
    .example('$0 analyze', 'Analyze the bundled seed articles into reports/')
    .example('$0 analyze articles/ --out out/', 'Analyze every article under articles/ into out/')
    .example('$0 analyze corpus.jsonl.gz --jobs 4', 'A gzip-compressed JSONL corpus on 4 threads')
    .example(
      'cat news.csv | $0 analyze - --text-field body',
      'A CSV corpus on stdin, text in "body"',
    )
    .example(
      '$0 analyze a.md b.html -f csv -l my-words.yaml',
      'CSV only, with extra lexicon entries',
    )
    .example('$0 analyze articles/ --actors my-actors.yaml', 'Add or remap actors and aliases')
    .example(
      '$0 analyze --model lexicons/stance-model.json',
      'Also score each actor with the shipped trained stance model',
    );

type Args = Awaited<ReturnType<typeof builder>['argv']>;

export function analyzeCommand(ctx: CommandContext): CommandModule<object, Args> {
  return {
    command: 'analyze [paths..]',
    describe:
      'Analyze articles (.txt, .md, .html files or folders; JSONL or CSV corpora) and write reports',
    builder: builder as unknown as CommandModule<object, Args>['builder'],
    handler: async (args) => {
      const cwd = process.cwd();
      const given = (args.paths ?? []).map(argPath);
      const paths =
        given.length > 0 ? given : [path.relative(cwd, path.join(PROJECT_ROOT, 'seeds')) || '.'];
      // Parsed here, not in a yargs `coerce`, which would wrap the ConfigError (exit 2) in its own.
      const maxBytes = parseByteSize(args['max-bytes']);
      if (paths.filter((p) => p === '-').length > 1) {
        throw new ConfigError('standard input (-) can be read only once', {
          code: 'E_USAGE',
          found: paths.join(' '),
        });
      }
      const jobs = normalizeJobs(args.jobs);
      const corpus = normalizeCorpus(args);
      const lexicon = await withModels(
        await loadLexicon(args['lexicon-dir'], args.lexicon, args.actors),
        args.model,
      );
      const formats = normalizeFormats(args.format);
      const sideBySideMax = normalizeSideBySide(args['side-by-side-max']);
      // Validity figures travel with the lexicons they were measured with.
      const validity = await readValidity(
        path.join(args['lexicon-dir'] ?? DEFAULT_LEXICON_DIR, 'validity.json'),
      );
      const progress = createProgress({ enabled: !args.quiet, paths, cwd });
      const report = await runAnalyze(
        {
          paths,
          out: path.resolve(cwd, args.out),
          formats,
          strict: args.strict,
          maxBytes,
          cwd,
          lexicon,
          corpus,
          jobs,
          sideBySideMax,
          validity,
          recorded: {
            // Sorted: argument order does not change the run, so it must not change the bytes
            // of the report that shows these options (README "Determinism").
            paths: [...new Set(paths)].sort(),
            out: args.out,
            format: [...formats].sort(),
            lexicon: args.lexicon,
            lexicon_dir: args['lexicon-dir'] ?? null,
            actors: args.actors,
            strict: args.strict,
            max_bytes: maxBytes,
            side_by_side_max: sideBySideMax,
            // Recorded only when given: a run without a model writes what it always did. Sorted,
            // as one model per task makes their order immaterial.
            ...(args.model?.length ? { model: [...args.model].sort() } : {}),
            // Only runs that read corpora record how (a run over files writes what it always did).
            ...(paths.some(isCorpusPath) ? recordCorpusArgs(corpus) : {}),
          },
        },
        { warn: ctx.stderr, onArticle: progress.onArticle, onBytes: progress.onBytes },
      ).finally(() => progress.stop());
      const skipped = report.skipped
        ? `, skipped ${report.skipped} (see ${path.join(args.out, 'errors.csv')})`
        : '';
      ctx.stderr(
        `framelens: analyzed ${report.articles} article(s)${skipped}; wrote ${report.written.map((f) => path.join(args.out, f)).join(', ')}`,
      );
      ctx.setExitCode(report.exitCode);
    },
  };
}
