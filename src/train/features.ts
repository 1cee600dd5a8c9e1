/**
 * The features a trained model reads, extracted by the analyzer's own code: one pipeline run
 * (src/analyze.ts) per item (text-features.ts), then named numbers with the words behind each. The same functions
 * serve `framelens train`, `framelens eval --model` and the analyzer's actor stance, so a model
 * always sees at prediction time exactly what it was trained on.
 *
 * Every feature is a name a person can read:
 *
 *   cue:<feature>[@quoted]            a stance cue toward the target (src/stance/features.ts):
 *                                     its raw value, summed; `@quoted` inside a quotation
 *   find:<category>[:<class>][:<sign>][@quoted]
 *                                     lexicon findings in the sentence by category, class and
 *                                     polarity sign (+, -, 0), weighted by intensity / 3;
 *                                     `@quoted` inside a quotation
 *   near:<stem>                       (stance) a word within 4 tokens of the target, 1 if present
 *   verb:<stem>@agent|@target[~not]   (stance) the word governing the target, any verb or noun
 *                                     (src/stance/roles.ts governorsOf); `~not` when negated
 *   poss:<stem>                       (stance) what the target possesses ("Warren's campaign")
 *   pos:quoted|speaker|pronoun|possessive|first
 *                                     (stance) where the target stands, 1 if so
 *   tone:clause+|-, tone:other+|-     (stance) AFINN tone by sign in the target's clause and in
 *                                     the rest of the sentence, Σ |valence| / 5
 *   clause:has:<category>[:<class>][:<sign>]
 *                                     (stance) 1 if the target's clause has such a finding
 *   has:<category>[:<class>][@quoted] (sentences) 1 if the sentence has any such finding: the
 *                                     hand-set rules of eval bias and eval hedge ask whether
 *                                     there is any loaded word, any hedge, not how many
 *   gram:<modal or subordinator>      (sentences) a modal auxiliary (`gram:would`, for "would"
 *                                     and "wouldn't") or a conditional subordinator (`gram:if`),
 *                                     1 if present, in any voice (src/text/function-words.ts)
 *
 * Near-context words make the stance model a bag of words around the lexicon's features: each
 * weight is still one visible number per word, shown with the words that fired it. Words of
 * the whole sentence were tried and dropped for every task. Stance: on NewsMTSC they lowered
 * the dev macro-F1 (0.565 against 0.572 with cues and findings alone), while the target's near
 * context raised it. Bias and hedge (`word:<stem>[@quoted]`, formerly): cross-validated on the
 * 1,300–1,400 sentences of BABE and FactBank, they moved bias macro-F1 by -0.03 to +0.01 over
 * four fold seeds and cost about 0.12 F1 of `uncertain` on hedge (0.664 against 0.783), against
 * the same features without them (README, "Trained models").
 */
import type { StanceContext } from '../stance/context.js';
import { ownSpeechOf, type StanceIndex, targetCues, voiceQuote } from '../stance/features.js';
import { governorsOf, type TokenRange } from '../stance/roles.js';
import { CONDITIONALS, MODALS } from '../text/function-words.js';
import type { Finding, Token } from '../types.js';

/** Named feature values, and the words (article text) behind each feature. */
export interface FeatureSet {
  readonly values: Map<string, number>;
  readonly words: Map<string, string[]>;
}

export function emptyFeatureSet(): FeatureSet {
  return { values: new Map(), words: new Map() };
}

/** Remembers a word behind a feature (five distinct words at most). */
export function remember(words: Map<string, string[]>, name: string, word: string): void {
  const list = words.get(name);
  if (!list) words.set(name, [word]);
  else if (!list.includes(word) && list.length < 5) list.push(word);
}

function add(fs: FeatureSet, name: string, value: number, word: string): void {
  fs.values.set(name, (fs.values.get(name) ?? 0) + value);
  remember(fs.words, name, word);
}

/** Sets a presence feature to 1, remembering the words behind it. */
function mark(fs: FeatureSet, name: string, word: string): void {
  fs.values.set(name, 1);
  remember(fs.words, name, word);
}

/**
 * Words too common to carry a stance or a judgement: articles, pronouns, auxiliaries,
 * conjunctions, prepositions. Negators and modals are kept (they carry meaning here).
 */
const STOP = new Set(
  `a an the this that these those it its he him his she her they them their we us our i me my
  you your who whom whose which what and or but nor so of in on at to for from by with as into
  onto about over after before than then there here is are was were be been being am has have
  had do does did 's s mr ms mrs`.split(/\s+/),
);

const isFunctionWord = (t: Token) => t.norm.length < 2 || STOP.has(t.norm);

/** A finding's category and class (`loaded:evaluative`), and its polarity sign (`:+`, `:-`, `:0`). */
const kindOf = (f: Finding) => `${f.category}${f.class ? `:${f.class}` : ''}`;
const signOf = (f: Finding) =>
  f.polarity === null ? '' : f.polarity > 0 ? ':+' : f.polarity < 0 ? ':-' : ':0';

/** Words within NEAR tokens of the target, by side: `near:<stem>` for the closest context. */
const NEAR = 4;
function nearFeatures(
  fs: FeatureSet,
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  target: TokenRange,
): void {
  const seen = new Set<string>();
  const lo = Math.max(from, target.start - NEAR);
  const hi = Math.min(to, target.end + NEAR);
  for (let i = lo; i < hi; i += 1) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.excluded || (i >= target.start && i < target.end)) continue;
    if (isFunctionWord(t)) continue;
    const name = `near:${t.key}`;
    if (seen.has(name)) continue;
    seen.add(name);
    add(fs, name, 1, text.slice(t.start, t.end));
  }
}

/**
 * Finding counts by category, class and sign, weighted by intensity (`find:`); with `presence`,
 * also whether any finding of each category and class is there (`has:`), after all of them.
 */
export function findingFeatures(
  fs: FeatureSet,
  findings: readonly Finding[],
  keep: (f: Finding) => boolean,
  presence = false,
): void {
  const present: [string, string][] = [];
  for (const f of findings) {
    if (!keep(f) || f.category === 'actor') continue;
    const sign = signOf(f);
    const kind = kindOf(f);
    const voice = f.voice === 'quoted' ? '@quoted' : '';
    add(fs, `find:${kind}${sign}${voice}`, f.weight / 3, f.text);
    if (presence) present.push([`has:${kind}${voice}`, f.text]);
  }
  for (const [name, word] of present) mark(fs, name, word);
}

/**
 * Modal auxiliaries and conditional subordinators in tokens `[from, to)` (`gram:`), in any
 * voice: what they govern is possible, predicted or conditional rather than asserted, and
 * uncertainty annotation (FactBank) marks it whoever speaks.
 */
export function grammarFeatures(
  fs: FeatureSet,
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): void {
  for (let i = from; i < to; i += 1) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.excluded) continue;
    const head = MODALS.get(t.norm) ?? (CONDITIONALS.has(t.norm) ? t.norm : undefined);
    if (head !== undefined) mark(fs, `gram:${head}`, text.slice(t.start, t.end));
  }
}

/**
 * The features of one scored sentence (bias, hedge): `findings` (those of the sentence, in
 * every voice) weighted (`find:`) and present (`has:`), and the modal and conditional words
 * of tokens `[from, to)` (`gram:`). Training reads a whole annotated text this way
 * (text-features.ts), the analyzer each sentence of an article (src/score/sentence-models.ts).
 */
export function sentenceSpanFeatures(
  text: string,
  tokens: readonly Token[],
  findings: readonly Finding[],
  from: number,
  to: number,
): FeatureSet {
  const fs = emptyFeatureSet();
  findingFeatures(fs, findings, () => true, true);
  grammarFeatures(fs, text, tokens, from, to);
  return fs;
}

/** The sentence features of a whole analyzed text (an annotated sentence): what `train` reads. */
export function wholeTextFeatures(r: {
  readonly article: { readonly text: string };
  readonly layer: { readonly tokens: readonly Token[] };
  readonly findings: readonly Finding[];
}): FeatureSet {
  const { tokens } = r.layer;
  return sentenceSpanFeatures(r.article.text, tokens, r.findings, 0, tokens.length);
}

/** Personal pronouns: a target that is one of them was named earlier (`pos:pronoun`). */
const PRONOUNS = new Set('he she him her his they them their i me my we us our you it'.split(' '));

/**
 * Where the target stands (`pos:`): inside a quotation (`pos:quoted`), as the speaker of one
 * (`pos:speaker`), as a pronoun (`pos:pronoun`), as a possessor (`pos:possessive`, "Warren's"),
 * first in its sentence (`pos:first`).
 */
function positionFeatures(
  fs: FeatureSet,
  sc: StanceContext,
  target: TokenRange,
  sentenceStart: number,
): void {
  const { tokens } = sc.layer;
  const { text } = sc.article;
  const words = text.slice(tokens[target.start]!.start, tokens[target.end - 1]!.end);
  if (voiceQuote(sc, target.start) >= 0) mark(fs, 'pos:quoted', words);
  if (ownSpeechOf(sc, target).size > 0) mark(fs, 'pos:speaker', words);
  if (target.end - target.start === 1 && PRONOUNS.has(tokens[target.start]!.norm))
    mark(fs, 'pos:pronoun', words);
  if (tokens[target.end]?.norm === "'s") mark(fs, 'pos:possessive', words);
  if (target.start === sentenceStart) mark(fs, 'pos:first', words);
}

/**
 * The words that govern the target (src/stance/roles.ts `governorsOf`), any verb or noun, not
 * only the connotation lexicon's: `verb:<stem>@agent` ("Trump *denied*", "*backed* by
 * Sanders"), `verb:<stem>@target` ("*slammed* the senator", "Biden was *elected*"), `~not` when
 * negated; `poss:<stem>` for what the target possesses ("Warren's *campaign*").
 */
function governorFeatures(fs: FeatureSet, sc: StanceContext, target: TokenRange): void {
  const { tokens } = sc.layer;
  for (const g of governorsOf(sc, target, isFunctionWord)) {
    const t = tokens[g.token]!;
    const name =
      g.role === 'possessor'
        ? `poss:${t.key}`
        : `verb:${t.key}@${g.role}${g.negated ? '~not' : ''}`;
    mark(fs, name, sc.article.text.slice(t.start, t.end));
  }
}

/**
 * AFINN tone of the target's sentence by sign, unweighted by distance, in the target's clause
 * (same clause id and voice, the target's own words left out: `tone:clause+`, `tone:clause-`)
 * and in the rest of the sentence (`tone:other+`, `tone:other-`), each Σ |valence| / 5 with a
 * negated word's sign flipped; and which lexicon categories the clause holds
 * (`clause:has:<category>[:<class>][:<sign>]`, 1 if present).
 */
function clauseFeatures(
  fs: FeatureSet,
  sc: StanceContext,
  target: TokenRange,
  from: number,
  to: number,
): void {
  const { tokens } = sc.layer;
  const { text } = sc.article;
  const quote = voiceQuote(sc, target.start);
  const clause = sc.clause[target.start]!;
  const inClause = (i: number) => sc.clause[i] === clause && voiceQuote(sc, i) === quote;
  for (let i = from; i < to; i += 1) {
    if ((i >= target.start && i < target.end) || sc.tone[i] === 0) continue;
    const v = ((sc.negated[i] === 1 ? -1 : 1) * sc.tone[i]!) / 5;
    const where = inClause(i) ? 'clause' : 'other';
    const word = text.slice(tokens[i]!.start, tokens[i]!.end);
    add(fs, `tone:${where}${v > 0 ? '+' : '-'}`, Math.abs(v), word);
  }
  const sentence = tokens[target.start]!.sentence;
  sc.findings.forEach((f, fi) => {
    if (f.sentence !== sentence || f.category === 'actor') return;
    if (!inClause(sc.findingTokens[fi]!.start)) return;
    mark(fs, `clause:has:${kindOf(f)}${signOf(f)}`, f.text);
  });
}

/** The features of one stance target (a token range) in an analyzed text. */
export function stanceTargetFeatures(
  sc: StanceContext,
  ix: StanceIndex,
  target: TokenRange,
): FeatureSet {
  const fs = emptyFeatureSet();
  const { tokens, sentences } = sc.layer;
  const { text } = sc.article;
  for (const cue of targetCues(sc, ix, target)) {
    const words = text.slice(tokens[cue.start]!.start, tokens[cue.end - 1]!.end);
    add(fs, `cue:${cue.feature}${cue.quote >= 0 ? '@quoted' : ''}`, cue.raw, words);
  }
  const s = sentences[tokens[target.start]!.sentence]!;
  findingFeatures(fs, sc.findings, (f) => f.sentence === tokens[target.start]!.sentence);
  nearFeatures(fs, text, tokens, s.tokenStart, s.tokenEnd, target);
  positionFeatures(fs, sc, target, s.tokenStart);
  governorFeatures(fs, sc, target);
  clauseFeatures(fs, sc, target, s.tokenStart, s.tokenEnd);
  return fs;
}
