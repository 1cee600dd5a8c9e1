/**
 * `report.html`: one self-contained page (inline CSS, SVG and one inline script; no network).
 * A Content-Security-Policy allows only the page's own style and script, by hash, so nothing
 * that came from an article can run even if it slipped past escaping.
 */
import { createHash } from 'node:crypto';
import type { ArticleResult, Category } from '../types.js';
import { type CorpusTotals, corpusTotals, type Totals } from './aggregates.js';
import { SCRIPT } from './assets/script.js';
import { STYLE } from './assets/style.js';
import { text as esc } from './escape.js';
import { renderHighlightedText } from './highlight.js';

export interface HtmlReportInput {
  /** Full results of the articles shown side by side: all of them, or the first few of a corpus. */
  readonly results: readonly ArticleResult[];
  /**
   * The whole corpus, from mergeable aggregates: when it has more articles than `results`, the
   * report adds a per-outlet summary of all of them.
   */
  readonly corpus?: {
    readonly articles: number;
    readonly aggregates: ReadonlyMap<string, unknown>;
  };
  readonly version: string;
  readonly lexicons: readonly {
    file: string;
    id: string;
    version: string;
    entries: number;
    licence: string;
  }[];
}

const CATEGORY_LABELS: Record<Category, string> = {
  loaded: 'Loaded language',
  hedge: 'Hedge / distancing',
  booster: 'Booster / certainty',
  reporting_verb: 'Reporting verb',
  label: 'Actor label',
  actor: 'Actor mention',
};

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const fmt = (v: number | null) => (v === null ? '–' : v.toFixed(1));

interface Measure {
  key: string;
  label: string;
  get: (r: ArticleResult) => number | null;
}

const MEASURES: Measure[] = [
  {
    key: 'loaded_writer',
    label: 'Loaded language, writer',
    get: (r) => r.scores.loaded_writer_per_1k,
  },
  {
    key: 'loaded_quoted',
    label: 'Loaded language, in quotes',
    get: (r) => r.scores.loaded_quoted_per_1k,
  },
  { key: 'hedge', label: 'Hedges', get: (r) => r.scores.hedge_per_1k },
  { key: 'booster', label: 'Boosters', get: (r) => r.scores.booster_per_1k },
];

function titleOf(r: ArticleResult): string {
  return r.article.meta.title ?? r.article.id;
}

/** Horizontal bars, one group per measure, every article on the same scale. */
function overviewChart(results: readonly ArticleResult[]): string {
  const max = Math.max(1, ...results.flatMap((r) => MEASURES.map((m) => m.get(r) ?? 0)));
  const rowH = 16;
  const labelW = 190;
  const barW = 360;
  let y = 0;
  const parts: string[] = [];
  for (const m of MEASURES) {
    parts.push(`<text x="0" y="${y + 12}" font-weight="600">${esc(m.label)}</text>`);
    y += rowH + 2;
    results.forEach((r, i) => {
      const v = m.get(r);
      const w = v === null ? 0 : (v / max) * barW;
      parts.push(
        `<text x="8" y="${y + 12}">${esc(truncate(titleOf(r), 28))}</text>`,
        `<rect x="${labelW}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowH - 4}" fill="${PALETTE[i % PALETTE.length]}"><title>${esc(`${titleOf(r)}: ${fmt(v)} per 1,000 words`)}</title></rect>`,
        `<text x="${labelW + w + 4}" y="${y + 12}">${fmt(v)}</text>`,
      );
      y += rowH;
    });
    y += 8;
  }
  return `<svg role="img" aria-labelledby="chart-title" width="${labelW + barW + 60}" height="${y}" viewBox="0 0 ${labelW + barW + 60} ${y}"><title id="chart-title">Rates per 1,000 words, by article (numbers in the table below)</title>${parts.join('')}</svg>`;
}

const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
];

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function overviewTable(results: readonly ArticleResult[]): string {
  const head = [
    'Article',
    'Outlet',
    'Date',
    'Words (writer / quoted)',
    ...MEASURES.map((m) => `${m.label} /1k`),
    'Reporting verbs (neutral · distancing · presupposing · evaluative · endorsing)',
  ];
  const rows = results.map((r) => {
    const s = r.scores;
    const rep = ['neutral', 'distancing', 'presupposing', 'evaluative', 'endorsing']
      .map((c) => s.reporting[c] ?? 0)
      .join(' · ');
    return `<tr><td><a href="#a-${esc(r.article.id)}">${esc(titleOf(r))}</a></td><td>${esc(r.article.meta.outlet ?? '–')}</td><td>${esc(r.article.meta.date ?? '–')}</td><td class="num">${s.words} (${s.writer_words} / ${s.quoted_words})</td>${MEASURES.map((m) => `<td class="num">${fmt(m.get(r))}</td>`).join('')}<td class="num">${rep}</td></tr>`;
  });
  return `<table><caption class="meta">Counts per 1,000 words of the voice they count</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function legend(): string {
  return `<div class="legend" aria-label="Legend">${(Object.keys(CATEGORY_LABELS) as Category[])
    .map((c) => `<span><span class="sw c-${c}"></span>${esc(CATEGORY_LABELS[c])}</span>`)
    .join('')}<span>Shaded: writer's voice · dotted underline: inside a quotation</span></div>`;
}

function controls(): string {
  return `<fieldset class="controls"><legend>Show highlights</legend>${(
    Object.keys(CATEGORY_LABELS) as Category[]
  )
    .map(
      (c) =>
        `<label><input type="checkbox" data-filter="${c}" checked> ${esc(CATEGORY_LABELS[c])}</label>`,
    )
    .join('')}</fieldset>`;
}

function articleSection(r: ArticleResult): string {
  const m = r.article.meta;
  const ids = r.findings.map((_, i) => `${r.article.id}#${i + 1}`);
  const meta = [m.outlet, m.author, m.date]
    .filter(Boolean)
    .map((v) => esc(v))
    .join(' · ');
  const quotes = r.layer.quotations
    .filter((q) => q.kind === 'speech')
    .map(
      (q) =>
        `<li>${esc(q.speakerActor ? (q.speaker ?? '') : (q.speaker ?? 'unattributed'))}${q.verb ? ` <span class="meta">(${esc(q.verb)})</span>` : ''}: “${esc(truncate(r.article.text.slice(q.inner.start, q.inner.end), 90))}”</li>`,
    )
    .join('');
  return `<article id="a-${esc(r.article.id)}"><h2>${esc(titleOf(r))}</h2><p class="meta">${meta || 'outlet, author and date unknown'} · <code>${esc(m.source_path)}</code> · ${r.findings.length} findings</p><details><summary>Quotations (${r.layer.quotations.filter((q) => q.kind === 'speech').length})</summary><ul>${quotes}</ul></details><div class="text">${renderHighlightedText(r.article.text, r.findings, ids, r.article.excluded)}</div></article>`;
}

function methods(input: HtmlReportInput): string {
  const lex = input.lexicons
    .map(
      (l) =>
        `<tr><td>${esc(l.file)}</td><td>${esc(l.id)}</td><td>${esc(l.version)}</td><td class="num">${l.entries}</td><td>${esc(l.licence)}</td></tr>`,
    )
    .join('');
  return `<section class="methods"><h2 id="methods">Methods</h2>
<p><strong>Loaded language</strong>: words and phrases whose connotation outruns the facts they report, from the loaded-language lexicon; counted per 1,000 words of the writer's voice, and separately inside quotations (the speakers' words). <strong>Hedges</strong>: the writer's distance from a claim ("alleged", "purported", "so-called", vague sources, scare quotes). <strong>Boosters</strong>: the writer's certainty ("no doubt", "make clear"). <strong>Reporting verbs</strong>: how speech is introduced, by class. Words inside speech quotations belong to the quoted speaker and are never counted as the writer's.</p>
<p>Every number is computed from the highlighted findings: hover over or focus a highlight to see the lexicon entry, its class, weight, lexicon file and source.</p>
<table><caption class="meta">Lexicons used</caption><thead><tr><th>File</th><th>Id</th><th>Version</th><th>Entries</th><th>Licence</th></tr></thead><tbody>${lex}</tbody></table>
<p class="meta">framelens ${esc(input.version)}. See manifest.json for input hashes and options.</p></section>`;
}

const per1k = (n: number, words: number) => (words > 0 ? ((n / words) * 1000).toFixed(1) : '–');

/** All articles of a large corpus, by outlet, from the corpus-totals aggregate. */
function corpusSection(total: number, shown: number, state: CorpusTotals): string {
  const row = (name: string, t: Totals) =>
    `<tr><td>${esc(name)}</td><td class="num">${t.articles}</td><td class="num">${t.words} (${t.writer_words} / ${t.quoted_words})</td><td class="num">${per1k(t.loaded_writer, t.writer_words)}</td><td class="num">${per1k(t.loaded_quoted, t.quoted_words)}</td><td class="num">${per1k(t.hedges, t.writer_words)}</td><td class="num">${per1k(t.boosters, t.writer_words)}</td></tr>`;
  const rows = [...state.outlets].map(([outlet, t]) => row(outlet || '(outlet unknown)', t));
  return `<section><h2>Corpus</h2><p class="meta">${total} articles; the first ${shown} are shown in full below. Rates are per 1,000 words of the voice they count, over all articles of the outlet.</p><table><thead><tr>${['Outlet', 'Articles', 'Words (writer / quoted)', 'Loaded language, writer /1k', 'Loaded language, in quotes /1k', 'Hedges /1k', 'Boosters /1k'].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}${row('All outlets', state.all)}</tbody></table></section>`;
}

export function renderHtmlReport(input: HtmlReportInput): string {
  const csp = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const corpus = input.corpus;
  const totals = corpus?.aggregates.get(corpusTotals.name) as CorpusTotals | undefined;
  const large =
    corpus !== undefined && totals !== undefined && corpus.articles > input.results.length;
  const body = [
    `<header><h1>framelens report</h1><p class="meta">${input.results.length} article${input.results.length === 1 ? '' : 's'} compared · <a href="#methods">methods</a></p></header>`,
    ...(large ? [corpusSection(corpus.articles, input.results.length, totals)] : []),
    `<section><h2>Overview</h2>${overviewChart(input.results)}${overviewTable(input.results)}</section>`,
    `<section><h2>Articles</h2>${legend()}${controls()}<div class="articles">${input.results.map(articleSection).join('')}</div></section>`,
    methods(input),
    '<div id="tip" role="tooltip" hidden></div>',
  ].join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>framelens report</title>
<style>${STYLE}</style></head>
<body>
${body}
<script>${SCRIPT}</script>
</body></html>
`;
}
