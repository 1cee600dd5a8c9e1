/**
 * The columns of the actor tables (one per article, or one per outlet for large corpora) and
 * two tables that need no stance: the names each article (or outlet) uses
 * for the same actor, with the labels attached to it, and who is quoted with which reporting
 * verbs. Both come from the corpus view's actor usage, so they work before the stance stage.
 */
import type { Column } from '../compare/columns.js';
import type { CorpusView } from '../compare/corpus.js';
import { esc, table, truncate } from './html-parts.js';

export function headerCells(cols: readonly Column[]): string[] {
  return cols.map((c) => truncate(c.label, 36));
}

function uses(map: ReadonlyMap<string, number> | undefined): [string, number][] {
  return [...(map ?? [])].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}

/** The names each column uses for the same actor; names no other column uses are bold. */
export function namingTable(view: CorpusView, cols: readonly Column[]): string {
  const perCol = (actor: string) =>
    cols.map((c) => ({
      names: c.names.get(actor) ?? new Map<string, number>(),
      labels: c.labels.get(actor) ?? new Map<string, number>(),
    }));
  const actors = new Set<string>();
  for (const c of cols) for (const id of c.names.keys()) actors.add(id);
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
  // Speakers in order of first quotation in the corpus, each labelled as first quoted.
  const first = new Map<string, { first: number; label: string; total: number }>();
  for (const c of cols)
    for (const [key, s] of c.speakers) {
      const label = s.actor
        ? (view.actorNames.get(s.actor) ?? s.actor)
        : (s.written ?? '(speaker not stated)');
      const k = first.get(key);
      if (!k) first.set(key, { first: s.first, label, total: s.quotations });
      else {
        k.total += s.quotations;
        if (s.first < k.first) Object.assign(k, { first: s.first, label });
      }
    }
  const keys = new Map([...first].sort((x, y) => x[1].first - y[1].first));
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
      const s = c.speakers.get(key);
      const n = s?.quotations ?? 0;
      const verbs = s?.verbs ?? new Map<string, { cls: string | null; count: number }>();
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
