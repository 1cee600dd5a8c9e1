import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctiveTerms, logOdds } from '../../src/compare/log-odds.js';

// Hand-worked example of Monroe, Colaresi & Quinn (2008) eq. 22. Group i = {a: 3, b: 1} (n_i = 4);
// corpus {a: 4, b: 4, c: 2} (n = 10), so the rest j = {a: 1, b: 3, c: 2} (n_j = 6); the prior is
// the corpus: α_0 = 10, α_a = α_b = 4.
//   a: δ = ln(7 / (4+10-3-4)) − ln(5 / (6+10-1-4)) = ln(1) − ln(5/11) = ln(11/5) = 0.788457
//      σ² = 1/7 + 1/5 = 0.342857, z = 0.788457 / 0.585540 = 1.346549
//   b: δ = ln(5/9) − ln(7/9) = ln(5/7) = −0.336472, z = −0.336472 / 0.585540 = −0.574636
const group = new Map([
  ['a', 3],
  ['b', 1],
]);
const corpus = new Map([
  ['a', 4],
  ['b', 4],
  ['c', 2],
]);

describe('log-odds ratio with an informative Dirichlet prior', () => {
  it.each([
    { term: 'a', delta: 0.788457, variance: 0.342857, z: 1.346549, count: 3, rest: 1 },
    { term: 'b', delta: -0.336472, variance: 0.342857, z: -0.574636, count: 1, rest: 3 },
  ])('term $term matches the hand-worked eq. 22', ({ term, delta, variance, z, count, rest }) => {
    const row = distinctiveTerms(group, corpus).find((t) => t.term === term)!;
    expect(row.delta).toBeCloseTo(delta, 5);
    expect(row.variance).toBeCloseTo(variance, 5);
    expect(row.z).toBeCloseTo(z, 5);
    expect(row.count).toBe(count);
    expect(row.rest_count).toBe(rest);
  });

  it('reads packed counts as maps, and a given corpus total changes nothing', () => {
    const packed = { terms: ['a', 'b'], counts: [3, 1] };
    const want = distinctiveTerms(group, corpus);
    expect(distinctiveTerms(packed, corpus)).toEqual(want);
    expect(distinctiveTerms(packed, corpus, { corpusTotal: 10 })).toEqual(want);
    // A wrong total would show: the rest's size enters every score.
    expect(distinctiveTerms(packed, corpus, { corpusTotal: 20 })).not.toEqual(want);
  });

  it('a minimum count leaves out rarer terms and scores the rest the same', () => {
    const all = distinctiveTerms(group, corpus);
    const often = distinctiveTerms(group, corpus, { minCount: 2 });
    expect(often.map((t) => t.term)).toEqual(['a']);
    expect(often).toEqual(all.filter((t) => t.count >= 2));
  });

  it('ranks by z, best first, and lists only words the group uses', () => {
    expect(distinctiveTerms(group, corpus).map((t) => t.term)).toEqual(['a', 'b']);
  });

  it('a weaker prior (smaller α_0) lets the same counts stand out more', () => {
    const strong = distinctiveTerms(group, corpus).find((t) => t.term === 'a')!;
    const weak = distinctiveTerms(group, corpus, { alpha0: 1 }).find((t) => t.term === 'a')!;
    expect(weak.delta).toBeGreaterThan(strong.delta);
  });

  it('is antisymmetric: group against rest is minus rest against group', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 60, max: 500 }),
        fc.integer({ min: 60, max: 500 }),
        fc.double({ min: 0.01, max: 20, noNaN: true }),
        (yi, yj, ni, nj, alphaW) => {
          const a0 = ni + nj;
          const ij = logOdds(yi, ni, yj, nj, alphaW, a0)!;
          const ji = logOdds(yj, nj, yi, ni, alphaW, a0)!;
          expect(ij.delta).toBeCloseTo(-ji.delta, 9);
          expect(ij.z).toBeCloseTo(-ji.z, 9);
        },
      ),
    );
  });

  it('more uses in the group, all else equal, never lowers z', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (yi, yj) => {
        const z = (y: number) => logOdds(y, 200, yj, 300, (y + yj) / 2 + 1, 500)!.z;
        expect(z(yi + 1)).toBeGreaterThanOrEqual(z(yi));
      }),
    );
  });

  it('returns null rather than a number when a denominator is not positive', () => {
    expect(logOdds(0, 10, 0, 10, 0, 0)).toBeNull();
  });
});
