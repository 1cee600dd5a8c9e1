/**
 * Scare quotes are a hedge: the writer holds a term at arm's length ("declared the attack was a
 * “false flag”"). The finding spans the quotation marks and the words between them.
 */
import { firstTokenAt } from '../text/token-search.js';
import type { Finding } from '../types.js';
import type { DetectContext } from './context.js';

export function scareQuoteFindings(ctx: DetectContext): Finding[] {
  const { text } = ctx.article;
  const out: Finding[] = [];
  for (const q of ctx.layer.quotations) {
    if (q.kind !== 'scare') continue;
    const first = ctx.layer.tokens[firstTokenAt(ctx.layer.tokens, q.start)];
    out.push({
      rule_id: 'scare-quote',
      category: 'hedge',
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      voice: 'writer',
      speaker: null,
      actor: null,
      class: 'scare_quote',
      weight: 2,
      polarity: null,
      negated: false,
      lexicon: 'rule',
      entry_id: 'rule:scare-quote',
      source: 'framelens',
      sentence: first?.sentence ?? 0,
    });
  }
  return out;
}
