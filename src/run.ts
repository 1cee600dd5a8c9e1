/**
 * One `analyze` run: list inputs, read and analyze each article (a bad one is reported and
 * skipped, never fatal), then write the reports atomically and the manifest last. A file the
 * previous run listed in its manifest but this run did not write is removed, so the folder
 * never mixes two runs.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { analyzeArticle } from './analyze.js';
import { ConfigError, InputError } from './errors.js';
import { writeFileAtomic } from './io/atomic-write.js';
import { listInputs } from './io/list-inputs.js';
import { readArticleFile } from './io/read-article.js';
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
  readonly cwd: string;
  readonly lexicon: Lexicon;
  /** Options as the user gave them, recorded in the manifest. */
  readonly recorded: Record<string, unknown>;
  /** Validity figures for the report's methods section. */
  readonly validity?: Validity;
  /** Above this many articles the HTML report shows a map and a table instead of the texts. */
  readonly sideBySideMax?: number;
}

/** Exit codes, documented in README: 0 all analyzed, 3 some inputs skipped, 2 nothing analyzed. */
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

async function previousOutputs(out: string): Promise<string[]> {
  try {
    const old = JSON.parse(
      await readFile(path.join(out, 'manifest.json'), 'utf8'),
    ) as Partial<Manifest>;
    return (old.outputs ?? [])
      .map((o) => o.file)
      .filter((f) => typeof f === 'string' && !f.includes('/'));
  } catch {
    return [];
  }
}

export async function runAnalyze(
  opts: AnalyzeOptions,
  warn: (line: string) => void,
): Promise<RunReport> {
  const { inputs, errors: listErrors } = await listInputs([...opts.paths], opts.cwd);
  const skipped: InputError[] = [...listErrors];
  const results: ArticleResult[] = [];
  const manifestInputs: ManifestInput[] = [];
  for (const e of listErrors) warn(`skipped: ${e.describe()}`);
  for (const input of inputs) {
    try {
      const article = await readArticleFile(input.absPath, {
        id: input.id,
        sourcePath: input.sourcePath,
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
      if (!(err instanceof InputError)) throw err;
      skipped.push(err);
      warn(`skipped: ${err.describe()}`);
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
  for (const [name, content] of files) await writeFileAtomic(path.join(opts.out, name), content);
  for (const stale of await previousOutputs(opts.out)) {
    if (!files.has(stale)) await rm(path.join(opts.out, stale), { force: true });
  }
  const manifest: Manifest = {
    tool: 'framelens',
    version: VERSION,
    created_at: new Date().toISOString(),
    options: opts.recorded,
    inputs: manifestInputs,
    skipped: skipped.map((e) => ({ source_path: e.file ?? '', code: e.code })),
    lexicons,
    outputs: [...files].map(([file, content]) => ({
      file,
      sha256: sha256(content),
      bytes: Buffer.byteLength(content),
    })),
  };
  await writeFileAtomic(
    path.join(opts.out, 'manifest.json'),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
  return {
    results,
    skipped,
    written: [...files.keys(), 'manifest.json'],
    exitCode: skipped.length > 0 ? EXIT.partial : EXIT.ok,
  };
}
