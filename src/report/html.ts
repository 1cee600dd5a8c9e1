/**
 * `report.html`: one self-contained page (inline CSS, SVG and one inline script; no network)
 * that puts the articles side by side. Sections, in order:
 *
 *   overview (cards with rates on one scale + readings, or a sortable table for many articles)
 *   ─► map of articles (many articles only) ─► actors (stance heat map and evidence, names,
 *   who is quoted) ─► distinctive words ─► texts with highlights (few articles only) ─► methods
 *
 * A Content-Security-Policy allows only the page's own style and script, by hash, so nothing
 * that came from an article can run even if it slipped past escaping; the same policy forbids
 * every network request.
 */
import { createHash } from 'node:crypto';
import { articleColumns, outletColumns } from '../compare/columns.js';
import type { CorpusView } from '../compare/corpus.js';
import { readArticles } from '../compare/readings.js';
import type { ArticleResult } from '../types.js';
import { SCRIPT } from './assets/script.js';
import { STYLE } from './assets/style.js';
import { actorsSection } from './html-actors.js';
import { mapSection } from './html-map.js';
import { methodsSection, type RunRecord } from './html-methods.js';
import { overviewCards, sortableTable } from './html-overview.js';
import { esc } from './html-parts.js';
import { termsSection } from './html-terms.js';
import { articleAnchor, findingAnchor, textsSection } from './html-texts.js';
import { buildCorpus, MEASURES } from './measures.js';
import { NO_VALIDITY, type Validity } from './validity.js';

export const SIDE_BY_SIDE_MAX = 9;

export interface HtmlReportInput {
  /** Every article's full result (texts are shown when there are at most `sideBySideMax`). */
  readonly results: readonly ArticleResult[];
  /** The corpus view; built from `results` when not given. */
  readonly corpus?: CorpusView;
  readonly version: string;
  readonly lexicons: RunRecord['lexicons'];
  /** Options as recorded in the manifest. */
  readonly options?: Record<string, unknown>;
  readonly inputs?: RunRecord['inputs'];
  readonly validity?: Validity;
  /** Above this many articles: a map and a sortable table instead of texts side by side. */
  readonly sideBySideMax?: number;
}

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

function* section(id: string, title: string, body: string | Iterable<string>): Generator<string> {
  yield `<section aria-labelledby="${id}"><h2 id="${id}">${esc(title)}</h2>`;
  if (typeof body === 'string') yield body;
  else yield* body;
  yield '</section>';
}

export function renderHtmlReport(input: HtmlReportInput): string {
  return [...renderHtmlParts(input)].join('');
}

/**
 * The report in pieces, in order: what is per article (the table and the map of a large corpus)
 * comes a row at a time, read from the corpus view as it is written, so the page is never held
 * whole in memory.
 */
export function* renderHtmlParts(input: HtmlReportInput): Generator<string> {
  const view = input.corpus ?? buildCorpus(input.results).view();
  const max = input.sideBySideMax ?? SIDE_BY_SIDE_MAX;
  const few = view.articles.length <= max;
  const texts = few && input.results.length === view.articles.length ? input.results : [];
  const label = new Map(MEASURES.map((m) => [m.key, m.label]));
  const evidenceIds = new Set<string>();
  texts.forEach((r, ai) => {
    for (const s of r.actors) evidenceIds.add(`${ai}\u0000${s.actor}`);
  });
  const actorIndex = new Map([...view.actorNames.keys()].map((id, i) => [id, i]));
  const anchors = {
    evidence: (ai: number, actor: string) =>
      evidenceIds.has(`${ai}\u0000${actor}`) ? `ev-${ai}-${actorIndex.get(actor) ?? 'x'}` : null,
    finding: (ai: number, f: number) => (texts.length > 0 ? findingAnchor(ai, f) : null),
  };
  const cols = few || view.outlets.size === 0 ? articleColumns(view) : outletColumns(view);
  const n = view.articles.length;
  const nav = [
    ['overview', 'Overview'],
    ...(few ? [] : [['map', 'Map']]),
    ['actors', 'Actors'],
    ['words', 'Distinctive words'],
    ...(texts.length > 0 ? [['texts', 'Texts']] : []),
    ['methods', 'Methods'],
  ]
    .map(([id, t]) => `<a href="#${id}">${t}</a>`)
    .join(' · ');
  const csp = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  yield `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>framelens report: ${n} article${n === 1 ? '' : 's'}</title>
<style>${STYLE}</style></head>
<body>
`;
  yield `<header><h1>framelens report</h1><p class="meta">${n} article${n === 1 ? '' : 's'} compared${view.outlets.size > 0 ? ` from ${view.outlets.size} outlet${view.outlets.size === 1 ? '' : 's'}` : ''} · framelens ${esc(input.version)}</p><nav aria-label="Sections">${nav}</nav></header>`;
  yield '\n<main>\n';
  yield* section(
    'overview',
    'Overview',
    few
      ? overviewCards(view, readArticles([...view.articles], MEASURES), MEASURES, (i) =>
          texts.length > 0 ? articleAnchor(i) : null,
        )
      : sortableTable(view),
  );
  yield '\n';
  if (!few)
    yield* section(
      'map',
      'Map of articles by framing profile',
      mapSection(view, (k) => label.get(k) ?? k),
    );
  yield '\n';
  yield* section(
    'actors',
    few || view.outlets.size === 0 ? 'Actors' : 'Actors, by outlet',
    actorsSection(view, cols, texts, anchors),
  );
  yield '\n';
  yield* section('words', 'Distinctive words', termsSection(view, few));
  yield '\n';
  if (texts.length > 0)
    yield* section(
      'texts',
      'The texts, with every finding highlighted',
      textsSection(texts, view.actorNames),
    );
  yield '\n';
  yield methodsSection(view, MEASURES, input.validity ?? NO_VALIDITY, {
    version: input.version,
    options: input.options ?? {},
    inputs: input.inputs ?? [],
    lexicons: input.lexicons,
  });
  yield '\n</main>\n<div id="tip" role="tooltip" hidden></div>';
  yield `
<script>${SCRIPT}</script>
</body></html>
`;
}
