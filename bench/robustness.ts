/**
 * Robustness benchmark (issue 7): how long hostile and huge inputs take, and how much memory.
 * Not part of the test run; prints Markdown tables for README "Bad input and errors".
 *
 *   npx tsx bench/robustness.ts            # adversarial 1 MB inputs, 5 MB single line
 *   npx tsx bench/robustness.ts --50mb     # also a 50 MB article (about a minute, ~5 GB)
 *
 * Large files go through the built CLI (`npm run build` first) under /usr/bin/time, which
 * reports the peak resident memory. Texts are generated here from the project's own sentences.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle, InputError, parseArticle, renderHtmlReport } from '../src/index.js';
import { loadLexicon } from '../src/lexicon/lexicon-set.js';
import { findingColumns } from '../src/report/columns.js';
import { toCsv } from '../src/report/csv.js';
import { ADVERSARIAL } from './adversarial.js';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

const SENTENCES = [
  'The minister said the reckless plan was a provocation that no one could defend.',
  '“We will not accept these so-called reforms,” the spokesperson said on Tuesday.',
  'Critics claimed the regime had staged a “false flag” operation near the border.',
  'Officials in Moscow insisted there was no doubt about who was responsible.',
  'The agency reported that 3,000 people had left the region since May.',
  'According to the ministry, the attack was planned well in advance.',
  'Analysts noted that the alleged incident remained unexplained.',
];

/** About `bytes` of prose: paragraphs of six sentences, or one single line. */
function prose(bytes: number, oneLine: boolean): string {
  const parts: string[] = [];
  for (let n = 0, i = 0; n < bytes; i += 1) {
    const p = [0, 1, 2, 3, 4, 5].map((k) => SENTENCES[(i * 7 + k) % SENTENCES.length]).join(' ');
    parts.push(p);
    n += p.length + 2;
  }
  return `${parts.join(oneLine ? ' ' : '\n\n')}\n`;
}

const ms = (t: number) => `${t.toFixed(0)} ms`;

async function adversarial(): Promise<void> {
  const lexicon = await loadLexicon();
  console.log(
    '\n| input (1 MB) | format | read | analyze | CSV + HTML | findings | before the fix |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | --- |');
  for (const c of ADVERSARIAL) {
    const text = c.make(1_000_000);
    const t0 = performance.now();
    try {
      const article = parseArticle(text, { id: 'x', sourcePath: 'x', format: c.format });
      const t1 = performance.now();
      const r = analyzeArticle(article, lexicon);
      const t2 = performance.now();
      const rows = r.findings.map((finding, index) => ({ articleId: 'x', index, finding }));
      toCsv(findingColumns, rows);
      renderHtmlReport({ results: [r], version: 'bench', lexicons: [] });
      const t3 = performance.now();
      console.log(
        `| ${c.name} | ${c.format} | ${ms(t1 - t0)} | ${ms(t2 - t1)} | ${ms(t3 - t2)} | ${r.findings.length} | ${c.was ?? ''} |`,
      );
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const t = performance.now() - t0;
      console.log(`| ${c.name} | ${c.format} | ${ms(t)} (${err.code}) | | | | ${c.was ?? ''} |`);
    }
  }
}

/** Runs the CLI on one generated file; wall time, peak memory, exit status, what was written. */
function cli(name: string, text: string, args: string[]): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'framelens-bench-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const out = path.join(dir, 'out');
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M', process.execPath, CLI, 'analyze', file, '--out', out, ...args],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [secs, kb] = last.split(' ').map(Number);
  const written = (() => {
    try {
      return readdirSync(out)
        .map((f) => `${f} ${(statSync(path.join(out, f)).size / 1e6).toFixed(1)} MB`)
        .join(', ');
    } catch {
      return 'nothing';
    }
  })();
  const first = r.stderr.split('\n').find((l) => l.includes('[E_') || l.includes('error')) ?? '';
  console.log(
    `| ${name} (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB) | ${args.join(' ')} | ${r.status} | ${secs} s | ${((kb ?? 0) / 1024).toFixed(0)} MiB | ${written} | ${first.slice(0, 120)} |`,
  );
}

async function main(): Promise<void> {
  await adversarial();
  console.log('\n| file | options | exit | time | peak memory | written | message |');
  console.log('| --- | --- | ---: | ---: | ---: | --- | --- |');
  cli('line5.txt', prose(5_000_000, true), []);
  if (process.argv.includes('--50mb')) {
    const big = prose(50_000_000, false);
    cli('big50.txt', big, []);
    cli('big50.txt', big, ['--max-bytes', '0', '-f', 'csv']);
    cli('big50.txt', big, ['--max-bytes', '0']);
  }
}

await main();
