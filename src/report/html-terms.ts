/**
 * Distinctive words: for each article (and each outlet, when outlets repeat), the words its
 * writer uses more than the rest of the corpus, ranked by the z-score of the log-odds ratio with
 * an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008). Each group is a small table;
 * the bar in the last column draws z on a scale shared by every table.
 */
import type { CorpusView, GroupTerms } from '../compare/corpus.js';
import { esc, fmt2, table, truncate } from './html-parts.js';

const SHOWN = 12;
/** z at or above this is a clear difference (two-sided 5%), shown in bold. */
const CLEAR_Z = 1.96;

function groupTable(g: GroupTerms, maxZ: number): string {
  const caption = `${g.kind === 'outlet' ? 'Outlet' : 'Article'}: ${truncate(g.label, 70)} (${g.total} counted words; rest of the corpus ${g.rest_total})`;
  if (g.terms.length === 0)
    return `<div class="terms"><p class="caption">${esc(caption)}</p><p class="empty">No word is used at least twice here and more than elsewhere.</p></div>`;
  const rows = g.terms.slice(0, SHOWN).map((t) => {
    const w = Math.max(1, (t.z / maxZ) * 60);
    const clear = t.z >= CLEAR_Z;
    return [
      clear ? `<strong>${esc(t.term)}</strong>` : esc(t.term),
      String(t.count),
      String(t.rest_count),
      fmt2(t.delta),
      `${clear ? '<strong>' : ''}${fmt2(t.z)}${clear ? '</strong>' : ''} <svg class="zbar" aria-hidden="true" width="62" height="10"><rect x="0" y="1" width="${w.toFixed(1)}" height="8"/></svg>`,
    ];
  });
  return `<div class="terms">${table(caption, ['Word', 'Here', 'Elsewhere', 'Log-odds δ', 'z'], rows, { numeric: new Set([1, 2, 3, 4]), rowHeaders: true })}</div>`;
}

export function termsSection(view: CorpusView, perArticle: boolean): string {
  const groups = [...view.distinctive.outlets, ...(perArticle ? view.distinctive.articles : [])];
  if (groups.length === 0)
    return `<p class="empty">${view.articles.length < 2 ? 'One article: nothing to compare its words with.' : 'Per-article distinctive words are in terms.csv (too many articles to show here), and no outlet has two or more articles.'}</p>`;
  const maxZ = Math.max(1, ...groups.flatMap((g) => g.terms.map((t) => t.z)));
  const note = `<p class="meta">Words of the writer’s voice (quotations left out, stop words removed). “Here”: uses in this ${view.distinctive.outlets.length > 0 && !perArticle ? 'outlet' : 'article or outlet'}; “Elsewhere”: uses in all the others. Ranked by z; words used at least ${view.options.minCount} times. <strong>Bold</strong>: z ≥ ${CLEAR_Z}, a clear difference; below that, a leaning these few words cannot confirm. Up to ${SHOWN} words each here; terms.csv has up to ${view.options.termsPerGroup}.${perArticle ? '' : ' Per-article words are in terms.csv.'}</p>`;
  return `${note}<div class="term-grid">${groups.map((g) => groupTable(g, maxZ)).join('')}</div>`;
}
