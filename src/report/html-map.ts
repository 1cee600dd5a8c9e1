/**
 * The map of articles by framing profile: the first two principal components of their rates,
 * one point per article, colour and shape by outlet, numbered to match the table beside it.
 * What the axes mean is stated by their strongest loadings, and all numbers are in tables.
 */
import type { ArticleSummary, CorpusView } from '../compare/corpus.js';
import {
  detailsParts,
  esc,
  fmt2,
  OKABE_ITO,
  SHAPES,
  signed2,
  table,
  tableParts,
  truncate,
} from './html-parts.js';

const W = 560;
const H = 400;
const PAD = 44;

function marker(shape: string, x: number, y: number, fill: string): string {
  const r = 6;
  switch (shape) {
    case 'square':
      return `<rect x="${(x - r).toFixed(1)}" y="${(y - r).toFixed(1)}" width="${2 * r}" height="${2 * r}" fill="${fill}"/>`;
    case 'triangle':
      return `<polygon points="${x.toFixed(1)},${(y - r - 1).toFixed(1)} ${(x + r + 1).toFixed(1)},${(y + r).toFixed(1)} ${(x - r - 1).toFixed(1)},${(y + r).toFixed(1)}" fill="${fill}"/>`;
    case 'diamond':
      return `<polygon points="${x.toFixed(1)},${(y - r - 1).toFixed(1)} ${(x + r + 1).toFixed(1)},${y.toFixed(1)} ${x.toFixed(1)},${(y + r + 1).toFixed(1)} ${(x - r - 1).toFixed(1)},${y.toFixed(1)}" fill="${fill}"/>`;
    case 'hollow':
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r - 1}" fill="#ffffff" stroke="#555555" stroke-width="2"/>`;
    default:
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r}" fill="${fill}"/>`;
  }
}

/** "hedges (+), boosters (−)": the two features that weigh most on a component. */
function axisMeaning(view: CorpusView, c: 0 | 1, label: (k: string) => string): string {
  const pca = view.map!.pca;
  return pca.features
    .map((f, j) => ({ f, l: pca.loadings[j]![c] }))
    .sort((a, b) => Math.abs(b.l) - Math.abs(a.l) || (a.f < b.f ? -1 : 1))
    .slice(0, 2)
    .map((x) => `${label(x.f)} (${x.l >= 0 ? '+' : '−'})`)
    .join(', ');
}

/** The map section in pieces: its points and coordinate rows, one per article, are written as read. */
export function* mapSection(view: CorpusView, label: (key: string) => string): Generator<string> {
  if (!view.map) {
    yield '<p class="empty">Not enough articles or varying measures for a map (it needs three articles and two measures that differ).</p>';
    return;
  }
  const { pca } = view.map;
  const outlets = [...view.outlets.keys()];
  const style = (outlet: string | null) => {
    const i = outlet === null ? -1 : outlets.indexOf(outlet);
    return i < 0
      ? { fill: '#ffffff', shape: 'hollow' }
      : {
          fill: OKABE_ITO[i % OKABE_ITO.length]!,
          shape: SHAPES[Math.floor(i / OKABE_ITO.length) % SHAPES.length]!,
        };
  };
  // Each article's point, from its values as it is read: once for the extent, once to draw it,
  // once for the table.
  const at = (a: ArticleSummary) => pca.project((f) => a.values.get(f));
  let [xlo, xhi, ylo, yhi] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const a of view.articles) {
    const [x, y] = at(a);
    [xlo, xhi, ylo, yhi] = [Math.min(xlo, x), Math.max(xhi, x), Math.min(ylo, y), Math.max(yhi, y)];
  }
  const span = (lo: number, hi: number) => (hi - lo > 1e-9 ? [lo, hi] : [lo - 1, hi + 1]);
  const [x0, x1] = span(xlo, xhi) as [number, number];
  const [y0, y1] = span(ylo, yhi) as [number, number];
  const px = (x: number) => PAD + ((x - x0) / (x1 - x0)) * (W - 2 * PAD);
  const py = (y: number) => H - PAD - ((y - y0) / (y1 - y0)) * (H - 2 * PAD);
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const point = (a: ArticleSummary, i: number) => {
    const [x, y] = at(a);
    const s = style(a.outlet);
    return `<g><title>${esc(`${i + 1}. ${a.title}${a.outlet ? ` (${a.outlet})` : ''}: PC1 ${fmt2(x)}, PC2 ${fmt2(y)}`)}</title>${marker(s.shape, px(x), py(y), s.fill)}<text x="${(px(x) + 9).toFixed(1)}" y="${(py(y) + 4).toFixed(1)}">${i + 1}</text></g>`;
  };
  const axes = `<line class="axis" x1="${PAD}" y1="${H - PAD}" x2="${W - PAD}" y2="${H - PAD}"/><line class="axis" x1="${PAD}" y1="${PAD}" x2="${PAD}" y2="${H - PAD}"/><text x="${W / 2}" y="${H - 10}" text-anchor="middle">PC1, ${pct(pca.explained[0])} of variance: ${esc(axisMeaning(view, 0, label))}</text><text transform="translate(14 ${H / 2}) rotate(-90)" text-anchor="middle">PC2, ${pct(pca.explained[1])}: ${esc(axisMeaning(view, 1, label))}</text>`;
  const legendItems = [
    ...outlets.map((o) => ({ o, s: style(o) })),
    ...(view.outletUnknown ? [{ o: 'outlet unknown', s: style(null) }] : []),
  ];
  const legendSvg = legendItems
    .map(
      ({ o, s }, i) =>
        `<g>${marker(s.shape, W + 14, 30 + i * 20, s.fill)}<text x="${W + 26}" y="${34 + i * 20}">${esc(truncate(o, 26))}</text></g>`,
    )
    .join('');
  const numbered = function* <T>(f: (a: ArticleSummary, i: number) => T): Generator<T> {
    let i = 0;
    for (const a of view.articles) yield f(a, i++);
  };
  yield `<p class="meta">Articles close together frame the story alike, by the rates above (each standardized across articles). ${view.articles.length} articles; the two components explain ${pct(pca.explained[0] + pca.explained[1])} of the variation.</p><div class="scroll" role="region" aria-label="Map of articles" tabindex="0">`;
  yield `<svg class="map" role="img" aria-labelledby="map-title" viewBox="0 0 ${W + 200} ${H}" width="${W + 200}" height="${H}"><title id="map-title">Articles by framing profile: first two principal components of their rates, coloured and shaped by outlet; coordinates in the table below</title>${axes}`;
  yield* numbered(point);
  yield `<text x="${W + 8}" y="14" font-weight="600">Outlet</text>${legendSvg}</svg></div>`;
  const coords = tableParts(
    'Map coordinates',
    ['#', 'Article', 'Outlet', 'PC1', 'PC2'],
    numbered((a, i) => {
      const [x, y] = at(a);
      return [String(i + 1), esc(a.title), esc(a.outlet ?? '–'), fmt2(x), fmt2(y)];
    }),
    { numeric: new Set([0, 3, 4]) },
  );
  const loadings = table(
    'Loadings: how much each standardized rate weighs on each component',
    ['Measure', 'PC1', 'PC2'],
    pca.features.map((f, j) => [
      esc(label(f)),
      signed2(pca.loadings[j]![0]),
      signed2(pca.loadings[j]![1]),
    ]),
    { numeric: new Set([1, 2]), rowHeaders: true },
  );
  yield* detailsParts(
    'Map coordinates and loadings',
    (function* () {
      yield* coords;
      yield loadings;
    })(),
    'map-numbers',
  );
}
