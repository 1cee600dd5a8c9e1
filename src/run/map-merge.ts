/**
 * `map` and `merge`: one run cut in two, so framelens can be the map step of a distributed
 * engine. `runMap` analyzes its inputs exactly as `analyze` does but writes each result as a line
 * of the map stream (map-stream.ts) instead of into report files; `runMerge` feeds map streams,
 * in order, into the same `ReportSink` that `analyze` uses, so the reports are the same bytes.
 */
import { once } from 'node:events';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { ConfigError, InputError } from '../errors.js';
import { readInputs } from '../io/corpus.js';
import { byteLines } from '../io/corpus-jsonl.js';
import { openCorpusSource } from '../io/corpus-source.js';
import type { Lexicon } from '../lexicon/compile.js';
import { createAnalyzer } from '../pool/analyzer.js';
import type { ArticleOutcome } from '../pool/work.js';
import { AGGREGATES } from '../report/aggregates.js';
import { lexiconManifest } from '../report/manifest.js';
import type { Validity } from '../report/validity.js';
import { type Format, writersFor } from '../report/writers.js';
import { actorNamesOf, type CorpusReadOptions, EXIT, type RunHooks } from '../run.js';
import { VERSION } from '../version.js';
import { eventLine, headerLine, type MapHeader, parseMapLine } from './map-stream.js';
import { type Consumer, DEFAULT_PUMP, pump, type RunEvent } from './pipeline.js';
import { ReportSink, type RunSummary } from './sink.js';

export interface MapOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly formats: ReadonlySet<Format>;
  readonly lexicon: Lexicon;
  readonly corpus: CorpusReadOptions;
  readonly jobs: number;
  readonly sideBySideMax: number;
  readonly validity: Validity | null;
  readonly output: Writable;
}

/** Writes events as lines, with backpressure, keeping full results for the first articles only. */
class MapWriter implements Consumer {
  private retained = 0;
  private buffer = '';
  articles = 0;
  skipped = 0;

  constructor(
    private readonly output: Writable,
    private readonly sideBySideMax: number,
    private readonly warn: (line: string) => void,
  ) {}

  wantsRetained(): boolean {
    return this.retained < this.sideBySideMax;
  }

  async take(event: RunEvent): Promise<void> {
    if (event.kind === 'article') {
      this.articles += 1;
      let outcome = event.outcome;
      if (outcome.retained) {
        if (this.retained < this.sideBySideMax) this.retained += 1;
        else outcome = { ...outcome, retained: null };
      }
      const contrib = outcome.contrib;
      if (contrib) {
        outcome = {
          ...outcome,
          contrib: AGGREGATES.map((a, i) =>
            a.contributionToJSON ? a.contributionToJSON(contrib[i]) : contrib[i],
          ),
        };
      }
      this.buffer += eventLine({ kind: 'article', outcome });
    } else {
      if (event.kind === 'error') {
        this.skipped += 1;
        if (this.skipped <= 20)
          this.warn(`skipped: ${InputError.fromInfo(event.error).describe()}`);
      }
      this.buffer += eventLine(event);
    }
    if (this.buffer.length >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const text = this.buffer;
    this.buffer = '';
    if (!this.output.write(text)) await once(this.output, 'drain');
  }
}

export async function runMap(
  opts: MapOptions,
  hooks: RunHooks,
): Promise<{ articles: number; skipped: number }> {
  const writers = writersFor(opts.formats, lexiconManifest(opts.lexicon)).filter((w) => w.article);
  const out = new MapWriter(opts.output, opts.sideBySideMax, hooks.warn);
  opts.output.write(
    headerLine({
      version: VERSION,
      writers: writers.map((w) => w.file),
      lexicons: lexiconManifest(opts.lexicon),
      actors: [...actorNamesOf(opts.lexicon)],
      validity: opts.validity,
      side_by_side_max: opts.sideBySideMax,
    }),
  );
  const analyzer = createAnalyzer(opts.jobs, {
    lexicon: opts.lexicon,
    writers: writers.map((w) => w.file),
    mode: 'contribute',
  });
  try {
    const inputs = readInputs({ paths: opts.paths, cwd: opts.cwd, ...opts.corpus });
    await pump(inputs, analyzer, out, DEFAULT_PUMP);
    await out.flush();
  } finally {
    await analyzer.close();
  }
  return { articles: out.articles, skipped: out.skipped };
}

export interface MergeOptions {
  readonly parts: readonly string[];
  readonly cwd: string;
  readonly out: string;
  /** Formats to write; null writes every format the parts carry rows for. */
  readonly formats: ReadonlySet<Format> | null;
  readonly strict: boolean;
  readonly recorded: Record<string, unknown>;
}

function sameLexicons(a: MapHeader, b: MapHeader): boolean {
  const key = (h: MapHeader) => JSON.stringify(h.lexicons.map((l) => [l.id, l.version, l.sha256]));
  return key(a) === key(b);
}

/** The formats whose per-article rows a header's parts carry (html and errors need none). */
function formatsOf(header: MapHeader): Set<Format> {
  const formats = new Set<Format>(['html']);
  if (header.writers.includes('articles.csv')) formats.add('csv');
  if (header.writers.includes('articles.jsonl')) formats.add('jsonl');
  return formats;
}

export async function runMerge(
  opts: MergeOptions,
  hooks: RunHooks,
): Promise<RunSummary & { exitCode: number }> {
  let sink: ReportSink | null = null;
  let first: MapHeader | null = null;
  // Where the sink's writers and aggregates find their texts in the current part's records.
  let rowIndex: number[] = [];
  let contribIndex: number[] = [];
  const parts = opts.parts.length > 0 ? opts.parts : ['-'];
  try {
    for (const part of parts) {
      const stdin = part === '-';
      const name = stdin ? 'stdin' : path.relative(opts.cwd, path.resolve(opts.cwd, part));
      const source = openCorpusSource(stdin ? null : path.resolve(opts.cwd, part), name);
      for await (const { line, bytes } of byteLines(source.chunks)) {
        if (bytes.length === 0) continue;
        const parsed = parseMapLine(bytes.toString('utf8'), `${name}:${line}`);
        if (parsed.kind === 'header') {
          const h = parsed.header;
          if (h.version !== VERSION) {
            throw new ConfigError('map stream from another framelens version', {
              code: 'E_MAP_VERSION',
              file: name,
              line,
              expected: VERSION,
              found: h.version,
              hint: 'map and merge with the same framelens version',
            });
          }
          if (first && !sameLexicons(first, h)) {
            throw new ConfigError('parts were mapped with different lexicons', {
              code: 'E_MAP_LEXICON',
              file: name,
              line,
              expected: 'the lexicons of the first part',
              found: h.lexicons.map((l) => `${l.id}@${l.version}`).join(', '),
            });
          }
          first ??= h;
          if (!sink) {
            const formats = opts.formats ?? formatsOf(h);
            const writers = writersFor(formats, h.lexicons);
            const missing = writers.filter((w) => w.article && !h.writers.includes(w.file));
            if (missing.length > 0) {
              throw new ConfigError('the map stream has no rows for some requested reports', {
                code: 'E_MAP_FORMAT',
                file: name,
                line,
                expected: `rows for ${missing.map((w) => w.file).join(', ')}`,
                found: `rows for ${h.writers.join(', ') || 'nothing'}`,
                hint: 'map with the formats you want to merge (or merge fewer formats)',
              });
            }
            sink = await ReportSink.open({
              out: opts.out,
              writers,
              sideBySideMax: h.side_by_side_max,
              version: VERSION,
              lexicons: h.lexicons,
              validity: h.validity,
              actorNames: new Map(h.actors),
              strict: opts.strict,
              checkDuplicates: true,
              warn: hooks.warn,
              ...(hooks.onArticle ? { onArticle: hooks.onArticle } : {}),
            });
            rowIndex = writers.map((w) => h.writers.indexOf(w.file));
          }
          contribIndex = AGGREGATES.map((a) => h.aggregates.indexOf(a.name));
          if (contribIndex.some((i) => i < 0)) {
            throw new ConfigError('map stream lacks an aggregate this framelens needs', {
              code: 'E_MAP_STREAM',
              file: name,
              line,
              expected: AGGREGATES.map((a) => a.name).join(', '),
              found: h.aggregates.join(', '),
            });
          }
          continue;
        }
        if (!sink) {
          throw new ConfigError('map stream does not start with a header', {
            code: 'E_MAP_STREAM',
            file: name,
            line,
            expected: 'the header line `framelens map` writes first',
            found: 'an event line',
          });
        }
        const event = parsed.event;
        if (event.kind === 'article') {
          const o = event.outcome;
          const outcome: ArticleOutcome = {
            ...o,
            rows: rowIndex.map((i) => (i >= 0 ? (o.rows[i] ?? '') : '')),
            contrib: contribIndex.map((i, k) => {
              const raw = o.contrib?.[i];
              const a = AGGREGATES[k]!;
              return a.contributionFromJSON ? a.contributionFromJSON(raw) : raw;
            }),
          };
          sink.take({ kind: 'article', outcome });
        } else sink.take(event);
      }
    }
    if (!sink) {
      throw new ConfigError('nothing to merge', {
        code: 'E_NO_INPUT',
        expected: 'map streams written by `framelens map`',
        found: 'no header line',
      });
    }
    const summary = await sink.finish(opts.recorded);
    return { ...summary, exitCode: summary.skipped > 0 ? EXIT.partial : EXIT.ok };
  } catch (err) {
    await sink?.abort();
    if (err instanceof InputError) {
      throw new ConfigError(err.message, { ...err.toInfo(), code: err.code });
    }
    throw err;
  }
}
