/**
 * Findings from lexicon matches: loaded language, hedges, boosters, reporting verbs, actor
 * labels and actor mentions. Negators and connotation verbs are matched too but are not
 * findings of their own: they change other findings (negation) or feed stance.
 */
import type { Match } from '../lexicon/match.js';
import type { Category, Finding } from '../types.js';
import { type DetectContext, voiceOfToken } from './context.js';
import { negationScope } from './negation.js';

const FINDING_CATEGORIES: ReadonlySet<string> = new Set<Category>([
  'loaded',
  'hedge',
  'booster',
  'reporting_verb',
  'label',
  'actor',
]);

export function toFinding(ctx: DetectContext, m: Match, negated: boolean): Finding {
  const { tokens } = ctx.layer;
  const start = tokens[m.start]!.start;
  const end = tokens[m.end - 1]!.end;
  const { voice, speaker } = voiceOfToken(ctx, m.start);
  const e = m.entry;
  const polarity = e.polarity === null ? null : negated ? -e.polarity : e.polarity;
  return {
    rule_id: `lexicon:${e.id}`,
    category: e.category as Category,
    start,
    end,
    text: ctx.article.text.slice(start, end),
    voice,
    speaker,
    actor: e.actor?.id ?? null,
    class: e.class,
    weight: e.weight,
    polarity: polarity === 0 ? 0 : polarity,
    negated,
    lexicon: e.lexicon,
    entry_id: e.id,
    source: e.source,
    sentence: tokens[m.start]!.sentence,
  };
}

export function lexiconFindings(ctx: DetectContext): Finding[] {
  const negated = negationScope(ctx);
  const out: Finding[] = [];
  for (const m of ctx.matches) {
    if (!FINDING_CATEGORIES.has(m.entry.category)) continue;
    const polar = m.entry.polarity !== null && m.entry.category !== 'actor';
    out.push(toFinding(ctx, m, polar && negated(m)));
  }
  return out;
}
