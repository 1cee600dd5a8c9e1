/**
 * The benchmark's corpus at CI size, end to end through the real binary: counts are right,
 * bytes do not depend on --jobs, and split-map-merge (by hand, from stdin, gzip, and GNU
 * parallel) writes the same reports as one run. Correctness only; speed is `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/corpus.js';
import { CLI, framelens } from '../helpers/cli.js';

const REPORTS = [
  'articles.csv',
  'findings.csv',
  'errors.csv',
  'codebook.csv',
  'articles.jsonl',
  'report.html',
];
const GOOD = 120;

/**
 * The reports of two runs are the same bytes. With `runRecordMayDiffer`, report.html's run
 * record (the options and input hashes in Methods, like manifest.json) is left out: a run from
 * stdin or from map parts was given other options and read other inputs.
 */
function sameReports(a: string, b: string, runRecordMayDiffer = false): void {
  const strip = (h: string) =>
    h.replace(/<details id="manifest">[\s\S]*?time of the run\.<\/p><\/details>/, '');
  for (const f of REPORTS) {
    let x = readFileSync(path.join(a, f), 'utf8');
    let y = readFileSync(path.join(b, f), 'utf8');
    if (runRecordMayDiffer && f === 'report.html') {
      expect(strip(x)).not.toBe(x);
      x = strip(x);
      y = strip(y);
    }
    expect(y === x, `${f} differs`).toBe(true);
  }
}

function run(args: string[], input: Buffer | string | undefined, cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    input,
    timeout: 120_000,
    maxBuffer: 1 << 28,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
}

const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;

describe('the synthetic corpus, end to end', () => {
  let dir: string;
  let lines: string[];
  let one: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'framelens-scale-'));
    lines = [...syntheticCorpus({ articles: GOOD, seed: 3 })].map((a) => JSON.stringify(a));
    // Three bad records: not JSON, an id used before (in another part once split), empty text.
    lines.splice(60, 0, '{"id": "broken", "text": ');
    lines.splice(
      90,
      0,
      JSON.stringify({ id: 'a0000002', text: 'A second article with an old id.' }),
    );
    lines.splice(110, 0, JSON.stringify({ id: 'blank', text: '' }));
    writeFileSync(path.join(dir, 'corpus.jsonl'), `${lines.join('\n')}\n`);
    one = path.join(dir, 'one');
    const r = framelens(['analyze', 'corpus.jsonl', '-o', one, '--jobs', '1'], dir);
    expect(r.status, r.stderr).toBe(3);
  });

  it('counts: every good article once, each bad record one error row with its line', () => {
    const articles = parse(readFileSync(path.join(one, 'articles.csv')), {
      columns: true,
    }) as Record<string, string>[];
    expect(articles).toHaveLength(GOOD);
    expect(articles[0]!.article_id).toBe('a0000000');
    expect(articles[0]!.title_source).toBe('record');
    const errors = parse(readFileSync(path.join(one, 'errors.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    expect(errors.map((e) => [e.code, e.line])).toEqual([
      ['E_JSONL_SYNTAX', '61'],
      ['E_DUPLICATE_ID', '91'],
      ['E_EMPTY', '111'],
    ]);
    const jsonl = readFileSync(path.join(one, 'articles.jsonl'), 'utf8').trim().split('\n');
    expect(jsonl).toHaveLength(GOOD);
  });

  it('the HTML, over 9 articles, shows the map and the table of all of them, not the texts', () => {
    const html = readFileSync(path.join(one, 'report.html'), 'utf8');
    expect(html).toContain(`${GOOD} articles compared`);
    expect(html).toContain('id="map"');
    expect(html).not.toContain('id="texts"');
  });

  it('the manifest is well-formed and hashes the corpus file', () => {
    const text = readFileSync(path.join(one, 'manifest.json'), 'utf8');
    const manifest = JSON.parse(text);
    expect(`${JSON.stringify(manifest, null, 2)}\n`).toBe(text);
    expect(manifest.inputs).toHaveLength(1);
    expect(manifest.inputs[0]).toMatchObject({ source_path: 'corpus.jsonl' });
    expect(manifest.skipped).toHaveLength(3);
  });

  it.each([2, 3])('--jobs %i writes the same bytes as --jobs 1', (jobs) => {
    const out = path.join(dir, `jobs-${jobs}`);
    expect(
      framelens(['analyze', 'corpus.jsonl', '-o', out, '--jobs', String(jobs)], dir).status,
    ).toBe(3);
    sameReports(one, out);
  });

  it('leaves no temporary file behind (the corpus view is kept in one while the run lasts)', () => {
    expect(readdirSync(one).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('gzip on stdin, named as the file, writes the same bytes', () => {
    const out = path.join(dir, 'gz');
    const gz = gzipSync(readFileSync(path.join(dir, 'corpus.jsonl')));
    const r = run(['analyze', '-', '--stdin-name', 'corpus.jsonl', '-o', out, '-j', '2'], gz, dir);
    expect(r.status, r.stderr).toBe(3);
    sameReports(one, out, true);
  });

  it('split into parts, each mapped apart, merged: the same bytes', () => {
    const size = 50;
    const parts: string[] = [];
    for (let k = 0; k * size < lines.length; k += 1) {
      const chunk = `${lines.slice(k * size, (k + 1) * size).join('\n')}\n`;
      const args = [
        'map',
        '-',
        '--stdin-name',
        'corpus.jsonl',
        '--line-offset',
        String(k * size),
        '-j',
        '1',
      ];
      const r = run(args, chunk, dir);
      expect(r.status, r.stderr).toBe(0);
      const file = path.join(dir, `part-${k}.map.jsonl`);
      writeFileSync(file, r.stdout);
      parts.push(file);
    }
    const out = path.join(dir, 'merged');
    const m = framelens(['merge', ...parts, '-o', out], dir);
    expect(m.status, m.stderr).toBe(3);
    sameReports(one, out, true);
    // The same parts concatenated on stdin.
    const cat = Buffer.concat(parts.map((p) => readFileSync(p)));
    const out2 = path.join(dir, 'merged-stdin');
    expect(run(['merge', '-o', out2], cat, dir).status).toBe(3);
    sameReports(one, out2, true);
  });

  it('merge refuses a stream that is not a map stream, and formats the parts lack', () => {
    const bad = run(['merge', '-o', path.join(dir, 'x')], '{"hello": 1}\n', dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('E_MAP_STREAM');
    const csvOnly = run(['map', 'corpus.jsonl', '-f', 'csv', '-j', '1'], undefined, dir);
    const r = run(['merge', '-f', 'jsonl', '-o', path.join(dir, 'y')], csvOnly.stdout, dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('articles.jsonl');
  });

  it.skipIf(!hasParallel)('GNU parallel --pipe, map per block, merge: the same bytes', () => {
    const out = path.join(dir, 'parallel');
    const script = `parallel --will-cite --pipe -k -N 40 '${process.execPath} ${CLI} map - --stdin-name corpus.jsonl --line-offset $(( ({#}-1)*40 )) -j 1 2>/dev/null' < corpus.jsonl | ${process.execPath} ${CLI} merge -o ${out}`;
    const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(3);
    sameReports(one, out, true);
  });

  it('--strict makes the first bad record fatal and leaves no report behind', () => {
    const out = path.join(dir, 'strict');
    const r = framelens(['analyze', 'corpus.jsonl', '-o', out, '--strict', '-j', '1'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('E_STRICT');
    expect(() => readFileSync(path.join(out, 'articles.csv'))).toThrow();
  });
});
