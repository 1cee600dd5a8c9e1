/**
 * The same inputs and options give byte-identical reports: whatever order the files were
 * created in (and so listed by the file system), whatever order the paths are given in, run
 * after run. Only the manifest's `created_at` and its record of the command line may differ.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens } from '../helpers/cli.js';

const FILES: Record<string, string> = {
  'corpus/b.md': '---\ntitle: B\n---\nCritics said the “so-called” reforms were clearly reckless.',
  'corpus/a.txt': 'The reckless regime staged a provocation, the minister said.',
  'corpus/sub/c.html': '<h1>C</h1><p>“We will not accept this,” the spokesperson insisted.</p>',
  'corpus/sub/a.txt': 'Officials in Moscow insisted there was no doubt.',
  'other/a.txt': 'A second file with a clashing name, allegedly.',
  'other/Z.txt': 'Upper case sorts first in code-unit order.',
};

/** Writes the corpus into a fresh folder in the given order, with scrambled times. */
function corpus(order: readonly string[]): string {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'framelens-det-'));
  order.forEach((rel, i) => {
    const abs = path.join(cwd, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, FILES[rel]!);
    utimesSync(abs, 1_000_000 + i * 7919, 2_000_000 - i * 104_729);
  });
  return cwd;
}

function run(cwd: string, paths: string[], out = 'out'): Map<string, string> {
  const r = framelens(['analyze', ...paths, '--out', out], cwd);
  expect(r.status, r.stderr).toBe(0);
  const dir = path.join(cwd, out);
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).sort())
    files.set(name, readFileSync(path.join(dir, name), 'utf8'));
  return files;
}

/** The reports without the manifest; the manifest without its two run-specific fields. */
function comparable(files: Map<string, string>): Record<string, unknown> {
  const { created_at, options, ...manifest } = JSON.parse(files.get('manifest.json')!);
  expect(typeof created_at).toBe('string');
  expect(options).toBeTypeOf('object');
  return { ...Object.fromEntries([...files].filter(([n]) => n !== 'manifest.json')), manifest };
}

describe('determinism', () => {
  const names = Object.keys(FILES);

  it('file creation order and argument order do not change a byte of the reports', () => {
    const forward = corpus(names);
    const backward = corpus([...names].reverse());
    const reference = comparable(run(forward, ['corpus', 'other']));
    expect(Object.keys(reference)).toContain('report.html');
    expect(comparable(run(backward, ['corpus', 'other']))).toEqual(reference);
    expect(comparable(run(backward, ['other', 'corpus']))).toEqual(reference);
    // Files named one by one (each its own root, so ids are file stems), in any order and with
    // a duplicate, are one run too.
    const one = comparable(run(forward, [...names].sort()));
    expect(comparable(run(backward, [...names].reverse().concat('corpus/a.txt')))).toEqual(one);
  });

  it('articles appear in path order; clashing ids are settled the same way every time', () => {
    const cwd = corpus(names);
    const ids = run(cwd, ['other', 'corpus'])
      .get('articles.csv')!
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[0]);
    expect(ids).toEqual(['corpus/a', 'b', 'sub/a', 'sub/c', 'Z', 'other/a']);
  });

  it('a rerun over the working folder never reads its own earlier reports', () => {
    const cwd = corpus(names);
    const first = comparable(run(cwd, ['.'], 'reports'));
    const second = comparable(run(cwd, ['.'], 'reports'));
    expect(second).toEqual(first);
    expect(String(first['articles.csv'])).not.toContain('reports/');
  });
});
