/**
 * Renders an article's text with every finding as a `<mark>`, nested where findings nest. Two
 * findings that cross ("a [b c] d" with "[a b] c") cannot nest in HTML: the inner one is split
 * into pieces that share its `data-f` id, so each finding is still exactly one highlight id.
 */
import type { Finding, Span } from '../types.js';
import { attr, text as escapeText } from './escape.js';

export interface MarkExtras {
  /** Element id for the first piece of each finding (links point at it), by finding index. */
  readonly anchors?: readonly string[];
  /** Actor ids each finding concerns (for the actor filter), by finding index. */
  readonly related?: readonly (readonly string[])[];
  /**
   * Markup to insert at an offset (a trained model's badge at a sentence's start), before any
   * highlight that opens there. Built by the caller from escaped parts, never from raw text.
   */
  readonly inserts?: readonly { readonly pos: number; readonly html: string }[];
}

export function markAttributes(
  f: Finding,
  id: string,
  anchor?: string,
  related?: readonly string[],
): string {
  const cls = `f c-${f.category} v-${f.voice}${f.negated ? ' neg' : ''}`;
  const data = [
    ['f', id],
    ['text', f.text],
    ['cat', f.category],
    ['class', f.class ?? ''],
    ['entry', f.entry_id],
    ['weight', f.weight],
    ['polarity', f.polarity ?? ''],
    ['voice', f.voice],
    ['speaker', f.speaker ?? ''],
    ['actor', f.actor ?? ''],
    ['lexicon', f.lexicon],
    ['source', f.source],
    ['negated', f.negated ? 'yes' : ''],
    ['actors', (related ?? []).join(' ')],
  ]
    .map(([k, v]) => `data-${k}="${attr(v as string)}"`)
    .join(' ');
  return `${anchor ? `id="${attr(anchor)}" ` : ''}class="${cls}" tabindex="0" ${data}`;
}

interface Piece extends Span {
  readonly f: Finding;
  readonly id: string;
  /** Index of the finding; the first piece of a finding carries its anchor. */
  readonly n: number;
  readonly first: boolean;
}

/** Splits findings into properly nested pieces: a piece never crosses an enclosing one. */
function nestable(findings: readonly Finding[], ids: readonly string[]): Piece[] {
  const pieces: Piece[] = findings.map((f, i) => ({
    start: f.start,
    end: f.end,
    f,
    id: ids[i]!,
    n: i,
    first: true,
  }));
  pieces.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Piece[] = [];
  const stack: Piece[] = [];
  for (const p of pieces) {
    let cur: Piece | null = p;
    while (cur) {
      while (stack.length > 0 && stack[stack.length - 1]!.end <= cur.start) stack.pop();
      const top = stack[stack.length - 1];
      if (top && cur.end > top.end) {
        const head: Piece = { ...cur, end: top.end };
        out.push(head);
        stack.push(head);
        cur = { ...cur, start: top.end, first: false };
        continue;
      }
      if (cur.end > cur.start) {
        out.push(cur);
        stack.push(cur);
      }
      cur = null;
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function renderHighlightedText(
  source: string,
  findings: readonly Finding[],
  ids: readonly string[],
  excluded: readonly Span[] = [],
  extras: MarkExtras = {},
): string {
  const pieces = nestable(findings, ids);
  const events: { pos: number; open: boolean; html: string; order: number }[] = [];
  pieces.forEach((p, i) => {
    events.push({
      pos: p.start,
      open: true,
      html: `<mark ${markAttributes(p.f, p.id, p.first ? extras.anchors?.[p.n] : undefined, extras.related?.[p.n])}>`,
      order: i,
    });
    events.push({ pos: p.end, open: false, html: '</mark>', order: i });
  });
  for (const e of excluded) {
    events.push({
      pos: e.start,
      open: true,
      html: '<span class="excluded" title="not scored">',
      order: -1,
    });
    events.push({ pos: e.end, open: false, html: '</span>', order: -1 });
  }
  for (const ins of extras.inserts ?? [])
    events.push({ pos: ins.pos, open: true, html: ins.html, order: -2 });
  // Closings before openings at the same offset; inner closings (later pieces) first.
  events.sort(
    (a, b) =>
      a.pos - b.pos ||
      Number(a.open) - Number(b.open) ||
      (a.open ? a.order - b.order : b.order - a.order),
  );
  let html = '';
  let at = 0;
  for (const e of events) {
    html += escapeText(source.slice(at, e.pos)) + e.html;
    at = e.pos;
  }
  return html + escapeText(source.slice(at));
}
