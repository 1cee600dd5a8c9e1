/**
 * A trained model as data: a small versioned JSON file with its feature names, weights,
 * provenance (training file, size, sha256, licence as stated by the user) and the
 * cross-validated figures. Validated on load; a prediction is a sum of visible contributions.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import type { FeatureSet } from './features.js';

export const MODEL_FORMAT = 'framelens-model';
export const MODEL_VERSION = 1;
export const TASKS = ['stance', 'bias', 'hedge'] as const;
export type Task = (typeof TASKS)[number];

export const modelSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  format_version: z.literal(MODEL_VERSION),
  task: z.enum(TASKS),
  framelens_version: z.string(),
  trained: z.string(),
  classes: z.array(z.string()).min(2),
  features: z.array(z.string()),
  /** `weights[c][j]`, raw feature units, rounded to 6 decimals. */
  weights: z.array(z.array(z.number())),
  bias: z.array(z.number()),
  training: z.object({
    file: z.string(),
    bytes: z.number().int(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    items: z.number().int(),
    licence: z.string(),
  }),
  fit: z.object({
    method: z.string(),
    l2: z.number(),
    l2_grid: z.array(z.number()),
    folds: z.number().int(),
    seed: z.number().int(),
    min_count: z.number().int(),
    iterations: z.number().int(),
    class_balanced: z.boolean(),
  }),
  cross_validation: z.array(
    z.object({
      l2: z.number(),
      macro_f1: z.number(),
      accuracy: z.number(),
      f1: z.array(z.number()),
    }),
  ),
});
export type Model = z.infer<typeof modelSchema>;

/** A model as a run uses it: the model, and the file it came from with its hash (for the manifest). */
export interface LoadedModel {
  readonly model: Model;
  readonly file: string;
  readonly sha256: string;
}

export async function readModel(file: string): Promise<Model> {
  return (await loadModel(file)).model;
}

export async function loadModel(file: string): Promise<LoadedModel> {
  let raw: unknown;
  let hash = '';
  try {
    const bytes = await readFile(file);
    hash = createHash('sha256').update(bytes).digest('hex');
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new ConfigError(`cannot read model: ${(e as Error).message}`, {
      code: 'E_MODEL',
      file,
    });
  }
  const parsed = modelSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`not a framelens model: ${issue.message}`, {
      code: 'E_MODEL',
      file,
      field: issue.path.join('.'),
    });
  }
  const m = parsed.data;
  if (
    m.weights.length !== m.classes.length ||
    m.weights.some((w) => w.length !== m.features.length)
  )
    throw new ConfigError('weights do not match classes × features', {
      code: 'E_MODEL',
      file,
      field: 'weights',
    });
  return { model: m, file, sha256: hash };
}

/** One feature's part in a prediction: weight × value toward the predicted class. */
export interface Contribution {
  readonly feature: string;
  readonly value: number;
  /** weight(predicted class) × value, minus the mean over classes (what pushes it there). */
  readonly contribution: number;
  readonly words: readonly string[];
}

export interface Prediction {
  readonly label: string;
  readonly probabilities: readonly number[];
  /** Contributions sorted by absolute size, largest first. */
  readonly contributions: readonly Contribution[];
}

const indexCache = new WeakMap<Model, Map<string, number>>();

/** Feature name → column of the model's weights, built once per model. */
export function featureIndex(model: Model): ReadonlyMap<string, number> {
  let index = indexCache.get(model);
  if (!index) {
    index = new Map(model.features.map((f, j) => [f, j]));
    indexCache.set(model, index);
  }
  return index;
}

/** The model's class probabilities for a feature set, and the features it knows, by column. */
export function classProbabilities(
  model: Model,
  fs: FeatureSet,
): { probabilities: number[]; best: number; present: [number, number, string][] } {
  const index = featureIndex(model);
  const present: [number, number, string][] = [];
  for (const [name, v] of fs.values) {
    const j = index.get(name);
    if (j !== undefined && v !== 0) present.push([j, v, name]);
  }
  present.sort((a, b) => a[0] - b[0]);
  const scores = model.bias.map((b, c) =>
    present.reduce((s, [j, v]) => s + model.weights[c]![j]! * v, b),
  );
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return { probabilities: e.map((x) => x / sum), best: scores.indexOf(max), present };
}

/** Largest absolute contribution first, then feature name: one order for every explanation. */
export function byContribution(
  a: { feature: string; contribution: number },
  b: { feature: string; contribution: number },
): number {
  return (
    Math.abs(b.contribution) - Math.abs(a.contribution) ||
    (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0)
  );
}

export function predict(model: Model, fs: FeatureSet): Prediction {
  const { probabilities, best, present } = classProbabilities(model, fs);
  const k = model.classes.length;
  const contributions = present
    .map(([j, v, name]): Contribution => {
      const meanW = model.weights.reduce((s, w) => s + w[j]!, 0) / k;
      return {
        feature: name,
        value: v,
        contribution: (model.weights[best]![j]! - meanW) * v,
        words: fs.words.get(name) ?? [],
      };
    })
    .sort(byContribution);
  return { label: model.classes[best]!, probabilities, contributions };
}

/** Six decimals: how every model figure is written. */
export const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Summed contributions (feature → sum over `n` scored items) as an explanation: the `top`
 * largest by absolute size, each the mean over the items and rounded to 6 decimals, with the
 * words behind it, and the rest summed as `other`; with the intercept they add up to the mean
 * log-odds. One way for every model explanation the analyzer writes (actors, sentences).
 */
export function listContributions(
  sums: ReadonlyMap<string, number>,
  words: ReadonlyMap<string, readonly string[]>,
  n: number,
  top: number,
): {
  contributions: { feature: string; contribution: number; words: readonly string[] }[];
  other: number;
} {
  const all = [...sums]
    .map(([feature, sum]) => ({ feature, contribution: sum / n, words: words.get(feature) ?? [] }))
    .sort(byContribution);
  const contributions = all
    .slice(0, top)
    .map((c) => ({ ...c, contribution: round6(c.contribution) }));
  const other = all.slice(top).reduce((s, c) => s + c.contribution, 0);
  return { contributions, other: round6(other) };
}

/**
 * "near:attack +0.41 (attacked); cue:label -0.30 (regime)": the first `top` contributions,
 * readable, with `digits` decimals.
 */
export function formatContributions(
  contributions: readonly { feature: string; contribution: number; words: readonly string[] }[],
  top: number,
  digits: number,
): string {
  return contributions
    .slice(0, top)
    .map(
      (c) =>
        `${c.feature} ${c.contribution >= 0 ? '+' : ''}${c.contribution.toFixed(digits)}` +
        (c.words.length ? ` (${c.words.join(', ')})` : ''),
    )
    .join('; ');
}

/** A prediction's five largest contributions toward its class, two decimals. */
export function explain(p: Prediction, top = 5): string {
  return formatContributions(p.contributions, top, 2);
}
