#!/usr/bin/env node
/**
 * The command line: parses arguments (yargs), runs the chosen command module, prints, and sets
 * the exit code. Nothing else happens here. Diagnostics go to stderr; stdout carries only what a
 * command was asked to print.
 *
 * Exit codes: 0 success; 3 partial success (some inputs skipped, listed in errors.csv);
 * 2 failure before any analysis (bad option, lexicon or input list); 1 internal error.
 */
// First: V8's heap flags must be set before the heap fills (see heap-flags.ts).
import './heap-flags.js';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { STDIN_ARG } from './commands/context.js';
import { COMMANDS } from './commands/index.js';
import { ConfigError } from './errors.js';
import { EXIT } from './run.js';
import { VERSION } from './version.js';

const stderr = (line: string) => process.stderr.write(`${line}\n`);
const stdout = (text: string) => process.stdout.write(text);

// A reader that stops early (`framelens lexicons list | head`) closes the pipe: that is the
// end of the output the user wanted, not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT.ok);
  throw e;
});

async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const ctx = {
    stderr,
    stdout,
    setExitCode: (code: number) => {
      exitCode = code;
    },
  };
  let cli = yargs(argv)
    .scriptName('framelens')
    .usage(
      '$0 <command> [options]\n\nMeasures loaded language, hedging, boosting and stance toward actors in news articles, and writes comparative CSV and HTML reports.',
    );
  for (const make of COMMANDS) cli = cli.command(make(ctx));
  await cli
    .demandCommand(1, 'Give a command, for example: framelens analyze')
    .strict()
    .recommendCommands()
    .epilogue(
      'Exit codes: 0 success; 3 some inputs skipped (see errors.csv); 2 nothing analyzed (bad option, lexicon or inputs); 1 internal error.\nDocs: README.md',
    )
    .version(VERSION)
    .help()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((msg, err, y) => {
      if (err) throw err;
      y.showHelp((s: string) => stderr(s));
      throw new ConfigError(msg, { code: 'E_USAGE' });
    })
    .parseAsync();
  return exitCode;
}

// yargs drops a lone `-`, the usual name for standard input: pass it through as a marker the
// commands turn back into `-`.
main(hideBin(process.argv).map((a) => (a === '-' ? STDIN_ARG : a))).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ConfigError) {
      stderr(`framelens: ${err.describe()}`);
      process.exitCode = EXIT.config;
    } else {
      stderr(
        `framelens: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
      process.exitCode = EXIT.internal;
    }
  },
);
