/**
 * The progress bar on stderr (cli-progress): articles, words per second and, when the corpus
 * size is known (corpus files named on the command line), the fraction done and time left.
 * Shown only when stderr is a terminal, only once a run has taken a couple of seconds, and
 * never with `--quiet`; stdout is never touched.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { isCorpusPath } from '../io/corpus.js';

export interface Progress {
  readonly onArticle: (articles: number, words: number) => void;
  readonly onBytes: (n: number) => void;
  stop(): void;
}

/** Only after this long does a bar appear: a short run prints nothing. */
const DELAY_MS = 2000;

const NONE: Progress = { onArticle: () => {}, onBytes: () => {}, stop: () => {} };

/** Total bytes of the corpus files, or null when some input's size cannot be known up front. */
function knownBytes(paths: readonly string[], cwd: string): number | null {
  let total = 0;
  for (const p of paths) {
    if (p === '-' || !isCorpusPath(p)) return null;
    try {
      total += statSync(path.resolve(cwd, p)).size;
    } catch {
      return null;
    }
  }
  return total > 0 ? total : null;
}

export function createProgress(opts: {
  readonly enabled: boolean;
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly stream?: NodeJS.WriteStream;
}): Progress {
  const stream = opts.stream ?? process.stderr;
  if (!opts.enabled || !stream.isTTY) return NONE;
  const total = knownBytes(opts.paths, opts.cwd);
  const started = Date.now();
  let bytes = 0;
  let articles = 0;
  let words = 0;
  let bar: cliProgress.SingleBar | null = null;
  const payload = () => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    return {
      articles: articles.toLocaleString('en-US'),
      wps: Math.round(words / seconds).toLocaleString('en-US'),
    };
  };
  const timer = setInterval(() => {
    if (!bar) {
      if (Date.now() - started < DELAY_MS) return;
      bar = new cliProgress.SingleBar(
        {
          stream,
          format:
            total === null
              ? 'framelens | {articles} articles | {wps} words/s | {duration_formatted}'
              : 'framelens {bar} {percentage}% | {articles} articles | {wps} words/s | {eta_formatted} left',
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 1, 0, payload());
    }
    bar.update(total === null ? 0 : Math.min(bytes, total), payload());
  }, 250);
  timer.unref();
  return {
    onArticle: (a, w) => {
      articles = a;
      words = w;
    },
    onBytes: (n) => {
      bytes += n;
    },
    stop: () => {
      clearInterval(timer);
      bar?.stop();
    },
  };
}
