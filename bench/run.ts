/**
 * `npm run bench`: the full pipeline against two baselines, on the same machine in the same run.
 *
 *   1. generates the seeded synthetic corpus (bench/corpus.ts): 10,000 articles, ~3.2 M words;
 *   2. times, as separate processes, medians of `--runs` runs each:
 *      - floor: read the corpus and tokenize it with character offsets, nothing else;
 *      - sentiment: the `sentiment` package scoring every article;
 *      - framelens analyze with every report (csv, jsonl, html), --jobs 1 and --jobs 2;
 *   3. prints a Markdown table: wall time, words/s, articles/s, CPU time, peak RSS.
 *
 * Options: --articles N (default 10000), --runs N (default 3), --jobs 1,2 (list),
 * --large (also 100,000 articles, once, for the memory-flatness check).
 * The machine's load average is printed before and after: a busy machine slows every row.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './generate.js';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench', 'out');
const STATS = path.join(OUT, 'stats.json');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

interface Measure {
  wall: number;
  cpu: number;
  rssMb: number;
}

function run(args: string[]): Measure {
  rmSync(STATS, { force: true });
  const t = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['--require', path.join(ROOT, 'bench/rss-hook.cjs'), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, FRAMELENS_BENCH_STATS: STATS },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0 && r.status !== 3) {
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  const s = JSON.parse(readFileSync(STATS, 'utf8')) as {
    maxRssKb: number;
    userUs: number;
    systemUs: number;
  };
  return { wall, cpu: (s.userUs + s.systemUs) / 1e6, rssMb: s.maxRssKb / 1024 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(args: string[], runs: number): Measure {
  const ms = Array.from({ length: runs }, () => run(args));
  return {
    wall: median(ms.map((m) => m.wall)),
    cpu: median(ms.map((m) => m.cpu)),
    rssMb: Math.max(...ms.map((m) => m.rssMb)),
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function main(): Promise<void> {
  const articles = Number(arg('articles', '10000'));
  const runs = Number(arg('runs', '3'));
  const jobsList = arg('jobs', '1,2').split(',').map(Number);
  const cli = path.join(ROOT, 'dist/cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: npm run build first');

  const corpus = path.join(OUT, `corpus-${articles}.jsonl`);
  const words = await writeCorpus(corpus, articles, 42);
  console.log(
    `corpus: ${fmt(articles)} articles, ${fmt(words)} words (whitespace-separated), seed 42, ${path.relative(ROOT, corpus)}`,
  );
  console.log(
    `machine: ${os.cpus()[0]?.model ?? '?'}, nproc ${os.availableParallelism()}, node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  const rows: [string, Measure][] = [];
  rows.push([
    'floor: read + JSON + tokenize with offsets (1 thread)',
    measure(['--import', 'tsx', 'bench/floor.ts', corpus], runs),
  ]);
  rows.push([
    'sentiment package, every article (1 thread)',
    measure(['--import', 'tsx', 'bench/sentiment-baseline.ts', corpus], runs),
  ]);
  for (const jobs of jobsList) {
    rows.push([
      `framelens analyze, all reports, --jobs ${jobs}`,
      measure(
        [
          cli,
          'analyze',
          corpus,
          '-o',
          path.join(OUT, `report-${jobs}`),
          '-q',
          '--jobs',
          String(jobs),
        ],
        runs,
      ),
    ]);
  }
  if (process.argv.includes('--large')) {
    const large = path.join(OUT, 'corpus-100000.jsonl');
    const w = await writeCorpus(large, 100_000, 42);
    console.log(`large corpus: 100,000 articles, ${fmt(w)} words`);
    const jobs = jobsList[jobsList.length - 1]!;
    const m = run([
      cli,
      'analyze',
      large,
      '-o',
      path.join(OUT, 'report-large'),
      '-q',
      '--jobs',
      String(jobs),
    ]);
    rows.push([`framelens analyze, 100,000 articles, --jobs ${jobs} (1 run)`, m]);
    (m as Measure & { words?: number }).words = w;
  }

  console.log('');
  console.log('| what | wall s | words/s | articles/s | CPU s | peak RSS MB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, m] of rows) {
    const w = (m as Measure & { words?: number }).words ?? words;
    const a = (m as Measure & { words?: number }).words ? 100_000 : articles;
    console.log(
      `| ${name} | ${m.wall.toFixed(2)} | ${fmt(w / m.wall)} | ${fmt(a / m.wall)} | ${m.cpu.toFixed(2)} | ${m.rssMb.toFixed(0)} |`,
    );
  }
  console.log('');
  console.log(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; medians of ${runs} run(s), peak RSS the highest`,
  );
}

await main();
