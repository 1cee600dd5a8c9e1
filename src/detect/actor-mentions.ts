/**
 * Actor mentions beyond the gazetteer's own matches (which `lexicon-findings` emits):
 *
 * 1. names discovered in the text (see discovered-names.ts);
 * 2. third-person singular pronouns that clearly refer to one person. The rule: a "he", "she",
 *    "him", "his" or "her" in the writer's voice counts as a mention of a person actor when the
 *    person mentions outside quotations in its own sentence (before it) and in the previous
 *    sentence all name that one actor. With two people in reach ("Blinken told Lavrov he ...")
 *    the pronoun is left alone: without gender or syntax the choice would be a guess. Gender is
 *    known only where the article gives it by an honorific ("Mr. Grimm", "Ms. Lerner"): a
 *    person known to be of the other gender is out of reach of the pronoun ("Mr. Grimm met
 *    Ms. Durand; she ..." is Durand).
 *    "Vindman hailed the attack. He continued, …": "He" is Vindman.
 */
import type { Finding } from '../types.js';
import type { DetectContext } from './context.js';
import { type DiscoveredName, discoveredNameFindings, discoverNames } from './discovered-names.js';

const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her']);
const FEMININE = new Set(['she', 'her']);
const HONORIFIC_GENDER: Readonly<Record<string, 'male' | 'female'>> = {
  mr: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
};

/** The lower-cased honorific right before token `i` ("Mr." or "Mr"), or ''. */
function honorificBefore(tokens: readonly { norm: string }[], i: number): string {
  const a = tokens[i - 1]?.norm;
  const b = tokens[i - 2]?.norm;
  if (a === '.' && b !== undefined) return b in HONORIFIC_GENDER ? b : '';
  return a !== undefined && a in HONORIFIC_GENDER ? a : '';
}

interface PersonMention {
  readonly actor: string;
  readonly start: number;
  readonly sentence: number;
}

export function pronounFindings(
  ctx: DetectContext,
  discovered: readonly DiscoveredName[] = discoverNames(ctx),
): Finding[] {
  const { tokens } = ctx.layer;
  const persons: PersonMention[] = [];
  for (const m of ctx.matches) {
    const a = m.entry.actor;
    if (a?.type !== 'person' || tokens[m.start]!.quote !== -1) continue;
    persons.push({ actor: a.id, start: m.start, sentence: tokens[m.start]!.sentence });
  }
  for (const d of discovered) {
    if (d.type === 'organisation' || tokens[d.start]!.quote !== -1) continue;
    persons.push({ actor: d.id, start: d.start, sentence: tokens[d.start]!.sentence });
  }
  persons.sort((a, b) => a.start - b.start);
  // Gender, where the article itself gives it by an honorific ("Mr. Grimm", "Ms. Lerner"); an
  // actor given both is left unknown.
  const gender = new Map<string, 'male' | 'female' | 'both'>();
  for (const m of persons) {
    const g = HONORIFIC_GENDER[honorificBefore(tokens, m.start)];
    if (!g) continue;
    const known = gender.get(m.actor);
    gender.set(m.actor, known === undefined || known === g ? g : 'both');
  }
  const out: Finding[] = [];
  let p = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !PRONOUNS.has(t.norm) || t.quote !== -1 || t.excluded) continue;
    while (p < persons.length && persons[p]!.start < i) p += 1;
    const ids = new Set<string>();
    const want = FEMININE.has(t.norm) ? 'female' : 'male';
    for (let k = p - 1; k >= 0; k -= 1) {
      const m = persons[k]!;
      if (m.sentence < t.sentence - 1) break;
      const g = gender.get(m.actor) ?? 'both';
      if (g === 'both' || g === want) ids.add(m.actor);
    }
    if (ids.size !== 1) continue;
    const [actor] = ids;
    out.push({
      rule_id: 'pronoun-mention',
      category: 'actor',
      start: t.start,
      end: t.end,
      text: ctx.article.text.slice(t.start, t.end),
      voice: 'writer',
      speaker: null,
      actor: actor!,
      class: 'pronoun',
      weight: 1,
      polarity: null,
      negated: false,
      lexicon: 'rule',
      entry_id: 'rule:pronoun-mention',
      source: 'framelens',
      sentence: t.sentence,
    });
  }
  return out;
}

export function actorMentionFindings(ctx: DetectContext): Finding[] {
  const discovered = discoverNames(ctx);
  return [...discoveredNameFindings(ctx, discovered), ...pronounFindings(ctx, discovered)];
}
