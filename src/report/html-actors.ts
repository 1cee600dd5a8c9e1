/**
 * The actors section: stance as a heat map (actors × articles, or × outlets for large corpora),
 * each cell linked to the evidence behind it; the names each article or outlet uses for the same
 * actor; and who is quoted, introduced by which reporting verbs.
 */
import type { ArticleSummary, CorpusView } from '../compare/corpus.js';
import type { ArticleResult } from '../types.js';
import { attr, esc, signed2, table, truncate } from './html-parts.js';

/** A column of the actor tables: one article, or every article of an outlet. */
export interface Column {
  readonly label: string;
  readonly members: readonly ArticleSummary[];
}

export function articleColumns(view: CorpusView): Column[] {
  return view.articles.map((a) => ({ label: a.title, members: [a] }));
}

export function outletColumns(view: CorpusView): Column[] {
  const cols = [...view.outlets].map(([label, ids]) => ({
    label,
    members: view.articles.filter((a) => ids.includes(a.id)),
  }));
  const none = view.articles.filter((a) => a.outlet === null);
  if (none.length > 0) cols.push({ label: '(outlet unknown)', members: none });
  return cols;
}

/** Where links may point: the evidence of a cell, the highlight of a finding. */
export interface Anchors {
  /** Evidence block id for (article index, actor id), or null if not on the page. */
  readonly evidence: (article: number, actor: string) => string | null;
  /** Highlight id of a finding, or null when texts are not shown. */
  readonly finding: (article: number, finding: number) => string | null;
}

const bin = (v: number) => Math.round(Math.max(-1, Math.min(1, v)) * 5);
export const stanceClass = (v: number | null) => {
  if (v === null) return 's-none';
  const b = bin(v);
  return b < 0 ? `s-m${-b}` : `s-${b}`;
};

function headerCells(cols: readonly Column[]): string[] {
  return cols.map((c) => truncate(c.label, 36));
}

function heatMap(view: CorpusView, cols: readonly Column[], anchors: Anchors): string {
  const mentions = new Map<string, number>();
  for (const a of view.articles)
    for (const s of a.stance) mentions.set(s.actor, (mentions.get(s.actor) ?? 0) + s.mentions);
  if (mentions.size === 0)
    return '<p class="empty">No actor stance computed for these articles (the stance stage has not produced any).</p>';
  const actors = [...mentions]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, 20)
    .map(([id]) => id);
  const index = new Map(view.articles.map((a, i) => [a.id, i]));
  const rows = actors.map((actor) => {
    const name = view.actorNames.get(actor) ?? actor;
    const cells = cols.map((c) => {
      const cells = c.members.flatMap((a) => {
        const s = a.stance.find((x) => x.actor === actor);
        return s ? [{ a, s }] : [];
      });
      if (cells.length === 0)
        return '<td class="s-absent"><span class="sr">not mentioned</span></td>';
      const known = cells.filter((x) => x.s.stance !== null);
      const mean =
        known.length > 0 ? known.reduce((t, x) => t + x.s.stance!, 0) / known.length : null;
      const label = mean === null ? 'no evidence' : signed2(mean);
      const one = cells.length === 1 ? cells[0]! : null;
      const target = one ? anchors.evidence(index.get(one.a.id)!, actor) : null;
      const ci =
        one && one.s.ci_low !== null && one.s.ci_high !== null
          ? `<span class="ci">${signed2(one.s.ci_low)} to ${signed2(one.s.ci_high)}</span>`
          : c.members.length > 1
            ? `<span class="ci">${known.length} of ${c.members.length} articles</span>`
            : '';
      const body = target ? `<a href="#${attr(target)}">${label}</a>` : label;
      return `<td class="heat ${stanceClass(mean)}">${body}${ci}</td>`;
    });
    return `<tr><th scope="row">${esc(name)}</th>${cells.join('')}</tr>`;
  });
  const legend = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]
    .map((b) => `<span class="heat ${stanceClass(b / 5)}">${signed2(b / 5)}</span>`)
    .join('');
  const note = `From −1 (unfavourable, orange) to +1 (favourable, purple), in the writer’s voice; ${cols.some((c) => c.members.length > 1) ? 'the mean over each outlet’s articles' : 'follow a number to its evidence; below it, its confidence interval'}. Blank: not mentioned; grey: mentioned, but nothing evaluates it.`;
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
        const mark = anchors.finding(ai, e.finding);
        return [
          esc(e.component),
          signed2(e.value),
          sentenceAround(r, e.finding),
          mark ? `<a href="#${attr(mark)}">in the text</a>` : '',
        ];
      });
      const name = view.actorNames.get(s.actor) ?? s.name;
      const summary = `${esc(name)} in “${esc(truncate(view.articles[ai]?.title ?? r.article.id, 60))}”: stance ${signed2(s.stance)}${s.ci_low !== null && s.ci_high !== null ? ` (${signed2(s.ci_low)} to ${signed2(s.ci_high)})` : ''}, ${s.evidence.length} piece${s.evidence.length === 1 ? '' : 's'} of evidence, ${s.mentions} mention${s.mentions === 1 ? '' : 's'}`;
      const components = Object.entries(s.components)
        .map(([k, v]) => `${esc(k)} ${signed2(v)}`)
        .join(' · ');
      blocks.push(
        `<details id="${attr(id)}" class="evidence"><summary>${summary}</summary><p class="meta">Components: ${components}</p>${
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

function uses(map: ReadonlyMap<string, number> | undefined): [string, number][] {
  return [...(map ?? [])].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}

function mergedNames(
  members: readonly ArticleSummary[],
  kind: 'names' | 'labels',
  actor: string,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of members)
    for (const [n, c] of a.usage[kind].get(actor) ?? []) out.set(n, (out.get(n) ?? 0) + c);
  return out;
}

/** The names each column uses for the same actor; names no other column uses are bold. */
export function namingTable(view: CorpusView, cols: readonly Column[]): string {
  const perCol = (actor: string) =>
    cols.map((c) => ({
      names: mergedNames(c.members, 'names', actor),
      labels: mergedNames(c.members, 'labels', actor),
    }));
  const actors = new Set<string>();
  for (const a of view.articles) for (const id of a.usage.names.keys()) actors.add(id);
  const rows = [...actors].flatMap((actor) => {
    const per = perCol(actor);
    const present = per.filter((p) => p.names.size > 0).length;
    if (present < Math.min(2, cols.length)) return [];
    const seen = new Map<string, number>();
    for (const p of per) for (const n of p.names.keys()) seen.set(n, (seen.get(n) ?? 0) + 1);
    const differs = cols.length > 1 && [...seen.values()].some((v) => v < present);
    const totalMentions = per.reduce(
      (t, p) => t + [...p.names.values()].reduce((a, b) => a + b, 0),
      0,
    );
    return [{ actor, per, differs, totalMentions }];
  });
  if (rows.length === 0)
    return '<p class="empty">No actor is named in the writer’s voice of more than one article.</p>';
  rows.sort(
    (x, y) =>
      Number(y.differs) - Number(x.differs) ||
      y.totalMentions - x.totalMentions ||
      (x.actor < y.actor ? -1 : 1),
  );
  const body = rows.slice(0, 30).map((row) => {
    const seen = new Map<string, number>();
    for (const p of row.per) for (const n of p.names.keys()) seen.set(n, (seen.get(n) ?? 0) + 1);
    return [
      esc(view.actorNames.get(row.actor) ?? row.actor),
      ...row.per.map((p) => {
        const names = uses(p.names)
          .map(([n, c]) => {
            const t = `${esc(n)}${c > 1 ? ` ×${c}` : ''}`;
            return cols.length > 1 && seen.get(n) === 1 ? `<strong>${t}</strong>` : t;
          })
          .join(', ');
        const labels = uses(p.labels)
          .map(([n, c]) => `${esc(n)}${c > 1 ? ` ×${c}` : ''}`)
          .join(', ');
        return `${names || '–'}${labels ? `<br><span class="labels">labels: ${labels}</span>` : ''}`;
      }),
    ];
  });
  const note = `In the writer’s voice${cols.length > 1 ? '; <strong>bold</strong>: a name no other column uses' : ''}; labels: epithets attached to the actor.`;
  return `<p class="meta">${note}</p>${table(
    'Names used for each actor',
    ['Actor', ...headerCells(cols)],
    body,
    { rowHeaders: true, cls: 'naming' },
  )}`;
}

/** Who is quoted in each column, how often, and with which reporting verbs. */
export function quotedTable(view: CorpusView, cols: readonly Column[]): string {
  const keys = new Map<string, { label: string; total: number }>();
  for (const a of view.articles)
    for (const s of a.usage.speakers.values()) {
      const label = s.actor
        ? (view.actorNames.get(s.actor) ?? s.actor)
        : (s.written ?? '(speaker not stated)');
      const k = keys.get(s.key) ?? { label, total: 0 };
      k.total += s.quotations;
      keys.set(s.key, k);
    }
  if (keys.size === 0) return '<p class="empty">No speech quotation found.</p>';
  // Most quoted first; quotations whose speaker the text does not state go last.
  const order = [...keys].sort(
    (x, y) =>
      Number(x[0] === 'unattributed') - Number(y[0] === 'unattributed') ||
      y[1].total - x[1].total ||
      (x[1].label < y[1].label ? -1 : 1),
  );
  const rows = order.slice(0, 30).map(([key, k]) => [
    esc(k.label),
    ...cols.map((c) => {
      let n = 0;
      const verbs = new Map<string, { cls: string | null; count: number }>();
      for (const a of c.members) {
        const s = a.usage.speakers.get(key);
        if (!s) continue;
        n += s.quotations;
        for (const [v, x] of s.verbs) {
          const t = verbs.get(v) ?? { cls: x.cls, count: 0 };
          t.count += x.count;
          verbs.set(v, t);
        }
      }
      if (n === 0) return '';
      const list = [...verbs]
        .sort((x, y) => y[1].count - x[1].count || (x[0] < y[0] ? -1 : 1))
        .map(
          ([v, x]) =>
            `${esc(v)}${x.count > 1 ? ` ×${x.count}` : ''} <span class="rv">(${esc(x.cls ?? 'unclassed')})</span>`,
        )
        .join(', ');
      return `${n} quotation${n === 1 ? '' : 's'}${list ? `: ${list}` : ''}`;
    }),
  ]);
  return `<p class="meta">Speech quotations per speaker, and the reporting verbs that introduce them, each with its class (neutral, distancing, presupposing, evaluative, endorsing).</p>${table(
    'Who is quoted',
    ['Speaker', ...headerCells(cols)],
    rows,
    { rowHeaders: true, cls: 'quoted' },
  )}`;
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
