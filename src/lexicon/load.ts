/**
 * Loads lexicon files: YAML parsed with line positions, validated by the one schema in
 * `schema.ts`, then checked for what a schema cannot say (a source key that the header does not
 * declare, a term listed twice). Every problem becomes a `ConfigError` naming the file, the line
 * and the field, so a hand-edited file can be fixed without guessing.
 *
 * Two parsers: js-yaml first (its core schema, as YAML 1.2 reads scalars), which reads the shipped
 * lexicons about six times faster than `yaml` and was most of framelens's start-up (about 0.7 s
 * of 1.7 s, paid by every process, so by every part of a split run), with each entry's line from
 * its node events. A file it cannot read, or that fails the schema, is read again by `yaml`,
 * whose document keeps the position of every node, so the error names the line of the field at
 * fault. Both give the same data and lines on every shipped lexicon and the fixtures
 * (test/lexicon/load.test.ts).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { ConfigError, quoteFound } from '../errors.js';
import { type LexiconFile, lexiconFile } from './schema.js';
import { explainIssue } from './schema-issue.js';

export interface LoadedLexicon {
  /** File name as shown in findings (`loaded.yaml`), or the path given for user files. */
  readonly name: string;
  readonly path: string;
  readonly sha256: string;
  readonly data: LexiconFile;
  /** Line of each entry in the file, for messages and the `lexicons show` command. */
  readonly entryLines: readonly number[];
}

const LEXICON_EXTENSIONS = new Set(['.yaml', '.yml']);

function pathLabel(p: (string | number | symbol)[]): string {
  return p
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return quoteFound(value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/**
 * The fast reading: the file's data and the line of each entry (the line its node starts on),
 * or null when js-yaml cannot read it or the entries' lines cannot be told (the slow reading
 * then decides, and words any error). Entries are the items of the root mapping's `entries`
 * value: depth-3 nodes under it in js-yaml's open/close events (keys and values are nodes too).
 */
export function quickParse(source: string): { raw: unknown; entryLines: number[] } | null {
  const entryLines: number[] = [];
  let depth = 0;
  let rootChildren = 0;
  let lastKey: unknown;
  let inEntries = false;
  let entriesSeen = false;
  const listener = (event: 'open' | 'close', state: jsYaml.State) => {
    if (event === 'open') {
      depth += 1;
      // Root children alternate key, value; a value opens after its key closed.
      if (depth === 2 && rootChildren % 2 === 1 && lastKey === 'entries') {
        inEntries = true;
        entriesSeen = true;
      }
      if (depth === 3 && inEntries) entryLines.push(state.line + 1);
      return;
    }
    if (depth === 2) {
      if (rootChildren % 2 === 0) lastKey = state.result;
      else inEntries = false;
      rootChildren += 1;
    }
    depth -= 1;
  };
  try {
    const raw = jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA, listener });
    return entriesSeen ? { raw, entryLines } : null;
  } catch {
    return null;
  }
}

/** Parses and validates one lexicon file's text; `name` is used in messages. */
export function parseLexicon(source: string, name: string, filePath = name): LoadedLexicon {
  const quick = quickParse(source);
  if (quick) {
    const parsed = lexiconFile.safeParse(quick.raw);
    if (parsed.success && parsed.data.entries.length === quick.entryLines.length) {
      return checked(parsed.data, quick.entryLines, source, name, filePath);
    }
  }
  return parseSlowly(source, name, filePath);
}

/** The reading by `yaml`, with every node's position: for the errors' lines and fields; the reference the fast reading is tested against. */
export function parseSlowly(source: string, name: string, filePath: string): LoadedLexicon {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined): number | undefined =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line;
  const firstError = doc.errors[0];
  if (firstError) {
    throw new ConfigError(`not valid YAML: ${firstError.message.split('\n')[0]}`, {
      code: 'E_LEXICON_YAML',
      file: filePath,
      line: lineAt(firstError.pos[0]) ?? 1,
      hint: 'check indentation and quoting on that line',
    });
  }
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (err) {
    // `yaml` refuses to expand aliases past a limit ("billion laughs"): a bad file, not a crash.
    let aliasAt: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        aliasAt = node.range?.[0];
        return visit.BREAK;
      },
    });
    throw new ConfigError(`not valid YAML: ${(err as Error).message}`, {
      code: 'E_LEXICON_YAML',
      file: filePath,
      line: lineAt(aliasAt) ?? 1,
      hint: 'write the values out instead of anchors and aliases (&name, *name)',
    });
  }
  const nodeLine = (p: readonly (string | number | symbol)[]): number | undefined => {
    const keys = p.filter((k): k is string | number => typeof k !== 'symbol');
    for (let n = keys.length; n >= 0; n -= 1) {
      const node = doc.getIn(keys.slice(0, n), true) as
        | { range?: [number, number, number] }
        | undefined;
      if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  const parsed = lexiconFile.safeParse(raw);
  if (!parsed.success) {
    // An unknown key is usually why a required one is missing ("license" for "licence"): say so.
    const issues = parsed.error.issues as z.core.$ZodIssue[];
    const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]!;
    const valueAt = issue.path.reduce<unknown>(
      (v, k) =>
        v && typeof v === 'object'
          ? (v as Record<PropertyKey, unknown>)[k as PropertyKey]
          : undefined,
      raw,
    );
    const explained = explainIssue(issue, raw, valueAt);
    const line = nodeLine(explained.path);
    const unknownKey = issue.code === 'unrecognized_keys';
    throw new ConfigError(explained.message, {
      code: 'E_LEXICON_SCHEMA',
      file: filePath,
      ...(line !== undefined ? { line } : {}),
      field: pathLabel(explained.path) || '(top level)',
      ...(explained.expected !== undefined ? { expected: explained.expected } : {}),
      ...(unknownKey ? {} : { found: describeValue(valueAt) }),
      hint: explained.hint,
    });
  }
  const data = parsed.data;
  const entryLines = data.entries.map((_, i) => nodeLine(['entries', i]) ?? 0);
  return checked(data, entryLines, source, name, filePath);
}

/** What the schema cannot check: declared sources, no entry twice. */
function checked(
  data: LexiconFile,
  entryLines: readonly number[],
  source: string,
  name: string,
  filePath: string,
): LoadedLexicon {
  const seen = new Map<string, number>();
  data.entries.forEach((entry, i) => {
    const where = { file: filePath, line: entryLines[i]! };
    if (!Object.hasOwn(data.sources, entry.source)) {
      throw new ConfigError(`source "${entry.source}" is not declared in the header's sources`, {
        code: 'E_LEXICON_SOURCE',
        ...where,
        field: `entries[${i}].source`,
        expected: `one of ${Object.keys(data.sources).join(', ') || '(none declared)'}`,
        found: quoteFound(entry.source),
        hint: 'add it under `sources:` with its title and licence',
      });
    }
    const key = 'term' in entry ? entry.term : entry.id;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new ConfigError(`duplicate entry "${key}" (first at line ${earlier})`, {
        code: 'E_LEXICON_DUPLICATE',
        ...where,
        field: `entries[${i}]`,
        hint: 'merge the two entries into one',
      });
    }
    seen.set(key, entryLines[i]!);
  });
  const sha256 = createHash('sha256').update(source).digest('hex');
  return { name, path: filePath, sha256, data, entryLines };
}

export async function readLexiconFile(filePath: string, name?: string): Promise<LoadedLexicon> {
  let source: string;
  try {
    source = await readFile(filePath, 'utf8');
  } catch (err) {
    throw new ConfigError(
      `cannot read lexicon file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      {
        code: 'E_LEXICON_READ',
        file: filePath,
        hint: 'check the path given to --lexicon',
      },
    );
  }
  return parseLexicon(source, name ?? path.basename(filePath), filePath);
}

/** Every `.yaml` file in `dir`, in sorted order. */
export async function readLexiconDir(dir: string): Promise<LoadedLexicon[]> {
  let all: string[];
  try {
    all = await readdir(dir);
  } catch (err) {
    throw new ConfigError('cannot read the lexicon folder', {
      code: 'E_LEXICON_READ',
      file: dir,
      expected: 'a folder of .yaml lexicon files',
      found: (err as NodeJS.ErrnoException).code ?? String(err),
      hint: 'check the path given to --lexicon-dir',
    });
  }
  const names = all.filter((f) => LEXICON_EXTENSIONS.has(path.extname(f))).sort();
  return Promise.all(names.map((f) => readLexiconFile(path.join(dir, f), f)));
}
