/**
 * `manifest.json`: what a run read and wrote, for reproducibility. Everything in it is a pure
 * function of inputs and options except `created_at`, which is kept in its own top-level field
 * so that a diff of two manifests of the same run shows only that line.
 */
import { createHash } from 'node:crypto';
import type { Lexicon } from '../lexicon/compile.js';

export interface ManifestInput {
  readonly id: string;
  readonly source_path: string;
  readonly sha256: string;
  readonly bytes: number;
}

export interface ManifestOutput {
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
}

export interface Manifest {
  readonly tool: 'framelens';
  readonly version: string;
  readonly created_at: string;
  readonly options: Record<string, unknown>;
  readonly inputs: readonly ManifestInput[];
  readonly skipped: readonly { source_path: string; code: string }[];
  readonly lexicons: readonly {
    file: string;
    id: string;
    version: string;
    category: string;
    entries: number;
    licence: string;
    sha256: string;
  }[];
  readonly outputs: readonly ManifestOutput[];
  /**
   * Added by the output folder: true once every output is written. A manifest with `false`
   * is the marker of a run still writing, or killed while writing; it lists every file that
   * may belong to framelens, without hashes (see io/output-folder.ts).
   */
  readonly complete?: boolean;
}

export const sha256 = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex');

/**
 * The lexicon files a run used, in load order, and last its trained models, stance, bias, hedge
 * (category `model:<task>`, version = the date it was trained, entries = its features), so that
 * the manifest says which weights made the numbers and `merge` refuses parts mapped with others.
 */
export function lexiconManifest(lexicon: Lexicon): Manifest['lexicons'] {
  const list: Manifest['lexicons'][number][] = lexicon.files.map((f) => ({
    file: f.path,
    id: f.data.id,
    version: f.data.version,
    category: f.data.category,
    entries: f.data.entries.length,
    licence: f.data.licence,
    sha256: f.sha256,
  }));
  const models = [lexicon.stanceModel, lexicon.sentenceModels?.bias, lexicon.sentenceModels?.hedge];
  for (const m of models) {
    if (!m) continue;
    list.push({
      file: m.file,
      id: `${m.model.task}-model`,
      version: m.model.trained,
      category: `model:${m.model.task}`,
      entries: m.model.features.length,
      licence: m.model.training.licence,
      sha256: m.sha256,
    });
  }
  return list;
}
