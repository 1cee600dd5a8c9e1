import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { buildCorpus } from '../../src/report/measures.js';
import type { ArticleResult } from '../../src/types.js';
import { fixtureLexicon } from '../helpers/fixture-lexicon.js';

async function article(id: string, outlet: string | null, text: string): Promise<ArticleResult> {
  return analyze(text, { lexicon: await fixtureLexicon(), id, meta: { outlet, title: id } });
}

const TEXTS: [string, string | null, string][] = [
  ['a1', 'North', 'The reckless regime staged a provocation. Kiev said the drone was shot down.'],
  ['a2', 'North', 'Kiev insisted the regime planned it. The alleged drone was reckless.'],
  ['b1', 'South', 'Kyiv said a drone fell near the harbour. Officials said repairs began.'],
  ['b2', 'South', 'Kyiv said the harbour reopened. Officials said the drone fell at night.'],
  ['c1', null, 'The harbour reopened after the drone fell. Officials said so.'],
];

/** A view as plain data, for comparing two views. */
const plain = (v: ReturnType<ReturnType<typeof buildCorpus>['view']>) =>
  JSON.parse(
    JSON.stringify(v, (_k, x) => (x instanceof Map ? Object.fromEntries(x) : x)),
  ) as unknown;

describe('corpus view from mergeable summaries', () => {
  it('two builders merged give the same view as one builder fed everything', async () => {
    const results = await Promise.all(TEXTS.map(([id, o, t]) => article(id, o, t)));
    const whole = buildCorpus(results).view();
    const left = buildCorpus(results.slice(0, 2));
    const right = buildCorpus(results.slice(2));
    expect(plain(left.merge(right).view())).toEqual(plain(whole));
  });

  it('groups by outlet only when an outlet repeats', async () => {
    const results = await Promise.all(TEXTS.map(([id, o, t]) => article(id, o, t)));
    const view = buildCorpus(results).view();
    expect(view.outletsRepeat).toBe(true);
    expect(view.distinctive.outlets.map((g) => g.key)).toEqual(['North', 'South']);
    expect([...view.outlets]).toEqual([
      ['North', 2],
      ['South', 2],
    ]);
    expect(view.outletUnknown).toBe(true);
    const single = buildCorpus([results[0]!, results[2]!]).view();
    expect(single.outletsRepeat).toBe(false);
    expect(single.distinctive.outlets).toEqual([]);
  });

  it("an outlet's distinctive words are its own: Kiev for North, Kyiv for South", async () => {
    const results = await Promise.all(TEXTS.map(([id, o, t]) => article(id, o, t)));
    const view = buildCorpus(results).view();
    const north = view.distinctive.outlets.find((g) => g.key === 'North')!;
    const south = view.distinctive.outlets.find((g) => g.key === 'South')!;
    expect(north.terms[0]!.term).toBe('kiev');
    expect(south.terms.map((t) => t.term)).toContain('kyiv');
    expect(north.terms.map((t) => t.term)).not.toContain('kyiv');
    // Every listed term is used at least twice in its group and leans toward it (z > 0).
    for (const g of [...view.distinctive.outlets, ...view.distinctive.articles])
      for (const t of g.terms) {
        expect(t.count).toBeGreaterThanOrEqual(2);
        expect(t.z).toBeGreaterThan(0);
      }
  });

  it('maps articles once there are three with varying rates', async () => {
    const results = await Promise.all(TEXTS.map(([id, o, t]) => article(id, o, t)));
    const view = buildCorpus(results).view();
    expect([...view.articles].map((a) => a.id)).toEqual(['a1', 'a2', 'b1', 'b2', 'c1']);
    // Placed from the article's values: the points are centred, so they sum to zero.
    const points = [...view.articles].map((a) => view.map!.pca.project((f) => a.values.get(f)));
    expect(points).toHaveLength(5);
    for (const c of [0, 1]) expect(points.reduce((t, p) => t + p[c]!, 0)).toBeCloseTo(0, 9);
    expect(new Set(points.map((p) => p.join())).size).toBeGreaterThan(1);
    expect(buildCorpus(results.slice(0, 2)).view().map).toBeNull();
  });

  it('keeps every registry measure for every article', async () => {
    const results = await Promise.all(TEXTS.map(([id, o, t]) => article(id, o, t)));
    const [a1] = buildCorpus(results).view().articles;
    expect(a1!.values.get('loaded_writer_count')).toBe(results[0]!.scores.loaded_writer_count);
    expect(a1!.values.get('hedge_per_1k')).toBe(results[0]!.scores.hedge_per_1k);
  });
});
