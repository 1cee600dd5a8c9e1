/**
 * `framelens lexicons list|show|validate`: lets a student see why a word counts and a researcher
 * check a custom lexicon before a run.
 *
 *   list [--category C]     every entry (stdout, one tab-separated line each)
 *   show TERM               the entries that match TERM, as the analyzer matches it (stdout)
 *   validate FILE...        schema and lint of custom files against the shipped ones (stderr);
 *                           exit 0 when clean (warnings allowed), 2 on any error
 */
import path from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { ConfigError } from '../errors.js';
import { compileLexicon, type EntryCategory } from '../lexicon/compile.js';
import { type EntryExplanation, explainTerm } from '../lexicon/explain.js';
import { DEFAULT_LEXICON_DIR, loadLexicon } from '../lexicon/lexicon-set.js';
import { describeProblem, lintLexicons } from '../lexicon/lint.js';
import { type LoadedLexicon, readLexiconDir, readLexiconFile } from '../lexicon/load.js';
import { WORD_CATEGORIES } from '../lexicon/schema.js';
import { EXIT } from '../run.js';
import type { CommandContext } from './context.js';

interface LexiconsArgs {
  lexicon: string[];
  'lexicon-dir'?: string | undefined;
  category?: string | undefined;
  term?: string | undefined;
  files?: string[] | undefined;
}

const CATEGORIES: readonly EntryCategory[] = [...WORD_CATEGORIES, 'actor'];

/** Paths as a user would type them: relative to the working directory. */
const shown = (p: string | undefined): string => (p ? path.relative(process.cwd(), p) || p : '');

const cell = (v: string | number | null | undefined): string =>
  v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' ');

async function list(args: LexiconsArgs, ctx: CommandContext): Promise<void> {
  const lexicon = await loadLexicon(args['lexicon-dir'], args.lexicon);
  const paths = new Map(lexicon.files.map((f) => [f.name, f.path]));
  const rows = lexicon.entries.filter((e) => !args.category || e.category === args.category);
  const lines = ['category\tterm\tclass\tweight\tpolarity\tsource\tfile\tline'];
  for (const e of rows)
    lines.push(
      [
        e.category,
        e.term,
        e.class,
        e.weight,
        e.polarity,
        e.source,
        shown(paths.get(e.lexicon)),
        e.line,
      ]
        .map(cell)
        .join('\t'),
    );
  ctx.stdout(`${lines.join('\n')}\n`);
  ctx.stderr(`framelens: ${rows.length} entries`);
}

function block(x: EntryExplanation): string {
  const e = x.entry;
  const rows: [string, string | number | null][] = [
    ['category', e.category],
    ['class', e.class],
    ['weight', e.weight],
    ['polarity', e.polarity],
    ['matches', x.forms.join(' | ')],
    ['conditions', x.conditions.join('; ') || 'none'],
    ['note', e.note],
    ['source', `${e.source}: ${x.sourceTitle} (licence ${x.licence})`],
  ];
  const body = rows
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `  ${k.padEnd(11)}${v}`)
    .join('\n');
  return `${e.id}  ${shown(x.file)}:${e.line}\n${body}\n`;
}

async function show(args: LexiconsArgs, ctx: CommandContext): Promise<void> {
  const term = args.term ?? '';
  const lexicon = await loadLexicon(args['lexicon-dir'], args.lexicon);
  const { exact, partOf } = explainTerm(lexicon, term);
  const out: string[] = exact.map(block);
  if (partOf.length > 0) {
    out.push(
      `"${term}" is also one word of ${partOf.length} phrase entr${partOf.length === 1 ? 'y' : 'ies'}:`,
    );
    out.push(...partOf.map((x) => `  ${x.entry.id}  ${shown(x.file)}:${x.entry.line}`), '');
  }
  if (out.length > 0) ctx.stdout(`${out.join('\n')}`);
  if (exact.length === 0)
    ctx.stderr(`framelens: no entry matches "${term}" (after normalization and stemming)`);
}

async function validate(args: LexiconsArgs, ctx: CommandContext): Promise<void> {
  const shipped = await readLexiconDir(args['lexicon-dir'] ?? DEFAULT_LEXICON_DIR);
  const mine: LoadedLexicon[] = [];
  let errors = 0;
  for (const file of args.files ?? []) {
    try {
      mine.push(await readLexiconFile(file, file));
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      ctx.stderr(err.describe());
      errors += 1;
    }
  }
  const given = new Set(mine.map((f) => f.path));
  const problems = lintLexicons([...shipped, ...mine]).filter((p) => given.has(p.file));
  for (const p of problems) ctx.stderr(`${p.severity}: ${describeProblem(p)}`);
  errors += problems.filter((p) => p.severity === 'error').length;
  const checked = compileLexicon(mine).entries.length;
  ctx.stderr(
    `framelens: ${args.files?.length ?? 0} file(s), ${checked} entries: ${errors} error(s), ${problems.length - problems.filter((p) => p.severity === 'error').length} warning(s)`,
  );
  if (errors > 0) ctx.setExitCode(EXIT.config);
}

const lexiconOptions = (y: Argv) =>
  y
    .option('lexicon', {
      alias: 'l',
      describe: 'Extra lexicon file adding or overriding entries (repeatable)',
      type: 'string',
      array: true,
      default: [] as string[],
    })
    .option('lexicon-dir', {
      describe: 'Folder of lexicons instead of the shipped ones',
      type: 'string',
    });

export function lexiconsCommand(ctx: CommandContext): CommandModule<object, LexiconsArgs> {
  return {
    command: 'lexicons',
    describe: 'List lexicon entries, show why a word counts, validate a custom lexicon',
    builder: ((y: Argv) =>
      lexiconOptions(y)
        .command(
          'list',
          'Every entry: category, term, class, weight, polarity, source, file and line (TSV on stdout)',
          (s) =>
            s
              .option('category', {
                describe: 'Only this category',
                choices: CATEGORIES,
                type: 'string',
              })
              .example('$0 lexicons list --category hedge', 'Every hedge'),
          (a) => list(a as unknown as LexiconsArgs, ctx),
        )
        .command(
          'show <term>',
          'The entries that match a word or phrase, with file, line, class, weight, polarity, conditions, note and source',
          (s) =>
            s
              .positional('term', {
                describe: 'A word or phrase as it appears in text',
                type: 'string',
              })
              .example('$0 lexicons show claims', 'Why "claims" counts (hedge and distancing verb)')
              .example('$0 lexicons show "so-called"', 'A phrase'),
          (a) => show(a as unknown as LexiconsArgs, ctx),
        )
        .command(
          'validate <files..>',
          'Check custom lexicon files: schema, then lint against the shipped lexicons (exit 2 on errors)',
          (s) =>
            s
              .positional('files', { describe: 'YAML lexicon files', type: 'string', array: true })
              .example('$0 lexicons validate my-words.yaml', 'Check a file before a run'),
          (a) => validate(a as unknown as LexiconsArgs, ctx),
        )
        .demandCommand(1, 'Give a subcommand: list, show or validate')) as unknown as CommandModule<
      object,
      LexiconsArgs
    >['builder'],
    handler: () => {},
  };
}
