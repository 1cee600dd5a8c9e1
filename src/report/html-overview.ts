/**
 * The overview. Up to `sideBySideMax` articles: one card per article (metadata, its rates as
 * a bar chart on the scale every card shares, and its plain-English reading), then every
 * measure's numbers in a table. Beyond that: one sortable table of articles.
 */
import type { ArticleSummary, CorpusView } from '../compare/corpus.js';
import type { Reading } from '../compare/readings.js';
import { MIN_WORDS } from '../compare/readings.js';
import { attr, details, esc, fmt1, table, truncate } from './html-parts.js';
import { type Measure, RATE_MEASURES, rateTrusted } from './measures.js';

/** A round number at or above `v`, for a scale's end: 1, 2, 2.5, 5 × 10^k. */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v - 1e-9) return m * p;
  return 10 * p;
}

const ROW = 17;
const LABEL_W = 178;
const BAR_W = 170;
const VALUE_W = 40;

function rateChart(a: ArticleSummary, max: number, idx: number): string {
  const id = `chart-${idx}`;
  const top = 16;
  const h = top + RATE_MEASURES.length * ROW + 4;
  const w = LABEL_W + BAR_W + VALUE_W;
  const x = (v: number) => LABEL_W + (v / max) * BAR_W;
  const ticks = [0, max / 2, max]
    .map(
      (t) =>
        `<line class="tick" x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${top - 3}" y2="${h - 2}"/><text class="tick-label" x="${x(t).toFixed(1)}" y="${top - 6}" text-anchor="middle">${fmt1(t)}</text>`,
    )
    .join('');
  const rows = RATE_MEASURES.map((m, i) => {
    const v = a.values.get(m.key) ?? null;
    const trusted = rateTrusted(m, a.values);
    const y = top + i * ROW;
    // An untrusted rate may lie beyond the scale: its bar stops at the end, pale, with a '*'.
    const bw = v === null ? 0 : Math.min(1, v / max) * BAR_W;
    const words = a.values.get(m.rate!.words) ?? 0;
    const label = `${m.label}: ${v === null ? 'no words in this voice' : `${fmt1(v)} ${m.unit}`}${trusted ? '' : ` (on only ${words} words: too few to compare)`}`;
    return `<g><title>${esc(label)}</title><text x="0" y="${y + 12}">${esc(truncate(m.label, 30))}</text><rect class="bar c-${m.rate!.category}${trusted ? '' : ' few'}" x="${LABEL_W}" y="${y + 3}" width="${bw.toFixed(1)}" height="${ROW - 6}"/><text class="value" x="${(LABEL_W + bw + 4).toFixed(1)}" y="${y + 12}">${fmt1(v)}${trusted || !v ? '' : '*'}</text></g>`;
  }).join('');
  return `<svg class="rates" role="img" aria-labelledby="${id}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}"><title id="${id}">${esc(`Rates per 1,000 words in “${a.title}”, on the scale every article shares (0 to ${fmt1(max)}); numbers in the table below`)}</title>${ticks}${rows}</svg>`;
}

function metaLine(a: ArticleSummary): string {
  const parts = [a.outlet, a.author, a.date].filter((p): p is string => !!p).map(esc);
  const words = `${a.values.get('words') ?? 0} words (${a.values.get('writer_words') ?? 0} writer’s, ${a.values.get('quoted_words') ?? 0} quoted)`;
  return `${parts.join(' · ') || 'outlet, author and date unknown'} · ${words}`;
}

function numbersTable(view: CorpusView, measures: readonly Measure[]): string {
  const articles = [...view.articles];
  const head = ['Measure', 'Unit', ...articles.map((a) => truncate(a.title, 40))];
  const rows = measures.map((m) => [
    `${esc(m.label)}<br><code>${esc(m.key)}</code>`,
    esc(m.unit),
    ...articles.map((a) => {
      const v = a.values.get(m.key) ?? null;
      return m.type === 'integer' ? esc(v ?? '–') : fmt1(v);
    }),
  ]);
  const numeric = new Set(articles.map((_, i) => i + 2));
  return details(
    'The numbers behind the charts (every measure, as in articles.csv)',
    table('Every measure of every article', head, rows, { numeric, rowHeaders: true }),
    'numbers',
  );
}

export function overviewCards(
  view: CorpusView,
  readings: readonly Reading[],
  measures: readonly Measure[],
  anchor: (i: number) => string | null,
): string {
  const articles = [...view.articles];
  // The scale is set by the rates on enough words; if none is (very short articles), by all.
  const rates = (trustedOnly: boolean) =>
    articles.flatMap((a) =>
      RATE_MEASURES.filter((m) => !trustedOnly || rateTrusted(m, a.values)).map(
        (m) => a.values.get(m.key) ?? 0,
      ),
    );
  const trustedMax = Math.max(0, ...rates(true));
  const max = niceMax(trustedMax || Math.max(0, ...rates(false)));
  const reading = new Map(readings.map((r) => [r.id, r.text]));
  const cards = articles.map((a, i) => {
    const link = anchor(i);
    const title = link ? `<a href="#${attr(link)}">${esc(a.title)}</a>` : esc(a.title);
    const few = RATE_MEASURES.filter(
      (m) => !rateTrusted(m, a.values) && (a.values.get(m.key) ?? 0) > 0,
    );
    const note =
      few.length > 0
        ? `<p class="meta footnote">* on fewer than ${MIN_WORDS} ${[...new Set(few.map((m) => (m.rate!.words === 'quoted_words' ? 'quoted' : 'writer’s')))].join(' or ')} words: shown, but too few to compare.</p>`
        : '';
    return `<article class="card"><h3>${title}</h3><p class="meta">${metaLine(a)}</p>${rateChart(a, max, i)}${note}<p class="reading">${esc(reading.get(a.id) ?? '')}</p></article>`;
  });
  return `<p class="meta">Rates per 1,000 words of the voice they count (the writer’s, or the quotations’), on one scale from 0 to ${fmt1(max)} in every card${trustedMax > 0 ? ` (set by the rates on ${MIN_WORDS} words or more)` : ''}. Bar colours follow the highlight legend.</p><div class="cards">${cards.join('')}</div>${numbersTable(view, measures)}`;
}

/** One row per article; every column sorts (click or Enter on its heading). In pieces: a row each. */
export function* sortableTable(view: CorpusView): Generator<string> {
  const cols = [
    { label: 'Article', num: false },
    { label: 'Outlet', num: false },
    { label: 'Date', num: false },
    { label: 'Words', num: true },
    ...RATE_MEASURES.map((m) => ({ label: `${m.label} /1k`, num: true })),
  ];
  const head = cols
    .map(
      (c, j) =>
        `<th scope="col" aria-sort="none"${c.num ? ' class="sort-num"' : ''}><button type="button" data-col="${j}" data-type="${c.num ? 'num' : 'text'}">${esc(c.label)}<span class="arrow" aria-hidden="true"></span></button></th>`,
    )
    .join('');
  yield `<p class="meta">Rates per 1,000 words of the voice they count. Sort by any column: click its heading, or focus it and press Enter.</p><div class="scroll" role="region" aria-label="Articles" tabindex="0"><table class="sortable" id="articles-table"><caption>${view.articles.length} articles</caption><thead><tr>${head}</tr></thead><tbody>`;
  for (const a of view.articles) {
    const cells = [
      `<th scope="row" data-v="${attr(a.title)}">${esc(a.title)}<br><code class="meta">${esc(a.id)}</code></th>`,
      `<td data-v="${attr(a.outlet ?? '')}">${esc(a.outlet ?? '–')}</td>`,
      `<td class="date" data-v="${attr(a.date ?? '')}">${esc(a.date ?? '–')}</td>`,
      `<td class="num" data-v="${a.values.get('words') ?? ''}">${esc(a.values.get('words') ?? '–')}</td>`,
      ...RATE_MEASURES.map((m) => {
        const v = a.values.get(m.key) ?? null;
        return `<td class="num" data-v="${v ?? ''}">${fmt1(v)}</td>`;
      }),
    ];
    yield `<tr>${cells.join('')}</tr>`;
  }
  yield '</tbody></table></div>';
}
