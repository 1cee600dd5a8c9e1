/**
 * `manifest.json`: what a run read and wrote, for reproducibility. Everything in it is a pure
 * function of inputs and options except `created_at`, which is kept in its own top-level field
 * so that a diff of two manifests of the same run shows only that line.
 */
import { createHash } from 'node:crypto';
import type { LoadedLexicon } from '../lexicon/load.js';

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

export function lexiconManifest(files: readonly LoadedLexicon[]): Manifest['lexicons'] {
  return files.map((f) => ({
    file: f.path,
    id: f.data.id,
    version: f.data.version,
    category: f.data.category,
    entries: f.data.entries.length,
    licence: f.data.licence,
    sha256: f.sha256,
  }));
}
