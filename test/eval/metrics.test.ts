import { describe, expect, it } from 'vitest';
import { auroc, binaryCounts, multiclass, precisionRecallF1 } from '../../src/eval/metrics.js';

describe('metrics', () => {
  it('precision, recall and F1 from counts', () => {
    const c = binaryCounts([true, true, false, false, true], [true, false, true, false, true]);
    expect(c).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
    const m = precisionRecallF1(c);
    expect(m.precision).toBeCloseTo(2 / 3, 10);
    expect(m.recall).toBeCloseTo(2 / 3, 10);
    expect(m.f1).toBeCloseTo(2 / 3, 10);
    expect(precisionRecallF1({ tp: 0, fp: 0, fn: 0 }).f1).toBeNull();
  });

  it('macro-F1 averages the classes that occur; accuracy counts matches', () => {
    const r = multiclass(
      ['neg', 'neu', 'pos'] as const,
      ['neg', 'neg', 'neu', 'pos'],
      ['neg', 'neu', 'neu', 'neg'],
    );
    expect(r.accuracy).toBe(0.5);
    expect(r.per_class.neg).toBeCloseTo(0.5, 10);
    expect(r.per_class.neu).toBeCloseTo(2 / 3, 10);
    expect(r.per_class.pos).toBe(0);
    expect(r.macro_f1).toBeCloseTo((0.5 + 2 / 3 + 0) / 3, 10);
  });

  it('AUROC: perfect, inverted, random ties', () => {
    expect(auroc([false, false, true, true], [0.1, 0.2, 0.8, 0.9])).toBe(1);
    expect(auroc([true, true, false, false], [0.1, 0.2, 0.8, 0.9])).toBe(0);
    expect(auroc([true, false, true, false], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
    expect(auroc([true, true], [0.1, 0.2])).toBeNull();
  });
});
