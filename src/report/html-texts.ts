/**
 * Each article's text with every finding highlighted, side by side: the legend, the filters
 * (by category, by voice, by actor) and one section per article. A highlight's tooltip (hover or
 * keyboard focus) shows its entry, class, weight, lexicon and source; the page script builds it
 * from the mark's data attributes.
 */
import { MARKED, SENTENCE_TASKS } from '../score/sentence-models.js';
import type { ArticleResult } from '../types.js';
import { renderHighlightedText } from './highlight.js';
import { attr, CATEGORIES, CATEGORY_LABELS, esc, truncate } from './html-parts.js';
import { markedSentences, topFeatures } from './sentence-columns.js';

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;

/**
 * A focusable badge at the start of each sentence a trained bias or hedge model marks
 * ("biased 0.82"); its tooltip (hover, keyboard focus) gives the model's reading and top
 * features with the words behind them, from data attributes (never markup).
 */
function sentenceBadges(r: ArticleResult): { pos: number; html: string }[] {
  const out: { pos: number; html: string }[] = [];
  for (const s of r.sentences ?? []) {
    const badges = SENTENCE_TASKS.flatMap((task) => {
      const score = s[task];
      const { marked } = MARKED[task];
      if (!score || score.label !== marked) return [];
      const reading = `${task} model: ${marked}, P = ${score.probability.toFixed(2)}; log-odds ${signed(score.log_odds)} = intercept ${signed(score.intercept)} + features; sentence ${s.sentence + 1}, ${s.voice === 'writer' ? 'the writer’s voice' : s.voice === 'quoted' ? 'inside a quotation' : 'partly quoted'}`;
      return [
        `<span class="sm sm-${task} tipped" tabindex="0" data-mstance="${attr(reading)}" data-mtop="${attr(topFeatures(score) || 'none (the intercept alone)')}">${esc(marked)} ${score.probability.toFixed(2)}</span>`,
      ];
    });
    if (badges.length > 0) out.push({ pos: s.start, html: badges.join('') });
  }
  return out;
}

/** "bias model: 3 of 16 sentences biased" for the article's line of facts. */
function sentenceSummary(r: ArticleResult): string {
  return SENTENCE_TASKS.flatMap((task) => {
    const m = markedSentences(r, task);
    return m
      ? [`${task} model: ${m.marked} of ${m.scored} writer sentences ${MARKED[task].marked}`]
      : [];
  })
    .map((t) => ` · ${esc(t)}`)
    .join('');
}

/** The actors each finding concerns: its own actor, the speaker of the quotation it lies in or
 * introduces, and every actor whose stance it is evidence for. */
export function relatedActors(r: ArticleResult): string[][] {
  const out = r.findings.map((f) => new Set(f.actor ? [f.actor] : []));
  const speech = r.layer.quotations.filter((q) => q.kind === 'speech' && q.speakerActor);
  r.findings.forEach((f, i) => {
    for (const q of speech) {
      const inside = f.start >= q.inner.start && f.end <= q.inner.end;
      const introduces = q.verbSpan !== null && f.start === q.verbSpan.start;
      if (inside || introduces) out[i]!.add(q.speakerActor!);
    }
  });
  for (const s of r.actors) {
    for (const e of s.evidence) {
      if (e.finding !== null) out[e.finding]?.add(s.actor);
      out[e.mention]?.add(s.actor);
    }
  }
  return out.map((s) => [...s].sort());
}

export const findingAnchor = (article: number, finding: number) => `f-${article}-${finding + 1}`;
export const articleAnchor = (article: number) => `art-${article}`;

function legend(results: readonly ArticleResult[]): string {
  const tasks = SENTENCE_TASKS.filter((t) => results.some((r) => r.sentences?.some((s) => s[t])));
  const models = tasks
    .map(
      (t) =>
        `<span><span class="sm sm-${t}">${esc(MARKED[t].marked)} 0.80</span> a sentence the trained ${esc(t)} model calls ${esc(MARKED[t].marked)}, with its probability (hover or focus for its top features)</span>`,
    )
    .join('');
  return `<div class="legend"><span class="legend-title">Legend:</span> ${CATEGORIES.map(
    (c) =>
      `<span><span class="sw c-${c}" aria-hidden="true"></span>${esc(CATEGORY_LABELS[c])}</span>`,
  ).join(
    '',
  )}<span><mark class="demo v-writer c-hedge">shaded</mark> the writer’s voice</span><span><mark class="demo v-quoted c-hedge">dotted underline</mark> inside a quotation (the speaker’s words)</span>${models}</div>`;
}

function controls(actors: ReadonlyMap<string, string>): string {
  const cats = CATEGORIES.map(
    (c) =>
      `<label><input type="checkbox" data-filter="${c}" checked> ${esc(CATEGORY_LABELS[c])}</label>`,
  ).join('');
  const voices = [
    ['writer', 'Writer’s voice'],
    ['quoted', 'Quotations'],
  ]
    .map(([v, l]) => `<label><input type="checkbox" data-filter="${v}" checked> ${esc(l)}</label>`)
    .join('');
  const options = [...actors]
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([id, name]) => `<option value="${attr(id)}">${esc(name)}</option>`)
    .join('');
  return `<div class="controls"><fieldset><legend>Categories</legend>${cats}</fieldset><fieldset><legend>Voice</legend>${voices}</fieldset><fieldset><legend>Actor</legend><label for="actor-filter">Only findings about</label> <select id="actor-filter"><option value="">any actor</option>${options}</select></fieldset><p id="filter-status" class="meta" aria-live="polite"></p></div>`;
}

function articleSection(r: ArticleResult, ai: number, related: string[][]): string {
  const m = r.article.meta;
  const ids = r.findings.map((_, i) => `${r.article.id}#${i + 1}`);
  const anchors = r.findings.map((_, i) => findingAnchor(ai, i));
  const meta = [m.outlet, m.author, m.date]
    .filter(Boolean)
    .map((v) => esc(v))
    .join(' · ');
  const speech = r.layer.quotations.filter((q) => q.kind === 'speech');
  const quotes = speech
    .map(
      (q) =>
        `<li>${esc(q.speaker ?? '(speaker not stated)')}${q.verb ? ` <span class="meta">(${esc(q.verb)})</span>` : ''}: “${esc(truncate(r.article.text.slice(q.inner.start, q.inner.end), 90))}”</li>`,
    )
    .join('');
  const text = renderHighlightedText(r.article.text, r.findings, ids, r.article.excluded, {
    anchors,
    related,
    inserts: sentenceBadges(r),
  });
  return `<article class="text-col" id="${articleAnchor(ai)}" aria-labelledby="${articleAnchor(ai)}-h"><h3 id="${articleAnchor(ai)}-h">${esc(m.title ?? r.article.id)}</h3><p class="meta">${meta || 'outlet, author and date unknown'} · <code>${esc(m.source_path)}</code> · ${r.findings.length} findings${sentenceSummary(r)}</p><details><summary>Quotations (${speech.length})</summary><ul>${quotes}</ul></details><div class="text">${text}</div></article>`;
}

export function textsSection(
  results: readonly ArticleResult[],
  actorNames: ReadonlyMap<string, string>,
): string {
  const related = results.map(relatedActors);
  const used = new Map<string, string>();
  for (const per of related)
    for (const ids of per) for (const id of ids) used.set(id, actorNames.get(id) ?? id);
  return `${legend(results)}${controls(used)}<div class="articles">${results.map((r, i) => articleSection(r, i, related[i]!)).join('')}</div>`;
}
