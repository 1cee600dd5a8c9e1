/** The list of commands, in help order. A new command is one module and one line here. */
import type { CommandModule } from 'yargs';
import { analyzeCommand } from './analyze.js';
import type { CommandContext } from './context.js';
import { evalCommand } from './eval.js';
import { lexiconsCommand } from './lexicons.js';
import { mapCommand } from './map.js';
import { mergeCommand } from './merge.js';
import { trainCommand } from './train.js';

// biome-ignore lint/suspicious/noExplicitAny: each command has its own argument type
export const COMMANDS: ReadonlyArray<(ctx: CommandContext) => CommandModule<object, any>> = [
  analyzeCommand,
  mapCommand,
  mergeCommand,
  evalCommand,
  lexiconsCommand,
  trainCommand,
];
