import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { framelens } from '../helpers/cli.js';

type Row = Record<string, string> & { names_used: string; labels: string };
const SUMMARY = '000_c3a5fb5bc20f2f33';
const COLUMN = '004_2d85dde6461070b9';

describe('actors and stance on the seeds (real binary): the issue-4 done-when checks', () => {
  let actors: Row[];
  let quoted: Row[];
  let findings: Row[];
  let jsonl: {
    article_id: string;
    text: string;
    actors: { evidence: { start: number; end: number; text: string }[] }[];
  }[];

  beforeAll(() => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'framelens-stance-seeds-'));
    const r = framelens(['analyze', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const csv = (f: string) => parse(readFileSync(path.join(out, f)), { columns: true }) as Row[];
    actors = csv('actors.csv');
    quoted = csv('quoted-stance.csv');
    findings = csv('findings.csv');
    jsonl = readFileSync(path.join(out, 'articles.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  });

  const actor = (article: string, id: string) =>
    actors.find((a) => a.article_id === article && a.actor_id === id);

  it.each(['us-government', 'nato', 'ukrainian-government'])(
    "the column's stance toward %s is clearly negative (its whole interval below 0) and below the summary's",
    (id) => {
      const column = actor(COLUMN, id)!;
      expect(Number(column.stance)).toBeLessThan(-0.15);
      expect(Number(column.ci_high)).toBeLessThan(0);
      // The summary never judges these actors; where it has no evidence its stance is empty (0).
      const summary = actor(SUMMARY, id);
      const summaryStance = summary?.stance ? Number(summary.stance) : 0;
      expect(Number(column.stance)).toBeLessThan(summaryStance);
    },
  );

  it('"Kyiv" and "Kiev" resolve to one actor, and the naming difference is reported', () => {
    expect(actor(SUMMARY, 'ukrainian-government')!.names_used.split(' | ')).toContain('Kyiv');
    const column = actor(COLUMN, 'ukrainian-government')!;
    expect(column.names_used.split(' | ')).toContain('Kiev');
    expect(column.names_used.split(' | ')).not.toContain('Kyiv');
    expect(column.labels.split(' | ')).toContain('regime');
  });

  it('Kirby and Peskov appear with their quotes in the summary', () => {
    for (const id of ['john-kirby', 'dmitry-peskov']) {
      expect(Number(actor(SUMMARY, id)?.times_quoted)).toBeGreaterThanOrEqual(1);
    }
    const peskov = actor(SUMMARY, 'dmitry-peskov')!;
    expect(peskov.names_used).toContain('Dmitry Peskov');
    expect(peskov.reporting_classes).toMatch(/distancing|evaluative/);
    // Peskov accused the US: his stance toward the US is reported apart from the writer's.
    expect(
      quoted.find(
        (q) =>
          q.article_id === SUMMARY &&
          q.speaker_id === 'dmitry-peskov' &&
          q.target_id === 'united-states',
      )?.stance,
    ).toMatch(/^-/);
  });

  it('actor mentions and labels are findings with offsets', () => {
    const column = jsonl.find((a) => a.article_id === COLUMN)!;
    const regime = findings.find(
      (f) => f.article_id === COLUMN && f.category === 'label' && f.text === 'regime',
    );
    expect(regime?.actor).toBe('ukrainian-government');
    expect(column.text.slice(Number(regime!.start), Number(regime!.end))).toBe('regime');
    for (const a of jsonl)
      for (const x of a.actors)
        for (const e of x.evidence) expect(a.text.slice(e.start, e.end)).toBe(e.text);
  });
});
