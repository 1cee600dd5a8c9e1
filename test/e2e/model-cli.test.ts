/**
 * `framelens analyze --model` and `map --model` end to end, on the seeds: the trained stance
 * model's columns in actors.csv, its provenance in the manifest, the same bytes for any --jobs
 * and through map/merge, and a clear refusal of a file that is not a stance model.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, framelens, ROOT } from '../helpers/cli.js';

const MODEL = path.join(ROOT, 'lexicons', 'stance-model.json');
const SEEDS = path.join(ROOT, 'seeds');
const MODEL_COLUMNS = [
  'model_stance',
  'model_ci_low',
  'model_ci_high',
  'model_mentions',
  'model_log_odds',
  'model_top_features',
];
const rows = (file: string) =>
  parse(readFileSync(file), { columns: true }) as Record<string, string>[];
const read = (dir: string, f: string) => readFileSync(path.join(dir, f), 'utf8');
/** The report without its run record (options and timestamps differ between map/merge and analyze). */
const withoutManifest = (h: string) =>
  h.replace(/<details id="manifest">[\s\S]*?time of the run\.<\/p><\/details>/, '');

describe('analyze --model on the seeds', () => {
  let dir: string;
  let one: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'framelens-model-cli-'));
    one = path.join(dir, 'one');
    const r = framelens(['analyze', SEEDS, '--model', MODEL, '-o', one, '-j', '1']);
    expect(r.status, r.stderr).toBe(0);
  }, 120_000);

  it("fills the model's columns for actors mentioned in the writer's voice", () => {
    const actors = rows(path.join(one, 'actors.csv'));
    const scored = actors.filter((a) => Number(a.model_mentions) > 0);
    expect(scored.length).toBeGreaterThan(10);
    for (const a of scored) {
      const s = Number(a.model_stance);
      expect(s).toBeGreaterThanOrEqual(Number(a.model_ci_low));
      expect(s).toBeLessThanOrEqual(Number(a.model_ci_high));
      expect(a.model_top_features).toMatch(/^[a-z]+:\S+ [+-]\d\.\d{3}/);
      // Writer-voice mentions only: never more than the mentions outside quotations.
      expect(Number(a.model_mentions)).toBeLessThanOrEqual(
        Number(a.mentions) - Number(a.mentions_quoted),
      );
    }
    // The column's stance toward the US government is negative in the model's view too, and
    // below the wire summary's.
    const us = (id: string) =>
      Number(
        actors.find((a) => a.article_id!.startsWith(id) && a.actor_id === 'us-government')!
          .model_stance,
      );
    expect(us('004')).toBeLessThan(0);
    expect(us('004')).toBeLessThan(us('000'));
  });

  it('records the model with its hash in the manifest, and documents its columns', () => {
    const manifest = JSON.parse(read(one, 'manifest.json'));
    const entry = manifest.lexicons.find(
      (l: { category: string }) => l.category === 'model:stance',
    );
    const sha = createHash('sha256').update(readFileSync(MODEL)).digest('hex');
    expect(entry).toMatchObject({ id: 'stance-model', sha256: sha });
    expect(manifest.options.model).toEqual([MODEL]);
    const codebook = rows(path.join(one, 'codebook.csv'));
    for (const c of MODEL_COLUMNS)
      expect(
        codebook.some((r) => r.file === 'actors.csv' && r.column === c),
        c,
      ).toBe(true);
  });

  it('shows the model figure and its features in the report', () => {
    const html = read(one, 'report.html');
    expect(html).toContain('class="ci model">model ');
    expect(html).toMatch(/data-mtop="[a-z]+:/);
    expect(html).toContain('Trained model: stance');
  });

  it('writes the same bytes with --jobs 2', () => {
    const two = path.join(dir, 'two');
    expect(framelens(['analyze', SEEDS, '--model', MODEL, '-o', two, '-j', '2']).status).toBe(0);
    for (const f of ['articles.csv', 'actors.csv', 'findings.csv', 'articles.jsonl', 'report.html'])
      expect(read(two, f) === read(one, f), f).toBe(true);
  });

  it('map --model then merge gives the same reports; merge refuses parts without the model', () => {
    const mapped = spawnSync(process.execPath, [CLI, 'map', SEEDS, '--model', MODEL, '-j', '1'], {
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(mapped.status, mapped.stderr).toBe(0);
    const part = path.join(dir, 'with-model.map.jsonl');
    writeFileSync(part, mapped.stdout);
    const merged = path.join(dir, 'merged');
    const m = framelens(['merge', part, '-o', merged]);
    expect(m.status, m.stderr).toBe(0);
    for (const f of ['actors.csv', 'articles.jsonl'])
      expect(read(merged, f) === read(one, f), f).toBe(true);
    expect(withoutManifest(read(merged, 'report.html'))).toBe(
      withoutManifest(read(one, 'report.html')),
    );

    const plain = spawnSync(process.execPath, [CLI, 'map', SEEDS, '-j', '1'], {
      encoding: 'utf8',
      cwd: ROOT,
    });
    const other = path.join(dir, 'plain.map.jsonl');
    writeFileSync(other, plain.stdout);
    const bad = framelens(['merge', part, other, '-o', path.join(dir, 'mixed')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('different lexicons');
  });

  it('without --model the model columns are there, and empty', () => {
    const plain = path.join(dir, 'plain');
    expect(framelens(['analyze', SEEDS, '-o', plain, '-f', 'csv']).status).toBe(0);
    const actors = rows(path.join(plain, 'actors.csv'));
    expect(actors.length).toBeGreaterThan(0);
    for (const a of actors) for (const c of MODEL_COLUMNS) expect(a[c], c).toBe('');
  });

  it('a file that is not a stance model stops the run before analysis (exit 2)', () => {
    const bad = path.join(dir, 'not-a-model.json');
    writeFileSync(bad, '{"format": "something else"}');
    const out = path.join(dir, 'never');
    const r = framelens(['analyze', SEEDS, '--model', bad, '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(bad);
    expect(r.stderr).toContain('[E_MODEL]');
    const missing = framelens([
      'analyze',
      SEEDS,
      '--model',
      path.join(dir, 'gone.json'),
      '-o',
      out,
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('[E_MODEL]');
  });
});
