/**
 * A 2-D map of articles by framing profile: principal component analysis of the articles' rate
 * measures (loaded language, hedges, boosters, reporting verbs by class, per 1,000 words), by
 * eigendecomposition (ml-matrix) of their correlation matrix.
 *
 * Each measure is standardized (mean 0, standard deviation 1 across the articles) so a measure
 * with large numbers does not dominate; a measure that is the same in every article carries no
 * information and is dropped; a missing rate (no quoted words, say) is set to the measure's mean,
 * so it pulls the article neither way. Signs are fixed so that each component's largest loading
 * is positive: the same input always draws the same map.
 *
 * Streaming: `PcaMoments` keeps, per measure and per pair of measures, counts and sums of the
 * values (shifted by the measure's first value, which keeps the sums of squares small), never the
 * articles' rows, so a corpus of a million articles costs the same few kilobytes as one of ten.
 * From those the fit forms X'X of the standardized, mean-imputed data (X: articles × measures),
 * whose eigenvectors are the loadings and whose eigenvalues are the squared singular values of X;
 * an article's coordinates are its standardized rates times the loadings, computed when it is
 * read back (`project`).
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

export interface PcaInput {
  /** Feature names, one per column. */
  readonly features: readonly string[];
  /** One row per item, one value per feature; null = missing. */
  readonly rows: readonly (readonly (number | null)[])[];
}

/** The fitted map: what a report needs to place any article on it. */
export interface PcaFit {
  /** Features used (non-constant), in input order. */
  readonly features: readonly string[];
  /** Share of the total variance each component explains. */
  readonly explained: readonly [number, number];
  /** Per used feature: [loading on PC1, loading on PC2]. */
  readonly loadings: readonly (readonly [number, number])[];
  /** [PC1, PC2] of an item, given its value of each input feature (null = missing). */
  project(value: (feature: string) => number | null | undefined): [number, number];
}

export interface PcaResult extends PcaFit {
  /** Per item: [PC1, PC2] scores. */
  readonly coords: readonly (readonly [number, number])[];
}

/** Sums of the items' values, per feature and per pair of features, added one item at a time. */
export class PcaMoments {
  readonly #features: readonly string[];
  readonly #shift: (number | null)[];
  /** Per pair (j, k), row-major: items with both values, Σ y_j y_k, and Σ y_j (y = x − shift). */
  readonly #both: Float64Array;
  readonly #cross: Float64Array;
  readonly #sum: Float64Array;
  #items = 0;

  constructor(features: readonly string[]) {
    const p = features.length;
    this.#features = features;
    this.#shift = new Array<number | null>(p).fill(null);
    this.#both = new Float64Array(p * p);
    this.#cross = new Float64Array(p * p);
    this.#sum = new Float64Array(p * p);
  }

  get items(): number {
    return this.#items;
  }

  /** Adds one item: its value of each feature, in the constructor's order (null = missing). */
  add(row: readonly (number | null)[]): void {
    const p = this.#features.length;
    this.#items += 1;
    const shift = this.#shift;
    for (let j = 0; j < p; j += 1) if (shift[j] === null && row[j] != null) shift[j] = row[j]!;
    for (let j = 0; j < p; j += 1) {
      const xj = row[j];
      if (xj == null) continue;
      const yj = xj - shift[j]!;
      for (let k = 0; k < p; k += 1) {
        const xk = row[k];
        if (xk == null) continue;
        const at = j * p + k;
        this.#both[at]! += 1;
        this.#sum[at]! += yj;
        this.#cross[at]! += yj * (xk - shift[k]!);
      }
    }
  }

  /** The map; null with fewer than 3 items or 2 non-constant features. */
  fit(): PcaFit | null {
    if (this.#items < 3) return null;
    const p = this.#features.length;
    const n = (j: number) => this.#both[j * p + j]!;
    // Mean (of y) and standard deviation of each feature over the items that have it.
    const mean = Array.from({ length: p }, (_, j) => (n(j) > 0 ? this.#sum[j * p + j]! / n(j) : 0));
    const used: number[] = [];
    const sd: number[] = [];
    for (let j = 0; j < p; j += 1) {
      if (n(j) < 2) continue;
      const m2 = this.#cross[j * p + j]! - n(j) * mean[j]! * mean[j]!;
      const s = Math.sqrt(Math.max(0, m2) / (n(j) - 1));
      if (!(s > 1e-12)) continue;
      used.push(j);
      sd.push(s);
    }
    const q = used.length;
    if (q < 2) return null;
    // X'X of the standardized data, a missing value being 0 (the mean): Σ over the items with
    // both values of (y_j − m_j)(y_k − m_k), divided by sd_j sd_k.
    const xtx = Matrix.zeros(q, q);
    for (let a = 0; a < q; a += 1) {
      for (let b = 0; b < q; b += 1) {
        const j = used[a]!;
        const k = used[b]!;
        const at = j * p + k;
        const mj = mean[j]!;
        const mk = mean[k]!;
        const c =
          this.#cross[at]! -
          mk * this.#sum[at]! -
          mj * this.#sum[k * p + j]! +
          this.#both[at]! * mj * mk;
        xtx.set(a, b, c / (sd[a]! * sd[b]!));
      }
    }
    const evd = new EigenvalueDecomposition(xtx, { assumeSymmetric: true });
    const values = evd.realEigenvalues.map((v) => Math.max(0, v));
    const order = values.map((_, i) => i).sort((x, y) => values[y]! - values[x]! || x - y);
    const vectors = evd.eigenvectorMatrix;
    const total = values.reduce((t, v) => t + v, 0);
    const k = Math.min(2, q);
    const columns = [0, 1].map((c) => {
      if (c >= k) return new Array<number>(q).fill(0);
      const col = order[c]!;
      const v = Array.from({ length: q }, (_, a) => vectors.get(a, col));
      const sign = signOf(v);
      return v.map((x) => x * sign);
    });
    const explained = [0, 1].map((c) => (c < k && total > 0 ? values[order[c]!]! / total : 0)) as [
      number,
      number,
    ];
    const features = used.map((j) => this.#features[j]!);
    const shift = used.map((j) => this.#shift[j]!);
    const centre = used.map((j) => mean[j]!);
    return {
      features,
      explained,
      loadings: features.map((_, a) => [columns[0]![a]!, columns[1]![a]!] as const),
      project: (value) => {
        let x = 0;
        let y = 0;
        for (let a = 0; a < q; a += 1) {
          const v = value(features[a]!);
          if (v == null) continue;
          const z = (v - shift[a]! - centre[a]!) / sd[a]!;
          x += z * columns[0]![a]!;
          y += z * columns[1]![a]!;
        }
        return [x, y];
      },
    };
  }
}

/** Needs at least 3 items and 2 non-constant features; returns null otherwise. */
export function pca(input: PcaInput): PcaResult | null {
  const moments = new PcaMoments(input.features);
  for (const r of input.rows) moments.add(r);
  const fit = moments.fit();
  if (!fit) return null;
  const at = new Map(input.features.map((f, j) => [f, j]));
  return {
    ...fit,
    coords: input.rows.map((r) => fit.project((f) => r[at.get(f)!])),
  };
}

/** +1 or −1: the sign that makes the component's largest loading (first on ties) positive. */
function signOf(v: readonly number[]): number {
  let best = 0;
  for (let j = 1; j < v.length; j++) if (Math.abs(v[j]!) > Math.abs(v[best]!) + 1e-12) best = j;
  return v[best]! < 0 ? -1 : 1;
}
