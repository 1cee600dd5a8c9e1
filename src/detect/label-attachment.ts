/**
 * An actor label ("regime", "pro-imperialist", "think tank") is a finding only where it is
 * attached to an actor mention, in the same noun phrase or an appositive:
 *
 *   before the name     "the pro-imperialist Chatham House"      label, [names or adjectives], mention
 *   after the name      "the Kiev regime", "Assad's brutal regime", "Chatham House think tank"
 *   of / in phrase      "the regime of Bashar al-Assad", "the regime in Kiev"
 *   appositive          "Putin, the dictator," / "the dictator, Putin"
 *
 * A verb between the two ("Russia attacked terrorists") breaks the phrase. Label and mention
 * must be in the same voice. Unattached label matches are dropped: a label is an epithet of
 * someone, and "freedom fighters" with no actor in reach says nothing about an actor.
 */

import { NOT_IN_NP, NP_DETERMINERS } from '../stance/grammar.js';
import { firstTokenAt } from '../text/token-search.js';
import type { Finding, Token } from '../types.js';
import type { DetectContext } from './context.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

const MAX_GAP = 3;

/** A word that may sit inside the noun phrase between a label and a name. */
function inPhrase(t: Token, verb: (i: number) => boolean, i: number, after: boolean): boolean {
  if (verb(i)) return false;
  if (t.norm === '-' || (t.kind === 'clitic' && t.norm === "'s")) return true;
  if (t.kind !== 'word') return false;
  if (t.capitalized) return true;
  // A determiner between them opens another phrase: "criminal actions the Zelensky government".
  if (NOT_IN_NP.has(t.norm) || NP_DETERMINERS.has(t.norm)) return false;
  // After a name, an -s or -ed word is likelier a verb ("Russia supports rebels").
  return !(after && (t.norm.endsWith('ed') || t.norm.endsWith('s')));
}

function gapFits(
  tokens: readonly Token[],
  from: number,
  to: number,
  verb: (i: number) => boolean,
  after: boolean,
): boolean {
  if (to - from > MAX_GAP) return false;
  for (let k = from; k < to; k += 1) if (!inPhrase(tokens[k]!, verb, k, after)) return false;
  return true;
}

/** Whether the label at token range `label` is attached to the mention at `mention`. */
export function labelAttached(
  tokens: readonly Token[],
  label: Range,
  mention: Range,
  verb: (i: number) => boolean = () => false,
): boolean {
  const first = tokens[label.start];
  const name = tokens[mention.start];
  if (!first || !name || first.sentence !== name.sentence || first.quote !== name.quote)
    return false;
  if (label.end <= mention.start) {
    if (gapFits(tokens, label.end, mention.start, verb, false)) return true;
    // "the dictator, Putin"
    return tokens[label.end]?.norm === ',' && label.end + 1 === mention.start;
  }
  if (mention.end <= label.start) {
    if (gapFits(tokens, mention.end, label.start, verb, true)) return true;
    const between = tokens.slice(mention.end, label.start).map((t) => t.norm);
    // "Putin, the dictator" / "Putin, a former KGB officer"
    if (between[0] === ',' && between.length <= 4 && between.slice(1).every((w) => w !== ','))
      return gapFits(tokens, mention.end + 1, label.start, verb, false);
    return false;
  }
  return false;
}

/** "the regime of Bashar al-Assad", "the regime in Kiev": a label head with an of/in phrase. */
export function labelOfPhrase(tokens: readonly Token[], label: Range, mention: Range): boolean {
  const a = tokens[label.end];
  if (!a || (a.norm !== 'of' && a.norm !== 'in')) return false;
  const gap = mention.start - label.end;
  return gap === 1 || (gap === 2 && tokens[label.end + 1]!.norm === 'the');
}

/**
 * Sets `actor` on every label finding attached to an actor mention (the nearest one wins) and
 * drops the rest. Findings must be sorted by offset.
 */
export function attachLabels(ctx: DetectContext, findings: readonly Finding[]): Finding[] {
  const { tokens } = ctx.layer;
  const verbs = new Uint8Array(tokens.length);
  for (const m of ctx.matches) {
    const c = m.entry.category;
    if (c === 'connotation' || c === 'reporting_verb')
      for (let k = m.start; k < m.end; k += 1) verbs[k] = 1;
  }
  const isVerb = (i: number) => verbs[i] === 1;
  const range = (f: Finding): Range => {
    const start = firstTokenAt(tokens, f.start);
    let end = start;
    while (end < tokens.length && tokens[end]!.start < f.end) end += 1;
    return { start, end };
  };
  const mentions = findings
    .filter((f) => f.category === 'actor' && f.actor !== null)
    .map((f) => ({ f, r: range(f) }));
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.category !== 'label') {
      out.push(f);
      continue;
    }
    const r = range(f);
    let best: { actor: string; distance: number } | null = null;
    for (const { f: m, r: mr } of mentions) {
      if (m.sentence !== f.sentence) continue;
      if (!(labelAttached(tokens, r, mr, isVerb) || labelOfPhrase(tokens, r, mr))) continue;
      const distance = mr.start >= r.end ? mr.start - r.end : r.start - mr.end;
      if (!best || distance < best.distance) best = { actor: m.actor!, distance };
    }
    if (best) out.push({ ...f, actor: best.actor });
  }
  return out;
}
