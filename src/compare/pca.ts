/**
 * A 2-D map of articles by framing profile: principal component analysis of the articles' rate
 * measures (loaded language, hedges, boosters, reporting verbs by class, per 1,000 words), by
 * singular value decomposition with ml-matrix.
 *
 * Each measure is standardized (mean 0, standard deviation 1 across the articles) so a measure
 * with large numbers does not dominate; a measure that is the same in every article carries no
 * information and is dropped; a missing rate (no quoted words, say) is set to the measure's mean,
 * so it pulls the article neither way. Signs are fixed so that each component's largest loading
 * is positive: the same input always draws the same map.
 */
import { Matrix, SingularValueDecomposition } from 'ml-matrix';

export interface PcaInput {
  /** Feature names, one per column. */
  readonly features: readonly string[];
  /** One row per item, one value per feature; null = missing. */
  readonly rows: readonly (readonly (number | null)[])[];
}

export interface PcaResult {
  /** Features used (non-constant), in input order. */
  readonly features: readonly string[];
  /** Per item: [PC1, PC2] scores. */
  readonly coords: readonly (readonly [number, number])[];
  /** Share of the total variance each component explains. */
  readonly explained: readonly [number, number];
  /** Per used feature: [loading on PC1, loading on PC2]. */
  readonly loadings: readonly (readonly [number, number])[];
}

/** Needs at least 3 items and 2 non-constant features; returns null otherwise. */
export function pca(input: PcaInput): PcaResult | null {
  const n = input.rows.length;
  if (n < 3) return null;
  const cols: number[][] = [];
  const features: string[] = [];
  input.features.forEach((name, j) => {
    const present = input.rows.map((r) => r[j]).filter((v): v is number => v != null);
    if (present.length < 2) return;
    const mean = present.reduce((a, b) => a + b, 0) / present.length;
    const sd = Math.sqrt(present.reduce((a, b) => a + (b - mean) ** 2, 0) / (present.length - 1));
    if (!(sd > 1e-12)) return;
    cols.push(input.rows.map((r) => ((r[j] ?? mean) - mean) / sd));
    features.push(name);
  });
  if (features.length < 2) return null;
  const x = new Matrix(cols).transpose(); // n items × p features
  const svd = new SingularValueDecomposition(x, { autoTranspose: true });
  const s = svd.diagonal;
  const u = svd.leftSingularVectors;
  const v = svd.rightSingularVectors;
  const totalVar = s.reduce((a, b) => a + b * b, 0);
  const k = Math.min(2, s.length);
  const sign = [0, 1].map((c) => (c < k ? signOf(v, c, features.length) : 0));
  const comp = (c: number, value: (c: number) => number): number =>
    c < k ? value(c) * sign[c]! : 0;
  return {
    features,
    coords: Array.from({ length: n }, (_, i) => [
      comp(0, (c) => u.get(i, c) * (s[c] ?? 0)),
      comp(1, (c) => u.get(i, c) * (s[c] ?? 0)),
    ]),
    explained: [0, 1].map((c) => (c < k && totalVar > 0 ? (s[c] ?? 0) ** 2 / totalVar : 0)) as [
      number,
      number,
    ],
    loadings: features.map((_, j) => [comp(0, (c) => v.get(j, c)), comp(1, (c) => v.get(j, c))]),
  };
}

/** +1 or -1: the sign that makes component `c`'s largest loading (first on ties) positive. */
function signOf(v: Matrix, c: number, p: number): number {
  let best = 0;
  for (let j = 1; j < p; j++)
    if (Math.abs(v.get(j, c)) > Math.abs(v.get(best, c)) + 1e-12) best = j;
  return v.get(best, c) < 0 ? -1 : 1;
}
