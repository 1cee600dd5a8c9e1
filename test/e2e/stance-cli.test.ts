import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { framelens } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/fixture-lexicon.js';

const EVAL = path.join(FIXTURES, 'eval');
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'framelens-stance-'));
const rows = (file: string) =>
  parse(readFileSync(file), { columns: true }) as Record<string, string>[];

describe('framelens eval stance (real binary, own fixture)', () => {
  it('prints one JSON summary with the documented keys and writes predictions and errors', () => {
    const out = tmp();
    const r = framelens([
      'eval',
      'stance',
      '--gold',
      path.join(EVAL, 'stance.jsonl'),
      '--json',
      '--out',
      out,
    ]);
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as Record<string, number>;
    expect(Object.keys(summary).sort()).toEqual(
      ['accuracy', 'f1_negative', 'f1_neutral', 'f1_positive', 'macro_f1', 'n'].sort(),
    );
    expect(summary.n).toBe(6);
    const predictions = rows(path.join(out, 'stance-predictions.csv'));
    expect(predictions).toHaveLength(6);
    const correct = predictions.filter((p) => p.gold === p.predicted).length;
    expect(summary.accuracy).toBeCloseTo(correct / 6, 6);
    expect(rows(path.join(out, 'stance-errors.csv'))).toHaveLength(6 - correct);
    // The clearest case: a corrupt mayor who lied.
    expect(predictions.find((p) => p.id === 's2')).toMatchObject({ predicted: 'negative' });
  });

  it('fails with exit 2 and the line on a malformed gold file', () => {
    const dir = tmp();
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id": "x", "text": "A", "target": "A", "target_start": 0}\n');
    const r = framelens(['eval', 'stance', '--gold', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.jsonl:1/);
  });
});

describe('framelens eval articles (real binary, own fixture)', () => {
  it('prints the writer-feeling and span summary as JSON', () => {
    const out = tmp();
    const r = framelens([
      'eval',
      'articles',
      '--gold',
      path.join(EVAL, 'articles.jsonl'),
      '--json',
      '--out',
      out,
    ]);
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as Record<string, number | null>;
    for (const key of ['n', 'macro_f1', 'accuracy', 'span_precision', 'span_recall']) {
      expect(summary).toHaveProperty(key);
    }
    expect(summary.n).toBe(4);
    expect(summary.gold_spans).toBe(3);
    const spans = rows(path.join(out, 'articles-spans.csv'));
    const gold = spans.filter((s) => s.kind === 'gold');
    expect(summary.span_recall).toBeCloseTo(gold.filter((s) => s.matched === 'true').length / 3, 6);
    // "corrupt" is a loaded word in the writer's voice: found; the quoted span is a quotation.
    expect(gold.find((s) => s.text === 'corrupt')?.matched).toBe('true');
    expect(gold.find((s) => s.text === 'total success')?.quoted).toBe('true');
    const predictions = rows(path.join(out, 'articles-predictions.csv'));
    expect(predictions.map((p) => `${p.id}:${p.actor}`).sort()).toEqual([
      'a1:entity-governor-pell',
      'a1:entity-mayor-dunmore',
      'a2:entity-governor-pell',
      'a2:entity-mayor-dunmore',
    ]);
    expect(
      Number(predictions.find((p) => p.id === 'a1' && p.entity === 'Mayor Dunmore')!.stance),
    ).toBeLessThan(0);
  });
});

describe('framelens analyze --actors', () => {
  it('uses the user actor file and lists its actors in actors.csv', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(
      path.join(dir, 'in', 'a.txt'),
      'The Kremlin denied it. Marta Kowalczyk, an analyst, called the denial baseless.\n',
    );
    const out = path.join(dir, 'out');
    const r = framelens([
      'analyze',
      path.join(dir, 'in'),
      '--out',
      out,
      '-f',
      'csv',
      '--actors',
      path.join(FIXTURES, 'actors', 'user-actors.yaml'),
    ]);
    expect(r.status, r.stderr).toBe(0);
    const actors = rows(path.join(out, 'actors.csv'));
    expect(actors.map((a) => a.actor_id).sort()).toEqual(['kremlin-circle', 'marta-kowalczyk']);
    expect(actors.find((a) => a.actor_id === 'marta-kowalczyk')?.discovered).toBe('false');
  });

  it('without it, the same name is listed as discovered, ready to promote', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(
      path.join(dir, 'in', 'a.txt'),
      'Marta Kowalczyk, an analyst, disputed the figures.\n',
    );
    const out = path.join(dir, 'out');
    const r = framelens(['analyze', path.join(dir, 'in'), '--out', out, '-f', 'csv']);
    expect(r.status, r.stderr).toBe(0);
    const actors = rows(path.join(out, 'actors.csv'));
    expect(actors).toEqual([
      expect.objectContaining({
        actor_id: 'new:marta-kowalczyk',
        discovered: 'true',
        name: 'Marta Kowalczyk',
      }),
    ]);
    const mentions = rows(path.join(out, 'findings.csv')).filter((f) => f.category === 'actor');
    expect(mentions.map((f) => [f.text, f.actor, f.rule_id])).toEqual([
      ['Marta Kowalczyk', 'new:marta-kowalczyk', 'discovered-name'],
    ]);
  });

  it('rejects a word list given as --actors with exit 2', () => {
    const r = framelens([
      'analyze',
      '--actors',
      path.join(FIXTURES, 'lexicons', 'words.yaml'),
      '--out',
      tmp(),
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('E_ACTORS_FILE');
  });
});
