/**
 * Where a run's events end up: every report writer's file, written as the events arrive (in
 * input order), plus the corpus aggregates, the first few full results, and the manifest's
 * lists. Nothing per article is kept beyond that, so memory does not grow with the corpus.
 *
 * Each file is written to a temporary file in the output folder and renamed into place only
 * when the whole run succeeded; the manifest is written last. A file the previous run listed
 * in its manifest but this run did not write is removed, so the folder never mixes two runs.
 * `analyze` and `merge` both end here, which is why a split-map-merge run writes the same bytes.
 */
import { createHash, type Hash, randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusView } from '../compare/corpus.js';
import { ConfigError, type ErrorInfo, InputError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { duplicateIdError } from '../io/corpus.js';
import { removeStaleTemps } from '../io/output-folder.js';
import { AGGREGATES } from '../report/aggregates.js';
import { corpusView, viewOf } from '../report/corpus-view-aggregate.js';
import type { Manifest, ManifestInput } from '../report/manifest.js';
import type { Validity } from '../report/validity.js';
import type { ReportCorpus, ReportWriter } from '../report/writers.js';
import type { ArticleResult } from '../types.js';
import type { Consumer, RunEvent } from './pipeline.js';

export interface SinkOptions {
  readonly out: string;
  readonly writers: readonly ReportWriter[];
  readonly sideBySideMax: number;
  readonly version: string;
  readonly lexicons: Manifest['lexicons'];
  /** Validity figures for the report's methods, and display names of gazetteer actors. */
  readonly validity: Validity | null;
  readonly actorNames: ReadonlyMap<string, string>;
  readonly strict: boolean;
  /** Checks ids across articles: needed in `merge`, where parts were mapped apart. */
  readonly checkDuplicates: boolean;
  readonly warn: (line: string) => void;
  /** Called after every analyzed article, with running totals (for the progress bar). */
  readonly onArticle?: (articles: number, words: number) => void;
}

export interface RunSummary {
  readonly articles: number;
  readonly words: number;
  readonly skipped: number;
  /** Of the skipped inputs, those lost to an internal error (E_INTERNAL): exit code 1. */
  readonly internal: number;
  readonly written: readonly string[];
}

/** How many skipped inputs are named on stderr; the rest are counted, and all are in errors.csv. */
const WARN_LIMIT = 20;

class TempFile {
  readonly tmp: string;
  readonly fd: number;
  readonly hash: Hash = createHash('sha256');
  bytes = 0;

  constructor(readonly target: string) {
    this.tmp = path.join(
      path.dirname(target),
      `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
    );
    this.fd = openSync(this.tmp, 'w');
  }

  write(text: string | Uint8Array): void {
    if (text.length === 0) return;
    const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    this.hash.update(buf);
    this.bytes += buf.length;
    let at = 0;
    while (at < buf.length) at += writeSync(this.fd, buf, at);
  }

  /** Writes text given in pieces, in blocks of about 1 MB. */
  writeAll(parts: Iterable<string>): void {
    let block = '';
    for (const p of parts) {
      block += p;
      if (block.length >= 1 << 20) {
        this.write(block);
        block = '';
      }
    }
    this.write(block);
  }
}

export class ReportSink implements Consumer {
  private readonly files: TempFile[];
  private readonly inputs: TempFile;
  private readonly skippedList: TempFile;
  private readonly states: Map<string, unknown>;
  private readonly retained: ArticleResult[] = [];
  private readonly seen = new Set<string>();
  private articles = 0;
  private words = 0;
  private skipped = 0;
  private internal = 0;
  private closed = false;

  private constructor(private readonly opts: SinkOptions) {
    this.files = opts.writers.map((w) => new TempFile(path.join(opts.out, w.file)));
    this.inputs = new TempFile(path.join(opts.out, 'manifest-inputs'));
    this.skippedList = new TempFile(path.join(opts.out, 'manifest-skipped'));
    this.states = new Map(AGGREGATES.map((a) => [a.name, a.open ? a.open(opts.out) : a.empty()]));
    opts.writers.forEach((w, i) => {
      if (w.head) this.files[i]!.write(w.head());
    });
  }

  static async open(opts: SinkOptions): Promise<ReportSink> {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(opts.out, { recursive: true });
    // Temporary files of killed runs are hidden; clear them so they never pile up.
    await removeStaleTemps(opts.out);
    return new ReportSink(opts);
  }

  wantsRetained(): boolean {
    return this.retained.length < this.opts.sideBySideMax;
  }

  take(event: RunEvent): void {
    switch (event.kind) {
      case 'article': {
        const o = event.outcome;
        if (this.opts.checkDuplicates) {
          if (this.seen.has(o.id)) {
            this.error(duplicateIdError(o.id, o.sourcePath, o.line ?? undefined).toInfo());
            return;
          }
          this.seen.add(o.id);
        }
        o.rows.forEach((text, i) => {
          this.files[i]!.write(text);
        });
        if (o.contrib) {
          const contrib = o.contrib;
          AGGREGATES.forEach((a, i) => {
            a.add(this.states.get(a.name), contrib[i]);
          });
        }
        if (o.retained && this.retained.length < this.opts.sideBySideMax) {
          this.retained.push(o.retained);
        }
        if (o.input) this.addInput(o.input);
        this.articles += 1;
        this.words += o.words;
        this.opts.onArticle?.(this.articles, this.words);
        return;
      }
      case 'error':
        this.error(event.error);
        return;
      case 'source':
        this.addInput(event.input);
        return;
      case 'rows':
        event.buffers.forEach((buf, i) => {
          this.files[i]!.write(buf);
        });
        return;
      case 'partial':
        AGGREGATES.forEach((a, i) => {
          a.merge(this.states.get(a.name), event.states[i]);
        });
        return;
    }
  }

  /** Folds aggregate states read from a map stream (JSON). */
  takeStates(states: ReadonlyMap<string, unknown>): void {
    for (const a of AGGREGATES) {
      const s = states.get(a.name);
      if (s !== undefined) a.merge(this.states.get(a.name), s);
    }
  }

  private addInput(input: ManifestInput): void {
    this.inputs.write(`${this.inputs.bytes > 0 ? ',\n' : ''}${indent(input)}`);
  }

  private error(info: ErrorInfo): void {
    this.skipped += 1;
    if (info.code === 'E_INTERNAL') this.internal += 1;
    if (this.opts.strict) {
      throw new ConfigError(
        `an input could not be read and --strict is set: ${InputError.fromInfo(info).describe()}`,
        {
          code: 'E_STRICT',
          hint: 'fix or remove the input, or run without --strict',
        },
      );
    }
    if (this.skipped <= WARN_LIMIT)
      this.opts.warn(`skipped: ${InputError.fromInfo(info).describe()}`);
    this.opts.writers.forEach((w, i) => {
      if (w.error) this.files[i]!.write(w.error(info));
    });
    const entry = { source_path: info.file ?? '', code: info.code };
    this.skippedList.write(`${this.skippedList.bytes > 0 ? ',\n' : ''}${indent(entry)}`);
  }

  /** Ends every file from the corpus view, renames them into place, writes the manifest. */
  async finish(recorded: Record<string, unknown>): Promise<RunSummary> {
    if (this.skipped > WARN_LIMIT) {
      this.opts.warn(
        `skipped ${this.skipped - WARN_LIMIT} more input(s); all are listed in errors.csv`,
      );
    }
    if (this.articles === 0) {
      await this.abort();
      throw new ConfigError('no article could be analyzed', {
        code: 'E_NO_INPUT',
        found:
          this.skipped > 0 ? `${this.skipped} unreadable input(s)` : 'no .txt, .md or .html files',
        hint: 'give files or folders of articles: framelens analyze articles/',
      });
    }
    const inputs = JSON.parse(jsonArray(readAll(this.inputs))) as Manifest['inputs'];
    let view: CorpusView | null = null;
    const summaries = this.states.get(corpusView.name) as Parameters<typeof viewOf>[0];
    // Built at most once, when the first writer asks; its per-article parts are read as written.
    const corpus: ReportCorpus = {
      articles: this.articles,
      skipped: this.skipped,
      aggregates: this.states,
      retained: this.retained,
      sideBySideMax: this.opts.sideBySideMax,
      version: this.opts.version,
      lexicons: this.opts.lexicons,
      options: recorded,
      inputs,
      validity: this.opts.validity,
      view: () => {
        view ??= viewOf(summaries, this.opts.actorNames);
        return view;
      },
    };
    this.opts.writers.forEach((w, i) => {
      if (!w.tail) return;
      const tail = w.tail(corpus);
      if (typeof tail === 'string') this.files[i]!.write(tail);
      else this.files[i]!.writeAll(tail);
    });
    this.close();
    const { rename } = await import('node:fs/promises');
    const written = new Set(this.opts.writers.map((w) => w.file));
    // Before the first rename, the manifest says the folder is being rewritten and names every
    // file that may belong to framelens (the previous run's and this one's): killed from here
    // on, the folder holds whole files only and the next run knows what to clear.
    const previous = await previousOutputs(this.opts.out);
    const marker = {
      tool: 'framelens',
      complete: false,
      outputs: [...new Set([...previous, ...written])].sort().map((file) => ({ file })),
    };
    await writeFileAtomic(
      path.join(this.opts.out, 'manifest.json'),
      `${JSON.stringify(marker, null, 2)}\n`,
    );
    for (const f of this.files) await rename(f.tmp, f.target);
    for (const stale of previous) {
      if (!written.has(stale)) await rm(path.join(this.opts.out, stale), { force: true });
    }
    const manifest = {
      tool: 'framelens',
      version: this.opts.version,
      created_at: new Date().toISOString(),
      options: recorded,
      inputs: PLACEHOLDER_INPUTS,
      skipped: PLACEHOLDER_SKIPPED,
      lexicons: this.opts.lexicons,
      outputs: this.files.map((f) => ({
        file: path.basename(f.target),
        sha256: f.hash.digest('hex'),
        bytes: f.bytes,
      })),
      complete: true,
    };
    const text = `${JSON.stringify(manifest, null, 2)}\n`
      .replace(JSON.stringify(PLACEHOLDER_INPUTS), () => jsonArray(readAll(this.inputs)))
      .replace(JSON.stringify(PLACEHOLDER_SKIPPED), () => jsonArray(readAll(this.skippedList)));
    await rm(this.inputs.tmp, { force: true });
    await rm(this.skippedList.tmp, { force: true });
    await writeFileAtomic(path.join(this.opts.out, 'manifest.json'), text);
    return {
      articles: this.articles,
      words: this.words,
      skipped: this.skipped,
      internal: this.internal,
      written: [...written, 'manifest.json'],
    };
  }

  /** Removes the temporary files; the output folder is left as it was. */
  async abort(): Promise<void> {
    this.close();
    for (const f of [...this.files, this.inputs, this.skippedList])
      await rm(f.tmp, { force: true });
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const a of AGGREGATES) a.close?.(this.states.get(a.name));
    for (const f of [...this.files, this.inputs, this.skippedList]) closeSync(f.fd);
  }
}

const PLACEHOLDER_INPUTS = '\u0000inputs';
const PLACEHOLDER_SKIPPED = '\u0000skipped';

/** One manifest array element as `JSON.stringify(manifest, null, 2)` indents it (depth 2). */
function indent(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

function jsonArray(elements: string): string {
  return elements === '' ? '[]' : `[\n${elements}\n  ]`;
}

function readAll(f: TempFile): string {
  if (f.bytes === 0) return '';
  const fd = openSync(f.tmp, 'r');
  try {
    const buf = Buffer.alloc(f.bytes);
    let at = 0;
    while (at < f.bytes) at += readSync(fd, buf, at, f.bytes - at, at);
    return buf.toString('utf8');
  } finally {
    closeSync(fd);
  }
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
