/**
 * Classification metrics shared by every `framelens eval` task. Conventions: F1 of a class with
 * no gold and no predicted items is undefined and left out of macro averages (reported as null);
 * AUROC is the Mann–Whitney probability that a random positive scores above a random negative,
 * ties counting one half.
 */

export interface BinaryCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function binaryCounts(gold: readonly boolean[], pred: readonly boolean[]): BinaryCounts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  gold.forEach((g, i) => {
    const p = pred[i]!;
    if (g && p) c.tp += 1;
    else if (!g && p) c.fp += 1;
    else if (g && !p) c.fn += 1;
    else c.tn += 1;
  });
  return c;
}

export const safeDiv = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function precisionRecallF1(c: { tp: number; fp: number; fn: number }): {
  precision: number | null;
  recall: number | null;
  f1: number | null;
} {
  const precision = safeDiv(c.tp, c.tp + c.fp);
  const recall = safeDiv(c.tp, c.tp + c.fn);
  const f1 = safeDiv(2 * c.tp, 2 * c.tp + c.fp + c.fn);
  return { precision, recall, f1 };
}

/** Per-class F1, macro-F1 and accuracy for a multi-class task. */
export function multiclass<L extends string>(
  labels: readonly L[],
  gold: readonly L[],
  pred: readonly L[],
): { accuracy: number | null; macro_f1: number | null; per_class: Record<L, number | null> } {
  const perClass = {} as Record<L, number | null>;
  const f1s: number[] = [];
  for (const label of labels) {
    const c = binaryCounts(
      gold.map((g) => g === label),
      pred.map((p) => p === label),
    );
    const { f1 } = precisionRecallF1(c);
    perClass[label] = f1;
    if (f1 !== null) f1s.push(f1);
  }
  const correct = gold.filter((g, i) => g === pred[i]).length;
  return {
    accuracy: safeDiv(correct, gold.length),
    macro_f1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : null,
    per_class: perClass,
  };
}

/** Area under the ROC curve of `scores` for the positives in `gold`. */
export function auroc(gold: readonly boolean[], scores: readonly number[]): number | null {
  const idx = scores.map((s, i) => ({ s, g: gold[i]! })).sort((a, b) => a.s - b.s);
  let pos = 0;
  let neg = 0;
  let rankSumPos = 0;
  // Average ranks over ties.
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1]!.s === idx[i]!.s) j += 1;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k += 1) {
      if (idx[k]!.g) {
        pos += 1;
        rankSumPos += avgRank;
      } else neg += 1;
    }
    i = j + 1;
  }
  if (pos === 0 || neg === 0) return null;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}
