/**
 * The map stream: what `framelens map` writes and `framelens merge` reads. JSON Lines, one
 * event per line, in input order:
 *
 *   {"framelens":"map", "version", "writers", "aggregates", "lexicons", ...}   a part begins
 *   {"t":"a", "o": {id, sourcePath, line, words, rows, input, retained, contrib}}  an article
 *   {"t":"e", "error": {code, message, file, line, expected, found}}           a skipped input
 *   {"t":"s", "input": {id, source_path, sha256, bytes}}                       a corpus source ended
 *
 * `rows` are the per-article texts of the writers named in the header, `contrib` the article's
 * contribution to each aggregate named there, `retained` its full result (only for the first
 * articles of a part, which the HTML report may show side by side). Parts mapped apart (GNU
 * parallel, Hadoop Streaming, Spark) are concatenated in order, headers and all, and merged.
 */
import { ConfigError } from '../errors.js';
import type { ArticleOutcome } from '../pool/work.js';
import { AGGREGATES } from '../report/aggregates.js';
import type { Manifest } from '../report/manifest.js';
import type { Validity } from '../report/validity.js';
import type { RunEvent } from './pipeline.js';

export const MAP_FORMAT = 'framelens-map/1';

export interface MapHeader {
  readonly framelens: 'map';
  readonly format: typeof MAP_FORMAT;
  readonly version: string;
  /** Files whose per-article rows each article record carries, in `rows` order. */
  readonly writers: readonly string[];
  /** Aggregates whose contributions each article record carries, in `contrib` order. */
  readonly aggregates: readonly string[];
  readonly lexicons: Manifest['lexicons'];
  /** Display names of the gazetteer's actors, and validity figures: the report needs them. */
  readonly actors: readonly (readonly [string, string])[];
  readonly validity: Validity | null;
  /** How many articles of the part carry their full result (`--side-by-side-max`). */
  readonly side_by_side_max: number;
}

export type MapLine =
  | { readonly kind: 'header'; readonly header: MapHeader }
  | { readonly kind: 'event'; readonly event: RunEvent };

export function headerLine(header: Omit<MapHeader, 'framelens' | 'format' | 'aggregates'>): string {
  const full: MapHeader = {
    framelens: 'map',
    format: MAP_FORMAT,
    ...header,
    aggregates: AGGREGATES.map((a) => a.name),
  };
  return `${JSON.stringify(full)}\n`;
}

/** One run event as a line; `partial` events do not occur in a map (contributions travel instead). */
export function eventLine(event: RunEvent): string {
  switch (event.kind) {
    case 'article':
      return `${JSON.stringify({ t: 'a', o: event.outcome })}\n`;
    case 'error':
      return `${JSON.stringify({ t: 'e', error: event.error })}\n`;
    case 'source':
      return `${JSON.stringify({ t: 's', input: event.input })}\n`;
    case 'partial':
    case 'rows':
      throw new Error('a map stream carries per-article rows and contributions, not batches');
  }
}

function streamError(where: string, found: string): ConfigError {
  return new ConfigError('not a framelens map stream', {
    code: 'E_MAP_STREAM',
    file: where,
    expected: 'lines written by `framelens map`',
    found,
    hint: 'merge the output of `framelens map`, parts concatenated in order',
  });
}

/** Parses one line of a map stream; `where` is `file:line` for messages. */
export function parseMapLine(text: string, where: string): MapLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw streamError(where, JSON.stringify(text.slice(0, 40)));
  }
  const v = value as Record<string, unknown>;
  if (v.framelens === 'map') {
    if (v.format !== MAP_FORMAT) {
      throw streamError(
        where,
        `format ${JSON.stringify(v.format)}, this framelens reads ${MAP_FORMAT}`,
      );
    }
    return { kind: 'header', header: v as unknown as MapHeader };
  }
  switch (v.t) {
    case 'a':
      return { kind: 'event', event: { kind: 'article', outcome: v.o as ArticleOutcome } };
    case 'e':
      return { kind: 'event', event: { kind: 'error', error: v.error as never } };
    case 's':
      return { kind: 'event', event: { kind: 'source', input: v.input as never } };
    default:
      throw streamError(where, JSON.stringify(text.slice(0, 40)));
  }
}
