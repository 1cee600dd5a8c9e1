/**
 * The article's stance toward each actor it mentions, and the quoted speakers' stances:
 *
 *   mentions (actor findings) ─► cues per mention (features.ts) ─► evidence, deduplicated per
 *   actor (one cue counts once even if two mentions reach it) ─► weighted values (combine.ts)
 *   ─► stance, interval, components
 *
 * Quoted-stance edges come from two places: cues inside a quotation whose speaker is known
 * (Zelensky's “criminal acts” about Putin), and speech acts in the writer's voice whose agent
 * is an actor ("Zelensky accused Putin": blame from Zelensky to Putin).
 */
import type { ActorStance, QuotedStanceEdge, StanceComponent, StanceEvidence } from '../types.js';
import { aggregate, cueValue } from './combine.js';
import type { StanceContext } from './context.js';
import { type Cue, type StanceIndex, targetCues, voiceQuote } from './features.js';
import { NAME_MODIFIED_HEADS } from './grammar.js';

const COMPONENTS: readonly StanceComponent[] = [
  'evaluative',
  'role',
  'labels',
  'reporting',
  'hedging',
];
const SPEECH_ACTS = new Set(['role_target_blamed', 'role_target_praised']);

interface ActorAcc {
  mentions: number;
  quoted: number;
  names: Map<string, number>;
  evidence: StanceEvidence[];
  seen: Set<string>;
  firstMention: number;
}

export interface ActorStanceResult {
  readonly actors: ActorStance[];
  readonly quotedStance: QuotedStanceEdge[];
}

export function actorStances(sc: StanceContext, ix: StanceIndex): ActorStanceResult {
  const { tokens, quotations } = sc.layer;
  const { text } = sc.article;
  const acc = new Map<string, ActorAcc>();
  const edges = new Map<string, StanceEvidence[]>();
  const agentOfVerb = new Map<number, string>();
  const pendingSpeechActs: { actor: string; cue: Cue; mention: number }[] = [];

  const evidenceOf = (cue: Cue, mention: number, forWriter: boolean): StanceEvidence => {
    const quoted = cue.quote >= 0;
    const start = tokens[cue.start]!.start;
    const end = tokens[cue.end - 1]!.end;
    const q = quoted ? quotations[cue.quote] : undefined;
    return {
      component: cue.component,
      feature: cue.feature,
      finding: cue.finding,
      mention,
      start,
      end,
      text: text.slice(start, end),
      raw: round(cue.raw),
      value: round(cueValue(cue.feature, cue.raw, quoted && forWriter)),
      voice: quoted ? 'quoted' : 'writer',
      speaker: quoted ? (sc.speakerOf[cue.quote] ?? q?.speaker ?? null) : null,
      note: cue.note,
    };
  };
  const addEdge = (speaker: string, target: string, e: StanceEvidence) => {
    const key = `${speaker}\u0000${target}`;
    const list = edges.get(key) ?? [];
    if (!list.some((x) => x.feature === e.feature && x.start === e.start)) list.push(e);
    edges.set(key, list);
  };

  sc.findings.forEach((f, i) => {
    if (f.category !== 'actor' || !f.actor) return;
    const a = acc.get(f.actor) ?? {
      mentions: 0,
      quoted: 0,
      names: new Map<string, number>(),
      evidence: [],
      seen: new Set<string>(),
      firstMention: i,
    };
    acc.set(f.actor, a);
    a.mentions += 1;
    if (f.voice === 'quoted') a.quoted += 1;
    if (f.class !== 'pronoun') a.names.set(f.text, (a.names.get(f.text) ?? 0) + 1);
    const range = sc.findingTokens[i]!;
    // "The Trump campaign said": a mention that only modifies another noun counts as a
    // mention, but the cues around it are about the campaign.
    if (modifiesNoun(sc, range.end)) return;
    const mentionQuote = voiceQuote(sc, range.start);
    for (const cue of targetCues(sc, ix, range)) {
      if (cue.feature.startsWith('role_agent')) agentOfVerb.set(cue.start, f.actor);
      const key = `${cue.feature}:${cue.start}`;
      if (a.seen.has(key)) continue;
      a.seen.add(key);
      a.evidence.push(evidenceOf(cue, i, true));
      // A speaker's view of the actor: cues inside the quotation that names the actor. Words
      // of a quotation elsewhere in the sentence need not be about this actor.
      const speaker = cue.quote >= 0 && cue.quote === mentionQuote ? sc.speakerOf[cue.quote] : null;
      if (speaker && speaker !== f.actor) addEdge(speaker, f.actor, evidenceOf(cue, i, false));
      if (cue.quote < 0 && SPEECH_ACTS.has(cue.feature))
        pendingSpeechActs.push({ actor: f.actor, cue, mention: i });
    }
  });
  for (const { actor, cue, mention } of pendingSpeechActs) {
    const agent = agentOfVerb.get(cue.start);
    if (agent && agent !== actor) addEdge(agent, actor, evidenceOf(cue, mention, false));
  }

  const labelsOf = new Map<string, string[]>();
  for (const f of sc.findings) {
    if (f.category !== 'label' || !f.actor) continue;
    const list = labelsOf.get(f.actor) ?? [];
    if (!list.includes(f.text)) list.push(f.text);
    labelsOf.set(f.actor, list);
  }
  const quotedTimes = new Map<string, number>();
  for (const s of sc.speakerOf) if (s) quotedTimes.set(s, (quotedTimes.get(s) ?? 0) + 1);

  const actors: ActorStance[] = [];
  for (const [id, a] of acc) {
    const info = describe(sc, id, a.firstMention);
    const values = a.evidence.map((e) => e.value);
    const agg = aggregate(values);
    const components = {} as Record<StanceComponent, number | null>;
    for (const c of COMPONENTS) {
      const vs = a.evidence.filter((e) => e.component === c).map((e) => e.value);
      components[c] = vs.length ? round(vs.reduce((x, y) => x + y, 0) / vs.length) : null;
    }
    const reporting: Record<string, number> = Object.create(null);
    for (const e of a.evidence) {
      if (e.feature !== 'reporting_verb' || e.finding === null) continue;
      const cls = sc.findings[e.finding]!.class ?? 'neutral';
      reporting[cls] = (reporting[cls] ?? 0) + 1;
    }
    const labels = labelsOf.get(id) ?? [];
    actors.push({
      actor: id,
      ...info,
      mentions: a.mentions,
      mentions_quoted: a.quoted,
      names_used: [...a.names]
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
        .map(([n]) => n),
      stance: agg.stance,
      ci_low: agg.ciLow,
      ci_high: agg.ciHigh,
      components,
      evidence: a.evidence.sort((x, y) => x.start - y.start || x.mention - y.mention),
      times_quoted: quotedTimes.get(id) ?? 0,
      reporting_classes: reporting,
      labels,
    });
  }
  actors.sort((x, y) => y.mentions - x.mentions || (x.actor < y.actor ? -1 : 1));

  const quotedStance: QuotedStanceEdge[] = [...edges]
    .map(([key, evidence]) => {
      const [speaker, target] = key.split('\u0000') as [string, string];
      const value = aggregate(evidence.map((e) => e.value)).stance ?? 0;
      return { speaker, target, value, evidence: evidence.sort((x, y) => x.start - y.start) };
    })
    .sort((x, y) =>
      x.speaker < y.speaker ? -1 : x.speaker > y.speaker ? 1 : x.target < y.target ? -1 : 1,
    );
  return { actors, quotedStance };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** True when the token after a mention is a lower-case head noun it modifies. */
function modifiesNoun(sc: StanceContext, end: number): boolean {
  const t = sc.layer.tokens[end];
  return t !== undefined && t.kind === 'word' && !t.capitalized && NAME_MODIFIED_HEADS.has(t.norm);
}

function describe(
  sc: StanceContext,
  id: string,
  firstMention: number,
): Pick<ActorStance, 'name' | 'type' | 'group' | 'discovered'> {
  const known = sc.lexicon.actors.get(id);
  if (known)
    return { name: known.name, type: known.type, group: known.group ?? null, discovered: false };
  // A discovered name: its longest written form in the article.
  let name = sc.findings[firstMention]!.text;
  let type = sc.findings[firstMention]!.class ?? 'unknown';
  for (const f of sc.findings) {
    if (f.actor === id && f.rule_id === 'discovered-name' && f.text.length > name.length) {
      name = f.text;
      type = f.class ?? type;
    }
  }
  return { name, type, group: null, discovered: true };
}
