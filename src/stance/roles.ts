/**
 * The role an actor mention plays in a connotation act (lexicons/connotation-verbs.yaml):
 * its agent or its target. Found without a parser, by scanning outward from the mention over
 * the words that may stand between a verb and its arguments:
 *
 *   subject, active    "Russia invaded Ukraine"             Russia: agent
 *                      "Russia has repeatedly attacked"     (auxiliaries and adverbs skipped)
 *                      "Peskov, the Kremlin spokesperson, accused the US"  (appositive skipped)
 *                      "Etheridge (D-N.C.) apologized"      (aside in brackets skipped)
 *                      "Russia's invasion of Ukraine"       (possessor of a nominal act: agent)
 *   subject, passive   "Putin was attacked", "a drone was shot down"        target
 *   object             "attacked the Kremlin", "accused the US of"          target
 *                      "the attack on the Kremlin", "support for Kyiv"      (a preposition between)
 *   by-phrase          "was shot down by Russia", "an attack by Ukraine"    agent
 *
 * A verb covered by a negator ("did not encourage Ukraine") is reported as negated.
 */
import type { Match } from '../lexicon/match.js';
import { PREPOSITIONS } from '../text/function-words.js';
import type { Token } from '../types.js';
import type { StanceContext } from './context.js';
import {
  AUXILIARIES,
  NOT_IN_NP,
  NP_DETERMINERS,
  OPEN_BRACKETS,
  PASSIVE_AUX,
  TARGET_PREPOSITIONS,
  VERB_ADVERBS,
} from './grammar.js';

export type Role = 'agent' | 'target';

export interface RoleHit {
  readonly verb: Match;
  readonly role: Role;
  readonly negated: boolean;
  /** True when the mention is only the possessor of the argument ("attacked Russia's army"). */
  readonly possessive: boolean;
  /** How the role was found, for explanations and tests. */
  readonly pattern: 'subject' | 'passive-subject' | 'object' | 'by-agent' | 'possessor';
}

export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

const MAX_SUBJECT_GAP = 6;
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves']);
const MAX_OBJECT_GAP = 4;
const MAX_APPOSITIVE = 12;

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isAdverb = (t: Token) =>
  VERB_ADVERBS.has(t.norm) || t.norm.endsWith("n't") || (t.norm.endsWith('ly') && !t.capitalized);
/** A lower-case word that may be an adjective or noun inside a phrase ("the massive attack"). */
const isModifier = (t: Token) => t.kind === 'word' && !t.capitalized && !NOT_IN_NP.has(t.norm);

const ASIDE_CLOSE: Readonly<Record<string, string>> = { '(': ')', '[': ']', ',': ',' };
/** What may open an aside between subject and verb, in the order they are skipped. */
const ASIDE_OPENERS: readonly ReadonlySet<string>[] = [OPEN_BRACKETS, new Set([','])];

/**
 * The token that closes the aside opened at `open` (a bracket, or the comma before an
 * appositive), within MAX_APPOSITIVE tokens of the same sentence, or -1.
 */
function asideEnd(
  tokens: readonly Token[],
  open: number,
  inSentence: (i: number) => boolean,
): number {
  const close = ASIDE_CLOSE[tokens[open]!.norm];
  let j = open + 1;
  while (inSentence(j) && j - open < MAX_APPOSITIVE && tokens[j]!.norm !== close) j += 1;
  return inSentence(j) && tokens[j]!.norm === close ? j : -1;
}

export function verbIndex(verbs: readonly Match[]): {
  startingAt: ReadonlyMap<number, Match>;
  endingAt: ReadonlyMap<number, Match>;
} {
  const startingAt = new Map<number, Match>();
  const endingAt = new Map<number, Match>();
  for (const v of verbs) {
    if (!startingAt.has(v.start)) startingAt.set(v.start, v);
    endingAt.set(v.end, v);
  }
  return { startingAt, endingAt };
}

/** The verb the mention is the subject of, scanning right. */
export function asSubject(
  sc: StanceContext,
  startingAt: ReadonlyMap<number, Match>,
  m: TokenRange,
): RoleHit | null {
  const { tokens } = sc.layer;
  const sentence = tokens[m.start]!.sentence;
  // "An attack by Ukraine hit the Kremlin": an object of a preposition is no subject.
  let b = m.start - 1;
  while (b >= 0 && NP_DETERMINERS.has(tokens[b]!.norm)) b -= 1;
  const before = tokens[b];
  if (before && before.sentence === sentence && PREPOSITIONS.has(before.norm)) return null;
  let k = m.end;
  let possessive = false;
  let passive = false;
  const inSentence = (i: number) => i < tokens.length && tokens[i]!.sentence === sentence;
  // "Russia's invasion", "Russia's army attacked": the possessor of the act or of its agent.
  if (tokens[k]?.kind === 'clitic' && tokens[k]!.norm === "'s") {
    k += 1;
    const direct = startingAt.get(k);
    if (direct) return hit(sc, direct, 'agent', false, 'possessor');
    possessive = true;
    for (let n = 0; n < 3 && inSentence(k) && isModifier(tokens[k]!) && !startingAt.has(k); n += 1)
      k += 1;
  }
  // "Etheridge (D-N.C.) apologized": skip an aside in brackets; "Peskov, the Kremlin
  // spokesperson, accused": an appositive between commas.
  for (const opens of ASIDE_OPENERS) {
    if (!opens.has(tokens[k]?.norm ?? '')) continue;
    const close = asideEnd(tokens, k, inSentence);
    if (close < 0) return null;
    k = close + 1;
  }
  if (isWord(tokens[k]) && (tokens[k]!.norm === 'who' || tokens[k]!.norm === 'which')) k += 1;
  const from = k;
  while (inSentence(k) && k - from < MAX_SUBJECT_GAP) {
    const v = startingAt.get(k);
    if (v) {
      // "Trump defended himself": an act on oneself casts no one as its agent or target.
      if (REFLEXIVES.has(tokens[v.end]?.norm ?? '')) return null;
      const last = tokens[v.end - 1]!;
      const role: Role = passive && !last.norm.endsWith('ing') ? 'target' : 'agent';
      return hit(sc, v, role, possessive, role === 'target' ? 'passive-subject' : 'subject');
    }
    const t = tokens[k]!;
    if (t.kind !== 'word') return null;
    if (PASSIVE_AUX.has(t.norm)) passive = true;
    else if (t.norm === 'have' || t.norm === 'has' || t.norm === 'had') passive = false;
    if (!(AUXILIARIES.has(t.norm) || isAdverb(t))) return null;
    k += 1;
  }
  return null;
}

/** The verb or nominal act whose object (or by-agent) the mention is, scanning left. */
export function asObject(
  sc: StanceContext,
  endingAt: ReadonlyMap<number, Match>,
  m: TokenRange,
): RoleHit | null {
  const { tokens } = sc.layer;
  const sentence = tokens[m.start]!.sentence;
  const possessive = tokens[m.end]?.kind === 'clitic' && tokens[m.end]!.norm === "'s";
  let k = m.start;
  let prepositions = 0;
  let modifiers = 0;
  for (let gap = 0; gap <= MAX_OBJECT_GAP; gap += 1) {
    const v = endingAt.get(k);
    if (v) {
      const prep = prepositions > 0 ? tokens[firstPreposition(tokens, v.end, m.start)]! : null;
      // "the invasion of Ukraine", "criticism of Clinton": an "of" object is the target of
      // harm, blame and praise; but "the support of the US" makes the US the supporter.
      if (prep?.norm === 'of' && (v.entry.class === 'help' || v.entry.class === 'neutral_act'))
        return null;
      return hit(sc, v, 'target', possessive, 'object');
    }
    const t = tokens[k - 1];
    if (!t || t.sentence !== sentence) return null;
    if (t.norm === 'by' && prepositions === 0) {
      // "was shot down by Russia", "an attack by Ukraine": the act stands right before "by".
      const agentOf = endingAt.get(k - 1);
      return agentOf ? hit(sc, agentOf, 'agent', possessive, 'by-agent') : null;
    }
    if (TARGET_PREPOSITIONS.has(t.norm) && prepositions === 0) prepositions += 1;
    else if (NP_DETERMINERS.has(t.norm) || t.norm === '-') {
      /* part of the object phrase */
    } else if (isModifier(t) && modifiers < 2) modifiers += 1;
    else return null;
    k -= 1;
  }
  return null;
}

function firstPreposition(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k += 1) if (TARGET_PREPOSITIONS.has(tokens[k]!.norm)) return k;
  return from;
}

function hit(
  sc: StanceContext,
  verb: Match,
  role: Role,
  possessive: boolean,
  pattern: RoleHit['pattern'],
): RoleHit {
  return { verb, role, negated: sc.negated[verb.start] === 1, possessive, pattern };
}

/** Every role the mention plays: at most one as subject and one as object. */
export function rolesOf(
  sc: StanceContext,
  index: ReturnType<typeof verbIndex>,
  m: TokenRange,
): RoleHit[] {
  const out: RoleHit[] = [];
  const s = asSubject(sc, index.startingAt, m);
  if (s) out.push(s);
  const o = asObject(sc, index.endingAt, m);
  if (o && o.verb !== s?.verb) out.push(o);
  return out;
}

/**
 * Any word that governs the mention, not only a connotation verb: the first content word after
 * the mention (over a possessive 's, an appositive, "who", auxiliaries and adverbs: "Trump
 * has repeatedly *denied*", "Warren's *campaign*") and the content word before it (over
 * determiners and one preposition: "*criticism* of Biden", "*slammed* the senator"; before a
 * "by": "*backed* by Sanders", its agent). `role` is the mention's part: `agent` as subject (or
 * by-agent), `target` as object or passive subject, `possessor` before "'s". For the trained
 * model's `verb:` and `poss:` features (src/train/features.ts); the scan mirrors `asSubject`
 * and `asObject` but accepts any word that is not a function word (`isFunctionWord`).
 */
export interface Governor {
  readonly token: number;
  readonly role: Role | 'possessor';
  readonly negated: boolean;
}

export function governorsOf(
  sc: StanceContext,
  m: TokenRange,
  isFunctionWord: (t: Token) => boolean,
): Governor[] {
  const { tokens } = sc.layer;
  const sentence = tokens[m.start]!.sentence;
  const inSentence = (i: number) => i >= 0 && i < tokens.length && tokens[i]!.sentence === sentence;
  const out: Governor[] = [];
  const at = (token: number, role: Governor['role']) =>
    out.push({ token, role, negated: sc.negated[token] === 1 });
  // Right: the mention as subject, or as possessor.
  let k = m.end;
  let passive = false;
  let skipped = false;
  const possessor = tokens[k]?.norm === "'s";
  if (possessor) k += 1;
  else if (tokens[k]?.norm === ',') {
    const close = asideEnd(tokens, k, inSentence);
    if (close >= 0) k = close + 1;
  }
  if (tokens[k]?.norm === 'who') k += 1;
  for (const from = k; inSentence(k) && k - from < MAX_SUBJECT_GAP; k += 1) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    if (PASSIVE_AUX.has(t.norm)) passive = true;
    else if (t.norm === 'have' || t.norm === 'has' || t.norm === 'had') passive = false;
    if (!possessor && (AUXILIARIES.has(t.norm) || isAdverb(t))) {
      skipped = true;
      continue;
    }
    if ((t.capitalized && !possessor) || isFunctionWord(t)) break;
    at(k, possessor ? 'possessor' : passive && skipped ? 'target' : 'agent');
    break;
  }
  // Left: the mention as object, or as by-agent.
  let prep = false;
  for (let j = m.start - 1, n = 0; inSentence(j) && n < 5; j -= 1) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    if (NP_DETERMINERS.has(t.norm)) {
      n += 1;
      continue;
    }
    if (t.norm === 'by' && !prep) {
      const v = tokens[j - 1];
      if (v && inSentence(j - 1) && v.kind === 'word' && !isFunctionWord(v)) at(j - 1, 'agent');
      break;
    }
    if (TARGET_PREPOSITIONS.has(t.norm) && !prep) {
      prep = true;
      n += 1;
      continue;
    }
    if (t.capitalized || isFunctionWord(t)) break;
    at(j, 'target');
    break;
  }
  return out;
}
