/**
 * Small building blocks shared by the report's sections: number formats, the colour palettes
 * (Okabe–Ito for categories and outlets, a purple–orange diverging scale for stance, both
 * readable with the common colour-vision deficiencies), tables and scrollable regions.
 */
import type { Category } from '../types.js';
import { attr, text as esc } from './escape.js';

export { attr, esc };

/** One decimal for display; the CSVs carry three. */
export const fmt1 = (v: number | null | undefined): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(1);
export const fmt2 = (v: number | null | undefined): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(2);
export const signed2 = (v: number | null | undefined): string =>
  v === null || v === undefined
    ? '–'
    : `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(2)}`;

export function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  loaded: 'Loaded language',
  hedge: 'Hedge / distancing',
  booster: 'Booster / certainty',
  reporting_verb: 'Reporting verb',
  label: 'Actor label',
  actor: 'Actor mention',
};

export const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];

/** Okabe & Ito (2008): eight colours distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
] as const;

/** Marker shapes paired with the colours, so outlets differ by shape as well as colour. */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;

/** Purple (favourable) to orange (unfavourable), ColorBrewer PuOr, colour-blind safe. */
const PU_OR: readonly (readonly [number, number, number])[] = [
  [179, 88, 6],
  [241, 163, 64],
  [247, 247, 247],
  [153, 142, 195],
  [84, 39, 136],
];

/** Background and text colour for a stance in [-1, 1]; grey where there is no stance. */
export function stanceColour(v: number | null): { bg: string; fg: string } {
  if (v === null) return { bg: '#eeeeee', fg: '#1a1a1a' };
  const x = (Math.max(-1, Math.min(1, v)) + 1) * 2; // 0..4
  const i = Math.min(3, Math.floor(x));
  const t = x - i;
  const a = PU_OR[i]!;
  const b = PU_OR[i + 1]!;
  const rgb = a.map((c, k) => Math.round(c + (b[k]! - c) * t));
  const lum = (0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!) / 255;
  const hex = `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return { bg: hex, fg: lum < 0.5 ? '#ffffff' : '#1a1a1a' };
}

/** A table whose numbers a chart shows; `numeric` columns are right-aligned. */
export function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  opts: TableOptions = {},
): string {
  return [...tableParts(caption, head, rows, opts)].join('');
}

export interface TableOptions {
  readonly numeric?: ReadonlySet<number>;
  readonly cls?: string;
  readonly rowHeaders?: boolean;
}

/** `table` in pieces, a row each, for tables with a row per article. */
export function* tableParts(
  caption: string,
  head: readonly string[],
  rows: Iterable<readonly string[]>,
  opts: TableOptions = {},
): Generator<string> {
  const cell = (c: string, j: number, tag: 'td' | 'th') =>
    `<${tag}${tag === 'th' ? ' scope="row"' : ''}${opts.numeric?.has(j) ? ' class="num"' : ''}>${c}</${tag}>`;
  yield `<div class="scroll" role="region" aria-label="${attr(caption)}" tabindex="0"><table${opts.cls ? ` class="${opts.cls}"` : ''}><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>`;
  for (const r of rows)
    yield `<tr>${r.map((c, j) => cell(c, j, j === 0 && opts.rowHeaders ? 'th' : 'td')).join('')}</tr>`;
  yield '</tbody></table></div>';
}

/** Collapsible block: closed on screen, opened for printing by the page script. */
export function details(summary: string, body: string, id?: string): string {
  return [...detailsParts(summary, [body], id)].join('');
}

/** `details` in pieces, around a body given in pieces. */
export function* detailsParts(
  summary: string,
  body: Iterable<string>,
  id?: string,
): Generator<string> {
  yield `<details${id ? ` id="${attr(id)}"` : ''}><summary>${summary}</summary>`;
  yield* body;
  yield '</details>';
}
