/**
 * Negation scope: a negator ("not", "never", "didn't", "without") governs a match when it ends
 * at most three tokens before the match, in the same sentence, with no punctuation between
 * other than a hyphen: "not reckless", "never a provocation", "without any proof".
 */
import type { Match } from '../lexicon/match.js';
import type { DetectContext } from './context.js';

const SCOPE = 3;

/** Per token, 1 when some negator's scope covers it. */
export function negationCover(ctx: DetectContext): Uint8Array {
  const { tokens } = ctx.layer;
  // negatedFrom[i] is true when some negator's scope covers token i.
  const covered = new Uint8Array(tokens.length);
  for (const m of ctx.matches) {
    if (m.entry.category !== 'negator') continue;
    const sentence = tokens[m.start]!.sentence;
    for (let k = m.end, words = 0; k < tokens.length && words < SCOPE; k += 1) {
      const t = tokens[k]!;
      if (t.sentence !== sentence || (t.kind === 'punct' && t.norm !== '-')) break;
      covered[k] = 1;
      if (t.kind !== 'punct') words += 1;
    }
  }
  return covered;
}

export function negationScope(ctx: DetectContext): (m: Match) => boolean {
  const covered = negationCover(ctx);
  return (m) => covered[m.start] === 1;
}
