/**
 * How one article refers to actors and whom it lets speak, computed from findings and
 * quotations alone (so it works before and after the stance stage):
 *
 * - names: the surface forms of actor mentions in the writer's voice, per actor id ("Kiev" and
 *   "Kyiv" are one actor, "Ukrainian government", two names);
 * - labels: epithets attached to an actor ("regime" in "the Kiev regime"), as the stance stage
 *   attached them, else from label findings that name their actor (writer's voice);
 * - speakers: each quoted speaker (a resolved actor, else the name as written, else nobody), with
 *   the reporting verbs that introduced their words and each verb's class.
 *
 * Everything is a count map, so articles merge into outlets by addition.
 */
import type { ArticleResult, Finding } from '../types.js';

export type NameCounts = Map<string, Map<string, number>>;

export interface SpeakerUsage {
  /** `actor:<id>` when resolved, `name:<as written>` otherwise, or `unattributed`. */
  readonly key: string;
  readonly actor: string | null;
  /** The speaker's name as written, title removed ("Olena Marchuk"); null when not stated. */
  readonly written: string | null;
  quotations: number;
  /** Reporting verb (lower case) → class (null if not in the lexicon) and count. */
  readonly verbs: Map<string, { cls: string | null; count: number }>;
}

export interface ActorUsage {
  readonly names: NameCounts;
  readonly labels: NameCounts;
  readonly speakers: Map<string, SpeakerUsage>;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Titles that may open a speaker's name phrase; they are not part of the name. */
const TITLES = new Set(
  'prosecutor president director minister spokesperson spokesman spokeswoman senator general governor mayor dr mr ms mrs professor judge chief secretary ambassador commander'.split(
    ' ',
  ),
);

/**
 * The name inside a speaker phrase the gazetteer does not know, so that one person quoted as
 * "Port director Olena Marchuk" and as "Olena Marchuk" is one speaker: the last run of
 * capitalized words, without a leading title ("Prosecutor Ivan Reshetnyk" is Ivan Reshetnyk).
 * A phrase with no capitalized word ("she", "officials") stays as written.
 */
export function speakerName(written: string): string {
  const words = norm(written).split(' ');
  let i = words.length;
  while (i > 0 && /^\p{Lu}/u.test(words[i - 1]!)) i--;
  const run = words.slice(i);
  while (run.length > 1 && TITLES.has(run[0]!.toLowerCase())) run.shift();
  return run.length > 0 ? run.join(' ') : norm(written);
}

function bump(map: NameCounts, actor: string, name: string, by = 1): void {
  const inner = map.get(actor) ?? new Map<string, number>();
  inner.set(name, (inner.get(name) ?? 0) + by);
  map.set(actor, inner);
}

function countBy(findings: readonly Finding[], category: Finding['category']): NameCounts {
  const out: NameCounts = new Map();
  for (const f of findings)
    if (f.category === category && f.actor !== null && f.voice === 'writer')
      bump(out, f.actor, norm(f.text));
  return out;
}

export function actorUsage(r: ArticleResult): ActorUsage {
  const verbClass = new Map<number, string | null>();
  for (const f of r.findings) if (f.category === 'reporting_verb') verbClass.set(f.start, f.class);
  const speakers = new Map<string, SpeakerUsage>();
  for (const q of r.layer.quotations) {
    if (q.kind !== 'speech') continue;
    const key = q.speakerActor
      ? `actor:${q.speakerActor}`
      : q.speaker
        ? `name:${speakerName(q.speaker)}`
        : 'unattributed';
    let s = speakers.get(key);
    if (!s) {
      s = {
        key,
        actor: q.speakerActor,
        written: q.speaker === null ? null : speakerName(q.speaker),
        quotations: 0,
        verbs: new Map(),
      };
      speakers.set(key, s);
    }
    s.quotations += 1;
    if (q.verb && q.verbSpan) {
      const verb = q.verb.toLowerCase();
      const v = s.verbs.get(verb) ?? { cls: verbClass.get(q.verbSpan.start) ?? null, count: 0 };
      v.count += 1;
      s.verbs.set(verb, v);
    }
  }
  // Labels: the stance stage attaches them to actors ("the Kiev regime"); before it runs, only
  // label findings that carry an actor id count.
  const labels: NameCounts = new Map();
  if (r.actors.length > 0) {
    for (const a of r.actors) for (const l of a.labels) bump(labels, a.actor, norm(l));
  } else {
    for (const [actor, m] of countBy(r.findings, 'label')) labels.set(actor, m);
  }
  return { names: countBy(r.findings, 'actor'), labels, speakers };
}

/** Adds `from` into `into` (mutating `into`): the merge of two articles' usage. */
export function mergeUsage(into: ActorUsage, from: ActorUsage): ActorUsage {
  for (const [kind, map] of [
    ['names', from.names],
    ['labels', from.labels],
  ] as const)
    for (const [actor, names] of map)
      for (const [name, n] of names) bump(into[kind], actor, name, n);
  for (const [key, s] of from.speakers) {
    const t = into.speakers.get(key);
    if (!t) {
      into.speakers.set(key, { ...s, verbs: new Map([...s.verbs].map(([v, c]) => [v, { ...c }])) });
      continue;
    }
    t.quotations += s.quotations;
    for (const [verb, c] of s.verbs) {
      const tv = t.verbs.get(verb);
      if (tv) tv.count += c.count;
      else t.verbs.set(verb, { ...c });
    }
  }
  return into;
}

export function emptyUsage(): ActorUsage {
  return { names: new Map(), labels: new Map(), speakers: new Map() };
}
