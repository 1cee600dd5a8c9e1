/**
 * The actors section: stance as a heat map (actors × articles, or × outlets for large corpora),
 * each cell linked to the evidence behind it; the names each article or outlet uses for the same
 * actor; and who is quoted, introduced by which reporting verbs.
 */

import type { Column } from '../compare/columns.js';
import type { CorpusView } from '../compare/corpus.js';
import type { ActorStance, ArticleResult } from '../types.js';
import { headerCells, namingTable, quotedTable } from './html-names.js';
import { attr, esc, signed2, table, truncate } from './html-parts.js';

/** Where links may point: the evidence of a cell, the highlight of a finding. */
export interface Anchors {
  /** Evidence block id for (article index, actor id), or null if not on the page. */
  readonly evidence: (article: number, actor: string) => string | null;
  /** Highlight id of a finding, or null when texts are not shown. */
  readonly finding: (article: number, finding: number) => string | null;
}

/** "−0.36 (−0.51 to −0.20)": a stance with its interval where it has one. */
const withInterval = (x: {
  stance: number | null;
  ci_low: number | null;
  ci_high: number | null;
}): string =>
  `${signed2(x.stance)}${x.ci_low !== null && x.ci_high !== null ? ` (${signed2(x.ci_low)} to ${signed2(x.ci_high)})` : ''}`;

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

const bin = (v: number) => Math.round(Math.max(-1, Math.min(1, v)) * 5);
export const stanceClass = (v: number | null) => {
  if (v === null) return 's-none';
  const b = bin(v);
  return b < 0 ? `s-m${-b}` : `s-${b}`;
};

function heatMap(view: CorpusView, cols: readonly Column[], anchors: Anchors): string {
  const mentions = new Map<string, number>();
  for (const c of cols)
    for (const [actor, x] of c.stance) mentions.set(actor, (mentions.get(actor) ?? 0) + x.mentions);
  if (mentions.size === 0)
    return '<p class="empty">No actor stance computed for these articles: none of them mentions a known or discovered actor.</p>';
  const actors = [...mentions]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, 20)
    .map(([id]) => id);
  const hasModel = cols.some((c) => c.model);
  const rows = actors.map((actor) => {
    const name = view.actorNames.get(actor) ?? actor;
    const cells = cols.map((c) => {
      const x = c.stance.get(actor);
      if (!x || x.cells === 0)
        return '<td class="s-absent"><span class="sr">not mentioned</span></td>';
      const mean = x.known > 0 ? x.sum / x.known : null;
      const label = mean === null ? 'no evidence' : signed2(mean);
      const one = x.one;
      const target = one ? anchors.evidence(one.index, actor) : null;
      const ci =
        one && one.cell.ci_low !== null && one.cell.ci_high !== null
          ? `<span class="ci">${signed2(one.cell.ci_low)} to ${signed2(one.cell.ci_high)}</span>`
          : c.articles > 1
            ? `<span class="ci">${x.known} of ${c.articles} articles</span>`
            : '';
      const m = one?.cell.model;
      // With a trained model: its stance on a line of its own, its top features in the tooltip
      // of the cell's link (hover and keyboard focus), all of them in the evidence block.
      const tip = m
        ? ` class="tipped" data-mstance="${attr(
            `${withInterval(m)}, ${plural(m.mentions, 'writer-voice mention')}`,
          )}" data-mtop="${attr(m.top || 'none')}"`
        : '';
      const body = target ? `<a href="#${attr(target)}"${tip}>${label}</a>` : label;
      const model = m ? `<span class="ci model">model ${signed2(m.stance)}</span>` : '';
      return `<td class="heat ${stanceClass(mean)}">${body}${ci}${model}</td>`;
    });
    return `<tr><th scope="row">${esc(name)}</th>${cells.join('')}</tr>`;
  });
  const legend = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]
    .map((b) => `<span class="heat ${stanceClass(b / 5)}">${signed2(b / 5)}</span>`)
    .join('');
  const note = `From −1 (unfavourable, orange) to +1 (favourable, purple), in the writer’s voice; ${cols.some((c) => c.articles > 1) ? 'the mean over each outlet’s articles' : 'follow a number to its evidence; below it, its confidence interval'}. Blank: not mentioned; grey: mentioned, but nothing evaluates it.${hasModel ? ' “model”: the trained stance model’s figure for the same actor (hover over or focus the number for its top features; the evidence block lists all).' : ''}`;
  return `<p class="meta">${note}</p><div class="scroll" role="region" aria-label="Stance heat map" tabindex="0"><table class="heatmap"><caption>Stance toward each actor</caption><thead><tr><th scope="col">Actor</th>${headerCells(
    cols,
  )
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join(
      '',
    )}</tr></thead><tbody>${rows.join('')}</tbody></table></div><p class="heat-legend" aria-hidden="true">${legend}</p>`;
}

function sentenceAround(r: ArticleResult, finding: number): string {
  const f = r.findings[finding];
  if (!f) return '';
  const s = r.layer.sentences[f.sentence];
  const text = r.article.text;
  const from = Math.max(s?.start ?? f.start, f.start - 80);
  const to = Math.min(s?.end ?? f.end, f.end + 80);
  return `${from > (s?.start ?? 0) ? '…' : ''}${esc(text.slice(from, f.start))}<strong>${esc(f.text)}</strong>${esc(text.slice(f.end, to))}${to < (s?.end ?? to) ? '…' : ''}`;
}

/** The trained model's stance and every feature behind it, largest first. */
function modelBlock(s: ActorStance, name: string): string {
  const m = s.model;
  if (!m) return '';
  const head = `<p class="meta">Trained model: stance ${withInterval(m)} over ${plural(m.mentions, 'writer-voice mention')} (labelled ${m.labels.negative} negative, ${m.labels.neutral} neutral, ${m.labels.positive} positive); mean log-odds of favourable against unfavourable ${m.log_odds === null ? '–' : signed2(m.log_odds)} = intercept ${signed2(m.intercept)} + the feature contributions below${m.other !== 0 ? ` + ${signed2(m.other)} from smaller ones` : ''}.</p>`;
  if (m.contributions.length === 0) return head;
  const rows = m.contributions.map((c) => [
    esc(c.feature),
    signed2(c.contribution),
    esc(c.words.join(', ')),
  ]);
  return (
    head +
    table(`Trained model's features for ${name}`, ['Feature', 'Contribution', 'Words'], rows, {
      numeric: new Set([1]),
    })
  );
}

/** One collapsible evidence list per (article, actor) cell with evidence. */
export function evidenceBlocks(
  view: CorpusView,
  results: readonly ArticleResult[],
  anchors: Anchors,
): string {
  const blocks: string[] = [];
  results.forEach((r, ai) => {
    for (const s of r.actors) {
      const id = anchors.evidence(ai, s.actor);
      if (!id) continue;
      const rows = s.evidence.map((e) => {
        // The cue's own highlight where it is a finding, else the mention it is about.
        const target = e.finding ?? e.mention;
        const mark = anchors.finding(ai, target);
        return [
          esc(e.component),
          signed2(e.value),
          sentenceAround(r, target),
          mark ? `<a href="#${attr(mark)}">in the text</a>` : '',
        ];
      });
      const name = view.actorNames.get(s.actor) ?? s.name;
      const summary = `${esc(name)} in “${esc(truncate(r.article.meta.title ?? r.article.id, 60))}”: stance ${withInterval(s)}, ${s.evidence.length} piece${s.evidence.length === 1 ? '' : 's'} of evidence, ${plural(s.mentions, 'mention')}`;
      const components = Object.entries(s.components)
        .map(([k, v]) => `${esc(k)} ${signed2(v)}`)
        .join(' · ');
      blocks.push(
        `<details id="${attr(id)}" class="evidence"><summary>${summary}</summary><p class="meta">Components: ${components}</p>${modelBlock(s, name)}${
          rows.length > 0
            ? table(`Evidence for ${name}`, ['Component', 'Contribution', 'Words', ''], rows, {
                numeric: new Set([1]),
              })
            : '<p class="empty">No evidence: the actor is mentioned but nothing evaluates it.</p>'
        }</details>`,
      );
    }
  });
  return blocks.length > 0 ? `<h3>Evidence behind each cell</h3>${blocks.join('')}` : '';
}

export function actorsSection(
  view: CorpusView,
  cols: readonly Column[],
  results: readonly ArticleResult[],
  anchors: Anchors,
): string {
  return [
    '<h3>Stance toward actors</h3>',
    heatMap(view, cols, anchors),
    evidenceBlocks(view, results, anchors),
    '<h3>What each calls the same actor</h3>',
    namingTable(view, cols),
    '<h3>Who gets quoted, and how</h3>',
    quotedTable(view, cols),
  ].join('');
}
