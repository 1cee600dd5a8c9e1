/**
 * One `analyze` run: list inputs, read and analyze each article (a bad one is reported and
 * skipped, never fatal), then write the reports through `OutputFolder`: each atomically, the
 * manifest last, the previous run's leftovers removed, so the folder never mixes two runs and
 * never holds half a report (see io/output-folder.ts).
 */
import { readFile } from 'node:fs/promises';
import { analyzeArticle } from './analyze.js';
import { ConfigError, InputError, quoteFound } from './errors.js';
import { listInputs } from './io/list-inputs.js';
import { OutputFolder } from './io/output-folder.js';
import { DEFAULT_MAX_BYTES, readArticleFile } from './io/read-article.js';
import type { Lexicon } from './lexicon/compile.js';
import {
  type ActorRow,
  actorColumns,
  type QuotedStanceRow,
  quotedStanceColumns,
} from './report/actor-columns.js';
import { codebookCsv } from './report/codebook.js';
import {
  articleColumns,
  type ErrorRow,
  errorColumns,
  type FindingRow,
  findingColumns,
} from './report/columns.js';
import { toCsv } from './report/csv.js';
import { renderHtmlReport } from './report/html.js';
import { toJsonl } from './report/jsonl.js';
import { lexiconManifest, type Manifest, type ManifestInput, sha256 } from './report/manifest.js';
import { buildCorpus } from './report/measures.js';
import { termColumns, termRows } from './report/term-columns.js';
import type { Validity } from './report/validity.js';
import type { ArticleResult } from './types.js';
import { VERSION } from './version.js';

export const FORMATS = ['csv', 'html', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

export interface AnalyzeOptions {
  readonly paths: readonly string[];
  readonly out: string;
  readonly formats: ReadonlySet<Format>;
  readonly strict: boolean;
  /** Files larger than this are skipped with E_TOO_LARGE; 0 means no limit. */
  readonly maxBytes?: number;
  readonly cwd: string;
  readonly lexicon: Lexicon;
  /** Options as the user gave them, recorded in the manifest. */
  readonly recorded: Record<string, unknown>;
  /** Validity figures for the report's methods section. */
  readonly validity?: Validity;
  /** Above this many articles the HTML report shows a map and a table instead of the texts. */
  readonly sideBySideMax?: number;
}

/**
 * Exit codes, documented in README: 0 all analyzed; 3 some inputs skipped; 2 nothing analyzed
 * (bad option, lexicon or inputs; the report folder is left as it was); 1 internal error (a
 * bug: when it hit only some articles, the others are still analyzed and written).
 */
export const EXIT = { ok: 0, internal: 1, config: 2, partial: 3 } as const;

export interface RunReport {
  readonly results: readonly ArticleResult[];
  readonly skipped: readonly InputError[];
  readonly written: readonly string[];
  readonly exitCode: number;
}

function errorRow(e: InputError): ErrorRow {
  return {
    source_path: e.file ?? '',
    line: e.line ?? null,
    code: e.code,
    message: e.message,
    expected: e.expected ?? null,
    found: e.found ?? null,
  };
}

function actorRows(results: readonly ArticleResult[]): ActorRow[] {
  return results.flatMap((r) =>
    r.actors.map((actor) => ({ articleId: r.article.id, outlet: r.article.meta.outlet, actor })),
  );
}

function quotedStanceRows(results: readonly ArticleResult[]): QuotedStanceRow[] {
  return results.flatMap((r) => {
    const names = new Map(r.actors.map((a) => [a.actor, a.name]));
    return r.quotedStance.map((edge) => ({
      articleId: r.article.id,
      edge,
      speakerName: names.get(edge.speaker) ?? edge.speaker,
      targetName: names.get(edge.target) ?? edge.target,
    }));
  });
}

/**
 * An unexpected failure on one article (a bug, not bad input) must not cost the other
 * articles: it is recorded like a skipped input, with code E_INTERNAL, and the run ends with
 * exit code 1 after writing everything else.
 */
function internalError(err: unknown, file: string): InputError {
  const e = err instanceof Error ? err : new Error(String(err));
  return new InputError(`internal error while analyzing: ${e.message}`, {
    code: 'E_INTERNAL',
    file,
    found: quoteFound(e.name),
    hint: 'this is a bug in framelens; please report it with the file',
  });
}

export async function runAnalyze(
  opts: AnalyzeOptions,
  warn: (line: string) => void,
): Promise<RunReport> {
  // The report folder is never read as input, so a rerun over `.` does not analyze the report.
  const { inputs, errors: listErrors } = await listInputs([...opts.paths], opts.cwd, {
    exclude: [opts.out],
  });
  const skipped: InputError[] = [...listErrors];
  let internal = 0;
  const results: ArticleResult[] = [];
  const manifestInputs: ManifestInput[] = [];
  for (const e of listErrors) warn(`skipped: ${e.describe()}`);
  for (const input of inputs) {
    try {
      const article = await readArticleFile(input.absPath, {
        id: input.id,
        sourcePath: input.sourcePath,
        maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
      });
      const bytes = await readFile(input.absPath);
      results.push(analyzeArticle(article, opts.lexicon));
      manifestInputs.push({
        id: input.id,
        source_path: input.sourcePath,
        sha256: sha256(bytes),
        bytes: bytes.length,
      });
    } catch (err) {
      if (err instanceof InputError) {
        skipped.push(err);
        warn(`skipped: ${err.describe()}`);
      } else {
        internal += 1;
        skipped.push(internalError(err, input.sourcePath));
        warn(`skipped: ${skipped[skipped.length - 1]!.describe()}`);
        warn(err instanceof Error ? (err.stack ?? err.message) : String(err));
      }
    }
  }
  if (opts.strict && skipped.length > 0) {
    throw new ConfigError(`${skipped.length} input(s) could not be read and --strict is set`, {
      code: 'E_STRICT',
      hint: 'fix or remove the inputs listed above, or run without --strict',
    });
  }
  if (results.length === 0) {
    throw new ConfigError('no article could be analyzed', {
      code: 'E_NO_INPUT',
      found:
        skipped.length > 0
          ? `${skipped.length} unreadable input(s)`
          : 'no .txt, .md or .html files',
      hint: 'give files or folders of articles: framelens analyze articles/',
    });
  }

  const corpus = buildCorpus(results, {
    actorName: (id) => opts.lexicon.actors.get(id)?.name ?? null,
  }).view();
  // Everything is rendered before the folder is touched, so a failure here changes nothing.
  const files = new Map<string, string>();
  if (opts.formats.has('csv')) {
    files.set('articles.csv', toCsv(articleColumns, results));
    const rows: FindingRow[] = results.flatMap((r) =>
      r.findings.map((finding, index) => ({ articleId: r.article.id, index, finding })),
    );
    files.set('findings.csv', toCsv(findingColumns, rows));
    files.set('terms.csv', toCsv(termColumns, termRows(corpus)));
    files.set('actors.csv', toCsv(actorColumns, actorRows(results)));
    files.set('quoted-stance.csv', toCsv(quotedStanceColumns, quotedStanceRows(results)));
  }
  files.set('errors.csv', toCsv(errorColumns, skipped.map(errorRow)));
  if (opts.formats.has('csv')) files.set('codebook.csv', codebookCsv());
  if (opts.formats.has('jsonl')) files.set('articles.jsonl', toJsonl(results));
  const lexicons = lexiconManifest(opts.lexicon.files);
  if (opts.formats.has('html')) {
    files.set(
      'report.html',
      renderHtmlReport({
        results,
        corpus,
        version: VERSION,
        lexicons,
        options: opts.recorded,
        inputs: manifestInputs,
        ...(opts.validity ? { validity: opts.validity } : {}),
        ...(opts.sideBySideMax !== undefined ? { sideBySideMax: opts.sideBySideMax } : {}),
      }),
    );
  }
  const folder = await OutputFolder.begin(opts.out, [...files.keys()]);
  for (const [name, content] of files) await folder.write(name, content);
  await folder.finish(
    (written): Manifest => ({
      tool: 'framelens',
      version: VERSION,
      created_at: new Date().toISOString(),
      options: opts.recorded,
      inputs: manifestInputs,
      skipped: skipped.map((e) => ({ source_path: e.file ?? '', code: e.code })),
      lexicons,
      outputs: written.map(({ file, content }) => ({
        file,
        sha256: sha256(content),
        bytes: Buffer.byteLength(content),
      })),
    }),
  );
  return {
    results,
    skipped,
    written: [...files.keys(), 'manifest.json'],
    exitCode: internal > 0 ? EXIT.internal : skipped.length > 0 ? EXIT.partial : EXIT.ok,
  };
}
