/**
 * The stance feature extractor: for one target (an actor mention, or any token span such as a
 * NewsMTSC target), the cues that say how the text treats it, each a named feature with a
 * signed raw value and the words that carry it. The same function serves the actor table, the
 * eval commands and, later, weight learning: `featureVector` turns cues into the named numbers
 * a model reads, and `combine.ts` weighs them. One extractor, no copies.
 *
 * Features, by component (raw values are in [-1, 1] before weighting; `s` = entry weight / 3):
 *
 *   evaluative  eval_loaded          loaded word in the target's clause: polarity·s, nearer counts more
 *               eval_tone            AFINN word in the target's clause: valence/5, flipped when negated
 *               eval_context         either kind of word elsewhere in the sentence (another clause)
 *   role        role_agent           agent of an act that reflects on its agent: polarity·s ("massacred")
 *               role_agent_harm      agent of force or blame that does not judge itself: -s ("struck", "accused")
 *               role_agent_help      agent of help or praise that does not judge itself: +s ("supported")
 *               role_target_victim   target of a condemned act: +s ("massacred X")
 *               role_target_punished target of a sanction or a justified act: -s ("arrested X", "repelled X")
 *               role_target_blamed   target of blame: -s ("accused X", "condemned X")
 *               role_target_praised  target of praise: +s ("praised X")
 *               role_target_helped   target of help: +s, or -s when the help is condemned ("propped up X")
 *   labels      label                attached label: polarity·s ("the Kiev regime")
 *   reporting   reporting_verb       verb introducing the target's speech: distancing -0.5, presupposing -0.25,
 *                                    neutral 0, endorsing +0.5, evaluative polarity·s
 *               speech_tone          tone of the target's own quoted words, in [-1, 1]
 *   hedging     hedge_claim          hedge on the target's claim: -s ("Russian claims", "claimed")
 *               hedge_accusation     hedge on a claim about the target: against the other cues of its clause
 *
 * A negated act counts half, reversed ("did not attack"); a role through a possessive
 * ("attacked Russia's army") counts 0.6. Every cue records its voice: the writer's (quote -1)
 * or the quotation it sits in, whose speaker's view it is.
 */

import { labelAttached, labelOfPhrase } from '../detect/label-attachment.js';
import type { Match } from '../lexicon/match.js';
import { firstTokenAt } from '../text/token-search.js';
import type { StanceComponent, Token } from '../types.js';
import type { StanceContext } from './context.js';
import { asSubject, type RoleHit, rolesOf, type TokenRange, verbIndex } from './roles.js';

export const FEATURES = {
  eval_loaded: 'evaluative',
  eval_tone: 'evaluative',
  eval_context: 'evaluative',
  role_agent: 'role',
  role_agent_harm: 'role',
  role_agent_help: 'role',
  role_target_victim: 'role',
  role_target_punished: 'role',
  role_target_blamed: 'role',
  role_target_praised: 'role',
  role_target_helped: 'role',
  label: 'labels',
  reporting_verb: 'reporting',
  speech_tone: 'reporting',
  hedge_claim: 'hedging',
  hedge_accusation: 'hedging',
} as const satisfies Record<string, StanceComponent>;

export type FeatureName = keyof typeof FEATURES;

export interface Cue {
  readonly feature: FeatureName;
  readonly component: StanceComponent;
  /** Token range of the words that carry the cue. */
  readonly start: number;
  readonly end: number;
  /** Index into the findings of the cue's finding (label, loaded word, hedge, reporting verb). */
  readonly finding: number | null;
  readonly raw: number;
  /** Quotation holding the cue (its speaker's view), or -1 for the writer's voice. */
  readonly quote: number;
  /** Why, in a few words: "agent of 'attack'", "label 'regime'". */
  readonly note: string;
}

/** Per-article indexes the extractor needs beyond the context, built once. */
export interface StanceIndex {
  readonly verbs: ReturnType<typeof verbIndex>;
  readonly reporting: ReturnType<typeof verbIndex>;
}

export function stanceIndex(sc: StanceContext, reportingVerbs: readonly Match[]): StanceIndex {
  return { verbs: verbIndex(sc.verbs), reporting: verbIndex(reportingVerbs) };
}

const CLAIM_NOUNS = new Set([
  'claim',
  'claims',
  'allegation',
  'allegations',
  'assertion',
  'assertions',
  'accusation',
  'accusations',
  'narrative',
  'version',
]);
const REPORTING_VALUE: Readonly<Record<string, number>> = {
  neutral: 0,
  distancing: -0.5,
  presupposing: -0.25,
  endorsing: 0.5,
};
/** AFINN valences run to 5; a strong word (4–5) weighs about as a weight-3 loaded word. */
const TONE_SCALE = 1;
const HEDGE_WINDOW = 6;
/**
 * A negated tone word counts half, reversed, as a negated act does: "not good" is less than
 * "bad", "not bad" less than "good" (negation as a shift, not a flip: Taboada et al. 2011).
 */
const NEGATED_TONE = -0.5;

/** The quotation whose voice token `i` is in (speech only), or -1. */
export function voiceQuote(sc: StanceContext, i: number): number {
  const q = sc.layer.tokens[i]?.quote ?? -1;
  return q >= 0 && sc.layer.quotations[q]?.kind === 'speech' ? q : -1;
}

/** The speech quotations whose speaker phrase holds the target: its own quoted words. */
export function ownSpeechOf(sc: StanceContext, target: TokenRange): Set<number> {
  const { tokens, quotations } = sc.layer;
  const startChar = tokens[target.start]!.start;
  const endChar = tokens[target.end - 1]!.end;
  const own = new Set<number>();
  quotations.forEach((q, qi) => {
    if (q.kind !== 'speech' || !q.speakerSpan) return;
    if (startChar >= q.speakerSpan.start && endChar <= q.speakerSpan.end) own.add(qi);
  });
  return own;
}

/** Distance weight: 1 next to the target, 1/2 at 9 tokens, 1/3 at 17. */
const proximity = (d: number) => 1 / (1 + Math.max(0, d - 1) / 8);

function roleCue(hit: RoleHit, quote: number): Cue {
  const e = hit.verb.entry;
  const s = e.weight / 3;
  const p = e.polarity ?? 0;
  let feature: FeatureName | null = null;
  let raw = 0;
  if (hit.role === 'agent') {
    if (p !== 0) [feature, raw] = ['role_agent', p * s];
    else if (e.class === 'harm' || e.class === 'blame') [feature, raw] = ['role_agent_harm', -s];
    else if (e.class === 'help' || e.class === 'praise') [feature, raw] = ['role_agent_help', s];
  } else if (e.class === 'harm') {
    [feature, raw] = p < 0 ? ['role_target_victim', s] : ['role_target_punished', -s];
  } else if (e.class === 'blame') [feature, raw] = ['role_target_blamed', -s];
  else if (e.class === 'praise') [feature, raw] = ['role_target_praised', s];
  else if (e.class === 'help') [feature, raw] = ['role_target_helped', p < 0 ? -s : s];
  if (!feature) return { ...NO_CUE, quote };
  if (hit.negated) raw *= -0.5;
  if (hit.possessive) raw *= 0.6;
  return {
    feature,
    component: 'role',
    start: hit.verb.start,
    end: hit.verb.end,
    finding: null,
    raw,
    quote,
    note: `${hit.role} of "${e.term}" (${e.class}${hit.negated ? ', negated' : ''})`,
  };
}

const NO_CUE: Cue = {
  feature: 'role_agent',
  component: 'role',
  start: 0,
  end: 0,
  finding: null,
  raw: 0,
  quote: -1,
  note: '',
};

/** Every cue about the target at token range `target`. */
export function targetCues(sc: StanceContext, ix: StanceIndex, target: TokenRange): Cue[] {
  const { tokens, sentences, quotations } = sc.layer;
  const first = tokens[target.start];
  if (!first) return [];
  const sentence = sentences[first.sentence]!;
  const quote = voiceQuote(sc, target.start);
  const clause = sc.clause[target.start]!;
  const cues: Cue[] = [];
  const sameVoice = (i: number) => voiceQuote(sc, i) === quote;
  const distance = (a: number, b: number) =>
    b <= target.start ? target.start - b + 1 : a >= target.end ? a - target.end + 1 : 0;

  // 1. evaluative words in the target's sentence: its own clause counts fully, other clauses
  // as context; words in a quotation the target is not in are that speaker's (their cue
  // carries the quotation); the target's own quoted words are its speech (see 4).
  const ownSpeech = ownSpeechOf(sc, target);
  const roles = rolesOf(sc, ix.verbs, target);
  const judgedFrom = judgmentStart(roles);
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k += 1) {
    if (k >= target.start && k < target.end) continue;
    const voice = voiceQuote(sc, k);
    if (voice >= 0 && ownSpeech.has(voice)) continue;
    const inClause = sc.clause[k] === clause && voice === quote;
    if (inClause && k >= judgedFrom) continue;
    const d = distance(k, k + 1);
    const fi = sc.findingAt(k, 'loaded');
    const f = fi === undefined ? undefined : sc.findings[fi];
    if (f && fi !== undefined && f.polarity) {
      const r = sc.findingTokens[fi]!;
      cues.push({
        feature: inClause ? 'eval_loaded' : 'eval_context',
        component: 'evaluative',
        start: r.start,
        end: r.end,
        finding: fi,
        raw: (f.polarity * f.weight * proximity(d)) / 3,
        quote: voice,
        note: `loaded "${f.text}"${f.negated ? ' (negated)' : ''}${inClause ? '' : ' (context)'}`,
      });
      k = Math.max(k, r.end - 1);
      continue;
    }
    const tone = sc.tone[k]!;
    if (tone !== 0) {
      const sign = sc.negated[k] === 1 ? NEGATED_TONE : 1;
      cues.push({
        feature: inClause ? 'eval_tone' : 'eval_context',
        component: 'evaluative',
        start: k,
        end: k + 1,
        finding: null,
        raw: (TONE_SCALE * sign * tone * proximity(d)) / 5,
        quote: voice,
        note: `tone "${tokens[k]!.norm}" ${tone > 0 ? '+' : ''}${tone}${sign < 0 ? ' (negated)' : ''}${inClause ? '' : ' (context)'}`,
      });
    }
  }

  // 2. roles in connotation acts, in the same voice.
  for (const hit of roles) {
    if (!sameVoice(hit.verb.start)) continue;
    const cue = roleCue(hit, quote);
    if (cue.raw !== 0) cues.push(cue);
  }

  // 3. attached labels.
  for (const m of sc.labels) {
    if (tokens[m.start]!.sentence !== first.sentence || !sameVoice(m.start)) continue;
    const isVerb = (i: number) => sc.verbMask[i] === 1;
    if (!(labelAttached(tokens, m, target, isVerb) || labelOfPhrase(tokens, m, target))) continue;
    const fi = sc.findingAt(m.start, 'label') ?? null;
    const s = m.entry.weight / 3;
    cues.push({
      feature: 'label',
      component: 'labels',
      start: m.start,
      end: m.end,
      finding: fi,
      raw: (m.entry.polarity ?? 0) * s,
      quote,
      note: `label "${m.entry.term}" (${m.entry.class ?? 'label'})`,
    });
  }

  // 4. how the target's speech is introduced, and what it says.
  const reported = new Set<number>();
  const reportingCue = (verbStart: number, verbEnd: number, how: string) => {
    if (reported.has(verbStart)) return;
    reported.add(verbStart);
    const fi = sc.findingAt(verbStart, 'reporting_verb');
    const f = fi === undefined ? undefined : sc.findings[fi];
    if (!f || fi === undefined) return;
    const cls = f.class ?? 'neutral';
    const raw =
      cls === 'evaluative' ? ((f.polarity ?? 0) * f.weight) / 3 : (REPORTING_VALUE[cls] ?? 0);
    cues.push({
      feature: 'reporting_verb',
      component: 'reporting',
      start: verbStart,
      end: verbEnd,
      finding: fi,
      raw: Math.max(-1, Math.min(1, raw)),
      quote: voiceQuote(sc, verbStart),
      note: `${how} "${f.text}" (${cls})`,
    });
  };
  quotations.forEach((q, qi) => {
    if (!ownSpeech.has(qi) || !q.speakerSpan) return;
    if (q.verbSpan) {
      const v = firstTokenAt(tokens, q.verbSpan.start);
      reportingCue(v, firstTokenAt(tokens, q.verbSpan.end), 'speech introduced with');
    }
    const tone = quoteTone(sc, qi);
    if (tone) cues.push({ ...tone, quote });
  });
  const subjectOf = asSubject(sc, ix.reporting.startingAt, target);
  if (subjectOf && subjectOf.role === 'agent' && sameVoice(subjectOf.verb.start)) {
    reportingCue(subjectOf.verb.start, subjectOf.verb.end, 'says through');
  }

  // 5. hedges on the target's claims, or on claims about it.
  const claimant = reported.size > 0;
  const clauseSum = cues
    .filter((c) => c.component === 'role' || c.component === 'evaluative')
    .reduce((a, c) => a + c.raw, 0);
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k += 1) {
    const fi = sc.findingAt(k, 'hedge');
    if (fi === undefined) continue;
    const f = sc.findings[fi]!;
    if (f.voice !== 'writer' || quote !== -1 || f.class === 'epistemic') continue;
    if (sc.clause[k] !== clause || distance(k, k + 1) > HEDGE_WINDOW || reported.has(k)) continue;
    const r = sc.findingTokens[fi]!;
    const s = f.weight / 3;
    const ownClaim =
      claimant ||
      claimNounAfter(tokens, target.end) === k ||
      (r.start === target.end && isClaim(tokens[k]));
    if (ownClaim) {
      cues.push({
        feature: 'hedge_claim',
        component: 'hedging',
        start: r.start,
        end: r.end,
        finding: fi,
        raw: -s,
        quote: -1,
        note: `hedge "${f.text}" on the target's claim`,
      });
    } else if (clauseSum !== 0) {
      cues.push({
        feature: 'hedge_accusation',
        component: 'hedging',
        start: r.start,
        end: r.end,
        finding: fi,
        raw: -0.5 * Math.sign(clauseSum) * s,
        quote: -1,
        note: `hedge "${f.text}" on a claim about the target`,
      });
    }
  }
  return cues;
}

/**
 * When the target is the agent of an act of blame or praise ("Trump bashed the FBI as
 * corrupt", "Obama hailed the brave troops"), the words after the verb in its clause are its
 * judgment of the object, not the writer's view of the target. Returns the first such token, or
 * a number past the sentence when there is no such act. (Tried, not kept: the same for reporting
 * verbs, "Trump said the probe was a disgrace": NewsMTSC dev 0.570 -> 0.559.)
 */
function judgmentStart(roles: readonly RoleHit[]): number {
  // The target's act as subject (or possessor) is the hit `asSubject` found, listed first.
  const act = roles.find((h) => h.pattern === 'subject' || h.pattern === 'possessor');
  const cls = act?.verb.entry.class;
  if (act && (cls === 'blame' || cls === 'praise')) return act.verb.end;
  return Number.MAX_SAFE_INTEGER;
}

const isClaim = (t: Token | undefined) => t !== undefined && CLAIM_NOUNS.has(t.norm);

/** "Russia's claims", "Russian claims": the claim noun right after the target, or -1. */
function claimNounAfter(tokens: readonly Token[], end: number): number {
  const k = tokens[end]?.norm === "'s" ? end + 1 : end;
  return isClaim(tokens[k]) ? k : -1;
}

/** The tone of a quotation's own words: loaded findings and AFINN words, in [-1, 1]. */
function quoteTone(sc: StanceContext, qi: number): Omit<Cue, 'quote'> | null {
  const q = sc.layer.quotations[qi]!;
  const { tokens } = sc.layer;
  let sum = 0;
  let words = 0;
  let start = -1;
  let end = -1;
  for (let k = firstTokenAt(tokens, q.inner.start); k < tokens.length; k += 1) {
    const t = tokens[k]!;
    if (t.end > q.inner.end) break;
    if (start < 0) start = k;
    end = k + 1;
    if (t.kind === 'word') words += 1;
    const fi = sc.findingAt(k, 'loaded');
    const f = fi === undefined ? undefined : sc.findings[fi];
    if (f?.polarity) sum += (f.polarity * f.weight) / 3;
    else if (sc.tone[k]) sum += ((sc.negated[k] ? NEGATED_TONE : 1) * sc.tone[k]!) / 5;
  }
  if (start < 0 || sum === 0) return null;
  const raw = Math.max(-1, Math.min(1, sum / Math.max(1, Math.sqrt(words / 4))));
  return {
    feature: 'speech_tone',
    component: 'reporting',
    start,
    end,
    finding: null,
    raw,
    note: `tone of the target's quoted words`,
  };
}

/** Sums cue values per feature, keyed `feature` for the writer's voice and `feature@quoted`. */
export function featureVector(cues: readonly Cue[]): Map<string, number> {
  const v = new Map<string, number>();
  for (const c of cues) {
    const key = c.quote < 0 ? c.feature : `${c.feature}@quoted`;
    v.set(key, (v.get(key) ?? 0) + c.raw);
  }
  return v;
}
