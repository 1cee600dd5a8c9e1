/**
 * `framelens merge [parts..]`: combines map streams (`framelens map` output, parts in input
 * order, concatenated or as separate files) into the reports one `analyze` run would write.
 */
import path from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { runMerge } from '../run/map-merge.js';
import { FORMATS } from '../run.js';
import { normalizeFormats } from './analyze.js';
import { argPath, type CommandContext } from './context.js';

const builder = (y: Argv) =>
  y
    .positional('parts', {
      describe: 'Map streams in input order (files, optionally .gz); - or none reads stdin',
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
      describe: 'Which reports to write (repeatable); default: every one the parts carry rows for',
      choices: [...FORMATS, 'all'],
      type: 'string',
      array: true,
    })
    .option('strict', {
      describe: 'Fail (exit 2) if any input was skipped',
      type: 'boolean',
      default: false,
    })
    .example('$0 merge part-1.jsonl part-2.jsonl -o out/', 'Merge two parts, in this order')
    .example('cat part-*.jsonl | $0 merge -o out/', 'Merge parts from stdin');

type Args = Awaited<ReturnType<typeof builder>['argv']>;

export function mergeCommand(ctx: CommandContext): CommandModule<object, Args> {
  return {
    command: 'merge [parts..]',
    describe: 'Combine map streams into the reports one analyze run would write',
    builder: builder as unknown as CommandModule<object, Args>['builder'],
    handler: async (args) => {
      const cwd = process.cwd();
      const parts = (args.parts ?? []).map(argPath);
      const formats = args.format ? normalizeFormats(args.format) : null;
      const report = await runMerge(
        {
          parts,
          cwd,
          out: path.resolve(cwd, args.out),
          formats,
          strict: args.strict,
          recorded: {
            parts,
            out: args.out,
            format: formats ? [...formats].sort() : null,
            strict: args.strict,
          },
        },
        { warn: ctx.stderr },
      );
      const skipped = report.skipped
        ? `, skipped ${report.skipped} (see ${path.join(args.out, 'errors.csv')})`
        : '';
      ctx.stderr(
        `framelens: merged ${report.articles} article(s)${skipped}; wrote ${report.written.map((f) => path.join(args.out, f)).join(', ')}`,
      );
      ctx.setExitCode(report.exitCode);
    },
  };
}
