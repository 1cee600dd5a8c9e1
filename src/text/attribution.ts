/**
 * Who is speaking in each quotation, with the reporting verb that introduces it, and whether a
 * short quotation is speech or a scare quote. The patterns, tried in this order:
 *
 *   quote-said-x        “We didn't attack Putin,” said Zelensky.
 *   quote-x-said        “We regard these actions as …,” Moscow said.
 *   x-said-quote        Blinken again reiterated, “These are decisions for Ukraine …”
 *   x-verb-in-sentence  Dmitry Peskov, the Kremlin spokesperson, accused the US of being “unequivocally” involved
 *   according-to-x      The attack was “planned,” according to the ministry.
 *   colon-after-name    Vindman: “It demonstrates how vulnerable Russia really is.”
 *   continued-quote     a quotation that opens a paragraph right after a speaker's quotation
 *
 * A passive reporting verb takes its speaker from the `by` phrase ("was asked by … David
 * Ignatius"), or has none. A subject pronoun ("She refused …, declaring, “…”") takes the
 * subject of the previous sentence, else the speaker of a quotation in the last two sentences.
 *
 * Short quotations (at most four words) are scare quotes when a determiner or a naming verb
 * stands right before them ("was a “false flag”", "so-called “peace”") or when no speaker can be
 * found; otherwise they are partial speech ("described these allegations as “baseless.”").
 * A short quotation with no speaker and no naming word before it that reads as a name in title
 * case (ABC's “This Week”) is a title instead (see `isTitle`).
 */
import type { AttributionPattern, QuoteKind, Sentence } from '../types.js';
import {
  PASSIVE_AUX,
  SCARE_QUOTE_DETERMINERS,
  SCARE_QUOTE_NAMING,
  VERB_MODIFIERS,
} from './function-words.js';
import { type Phrase, PhraseReader } from './noun-phrases.js';
import type { QuoteSpan } from './quote-marks.js';
import { firstTokenAt } from './token-search.js';
import type { RawToken } from './tokenize.js';

/** Returns the token index just past a reporting verb that starts at token `i`, or -1. */
export type VerbAt = (i: number) => number;

export interface Attribution {
  kind: QuoteKind;
  speaker: Phrase | null;
  verb: { start: number; end: number } | null;
  pattern: AttributionPattern | null;
}

const SHORT_QUOTE_WORDS = 4;
/**
 * How far into a sentence a subject may start after an introductory phrase ("After the
 * meeting in Brussels on Tuesday, Blinken said …"). Bounded so a sentence of thousands of
 * commas is not rescanned for every quotation in it.
 */
const MAX_INTRO_TOKENS = 40;

export function attributeQuotes(
  tokens: readonly RawToken[],
  sentences: readonly Sentence[],
  quotes: readonly QuoteSpan[],
  verbAt: VerbAt,
): Attribution[] {
  const starts = new Set(sentences.map((s) => s.tokenStart));
  const np = new PhraseReader(tokens, starts);
  const results: Attribution[] = [];
  const tokenAt = (pos: number): number => firstTokenAt(tokens, pos);
  const sentenceOf = (i: number) => sentences[tokens[i]!.sentence]!;
  const outsideQuotes = (i: number) => tokens[i]!.quote === -1;

  const skipModifiersLeft = (j: number, floor: number): number => {
    let k = j;
    while (k >= floor) {
      const t = tokens[k]!;
      if (
        t.kind === 'word' &&
        (VERB_MODIFIERS.has(t.norm) || (t.norm.endsWith('ly') && !t.capitalized))
      )
        k -= 1;
      else break;
    }
    return k;
  };

  /** The first phrase of a sentence that is its subject, after any introductory phrase. */
  const sentenceSubject = (s: Sentence, before: number): Phrase | null => {
    const direct = np.startingAt(s.tokenStart, before);
    if (direct && !np.isPrepositionalObject(direct)) return direct;
    const limit = Math.min(before, s.tokenStart + MAX_INTRO_TOKENS);
    for (let k = s.tokenStart; k < limit; k += 1) {
      if (tokens[k]!.norm === ',' && outsideQuotes(k)) {
        const p = np.startingAt(k + 1, before);
        if (p && !np.isPrepositionalObject(p)) return p;
      }
    }
    return null;
  };

  /** Resolves "he/she/they" to an earlier speaker or subject; returns the pronoun if it cannot. */
  const resolvePronoun = (p: Phrase, sentence: number): Phrase => {
    const prevSentence = sentences[sentence - 1];
    const subject = prevSentence ? sentenceSubject(prevSentence, prevSentence.tokenEnd) : null;
    if (subject && !subject.pronoun) return subject;
    // The latest quotation with a named speaker, if it is at most two sentences back.
    if (lastNamed >= 0 && sentence - tokens[tokenAt(quotes[lastNamed]!.start)]!.sentence <= 2) {
      return results[lastNamed]!.speaker!;
    }
    return p;
  };
  let lastNamed = -1;

  const subjectOf = (v: number, s: Sentence): Phrase | null => {
    let j = skipModifiersLeft(v - 1, s.tokenStart);
    if (tokens[j]?.norm === ',') {
      // An appositive between commas: "Dmitry Peskov, the Kremlin spokesperson, accused".
      let k = j - 1;
      while (k >= s.tokenStart && j - k < 14 && tokens[k]!.norm !== ',') k -= 1;
      const appositive =
        k >= s.tokenStart && tokens[k]!.norm === ',' ? np.endingAt(k - 1, s.tokenStart) : null;
      if (appositive) j = k - 1;
      else return tokens[v]!.norm.endsWith('ing') ? sentenceSubject(s, v) : null;
    }
    const p = np.endingAt(j, s.tokenStart);
    if (p && !np.isPrepositionalObject(p)) return p;
    return tokens[v]!.norm.endsWith('ing') ? sentenceSubject(s, v) : null;
  };

  // The speaker of a reporting verb depends on the verb alone: computed once per verb, since
  // one verb may introduce thousands of quotations in a pathological sentence.
  const verbSpeakers = new Map<number, Phrase | null>();
  const speakerForVerb = (v: number, vEnd: number, s: Sentence): Phrase | null => {
    let p = verbSpeakers.get(v);
    if (p === undefined) {
      p = findSpeakerForVerb(v, vEnd, s);
      verbSpeakers.set(v, p);
    }
    return p;
  };
  const findSpeakerForVerb = (v: number, vEnd: number, s: Sentence): Phrase | null => {
    const aux = tokens[skipModifiersLeft(v - 1, s.tokenStart)];
    if (aux && PASSIVE_AUX.has(aux.norm)) {
      for (let k = vEnd; k < Math.min(vEnd + 4, s.tokenEnd); k += 1) {
        if (tokens[k]!.norm === 'by') {
          // "was asked by Washington Post columnist David Ignatius": the name closest to the
          // end of the phrase is the person.
          const p = np.startingAt(k + 1, s.tokenEnd);
          return p;
        }
      }
      return null;
    }
    return subjectOf(v, s);
  };

  // For each token, the start of the nearest reporting verb before it in its sentence, outside
  // quotations (-1 if none): one pass, instead of a scan back per quotation.
  const verbBefore = new Int32Array(tokens.length);
  for (let i = 0, last = -1; i < tokens.length; i += 1) {
    if (i > 0 && tokens[i]!.sentence !== tokens[i - 1]!.sentence) last = -1;
    verbBefore[i] = last;
    if (outsideQuotes(i) && verbAt(i) > i) last = i;
  }
  // "according to X" gives one speaker per sentence.
  const accordingTo = new Map<number, Phrase | null>();
  const accordingToIn = (s: Sentence, index: number): Phrase | null => {
    let found = accordingTo.get(index);
    if (found !== undefined) return found;
    found = null;
    for (let k = s.tokenStart; !found && k + 2 < s.tokenEnd; k += 1) {
      if (tokens[k]!.norm === 'according' && tokens[k + 1]!.norm === 'to' && outsideQuotes(k)) {
        found = np.startingAt(k + 2, s.tokenEnd);
      }
    }
    accordingTo.set(index, found);
    return found;
  };

  for (const q of quotes) {
    const open = tokenAt(q.start);
    let close = tokenAt(q.end) - 1;
    if (close < open) close = open;
    let words = 0;
    for (let k = open; k <= close; k += 1) if (tokens[k]!.kind === 'word') words += 1;
    const s = sentenceOf(open);
    const sClose = sentenceOf(close);
    let found: Attribution | null = null;
    const make = (
      speaker: Phrase | null,
      verb: { start: number; end: number } | null,
      pattern: AttributionPattern,
    ): Attribution => {
      const sentence = tokens[open]!.sentence;
      const resolved = speaker?.pronoun ? resolvePronoun(speaker, sentence) : speaker;
      return { kind: 'speech', speaker: resolved, verb, pattern };
    };

    // After the quote: “…,” said X / “…,” X said.
    let a = close + 1;
    while (a < sClose.tokenEnd && tokens[a]!.norm === ',') a += 1;
    if (a < sClose.tokenEnd) {
      const vEnd = verbAt(a);
      if (vEnd > a) {
        const p = np.startingAt(vEnd, sClose.tokenEnd);
        if (p) found = make(p, { start: a, end: vEnd }, 'quote-said-x');
      } else {
        const p = np.startingAt(a, sClose.tokenEnd);
        const v = p ? skipModifiersRight(tokens, p.end, sClose.tokenEnd) : -1;
        const vEnd2 = v >= 0 ? verbAt(v) : -1;
        if (p && vEnd2 > v) found = make(p, { start: v, end: vEnd2 }, 'quote-x-said');
      }
    }
    // Before the quote, in its sentence: the nearest reporting verb outside quotations.
    const v = verbBefore[open]!;
    if (!found && v >= s.tokenStart) {
      const vEnd = verbAt(v);
      const speaker = speakerForVerb(v, vEnd, s);
      const pattern = open - vEnd <= 3 ? 'x-said-quote' : 'x-verb-in-sentence';
      found = speaker
        ? make(speaker, { start: v, end: vEnd }, pattern)
        : { kind: 'speech', speaker: null, verb: { start: v, end: vEnd }, pattern: null };
    }
    // "according to X" anywhere in the sentence.
    if (!found) {
      const p = accordingToIn(s, tokens[open]!.sentence);
      if (p) found = make(p, null, 'according-to-x');
    }
    // Name: “…”
    if (!found && tokens[open - 1]?.norm === ':') {
      const p = np.endingAt(open - 2, s.tokenStart);
      if (p) found = make(p, null, 'colon-after-name');
    }
    // A quotation opening a paragraph straight after a speaker's quotation continues it.
    const prev = results[results.length - 1];
    const prevQuote = quotes[results.length - 1];
    if (!found && prev?.speaker && prevQuote && !prevQuote.closed) {
      found = { kind: 'speech', speaker: prev.speaker, verb: null, pattern: 'continued-quote' };
    }

    const short = words <= SHORT_QUOTE_WORDS;
    const cue = tokens[open - 1];
    const cueWord = cue !== undefined && cue.kind === 'word' ? cue.norm : '';
    const namingCue = SCARE_QUOTE_NAMING.has(cueWord);
    const scareCue = namingCue || SCARE_QUOTE_DETERMINERS.has(cueWord);
    if (short && !namingCue && !found?.speaker && isTitle(tokens, open, q, s)) {
      results.push({ kind: 'title', speaker: null, verb: null, pattern: null });
    } else if (short && (scareCue || !found?.speaker)) {
      results.push({ kind: 'scare', speaker: null, verb: null, pattern: null });
    } else {
      const result = found ?? { kind: 'speech', speaker: null, verb: null, pattern: null };
      if (result.speaker && !result.speaker.pronoun) lastNamed = results.length;
      results.push(result);
    }
  }
  return results;
}

/** Words a title may keep in lower case ("Meet the Press", "War of the Worlds"). */
const TITLE_SMALL_WORDS = new Set(
  'a an the of and or in on at to for with by from as vs'.split(' '),
);

/**
 * A quotation of two or more words, all capitalised (small words aside), that does not open its
 * sentence, where a capital would say nothing: a name or title, not words held at a distance.
 */
function isTitle(tokens: readonly RawToken[], open: number, q: QuoteSpan, s: Sentence): boolean {
  if (open <= s.tokenStart) return false;
  let words = 0;
  for (let k = open; k < tokens.length && tokens[k]!.start < q.end; k += 1) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    const small = TITLE_SMALL_WORDS.has(t.norm) && words > 0;
    if (!t.capitalized && !small) return false;
    words += 1;
  }
  // One capitalised word ("a “Hoax”") is as often emphasis as a name: a title has two or more.
  return words >= 2;
}

function skipModifiersRight(tokens: readonly RawToken[], i: number, ceiling: number): number {
  let k = i;
  while (k < ceiling && tokens[k]!.kind === 'word' && VERB_MODIFIERS.has(tokens[k]!.norm)) k += 1;
  return k < ceiling ? k : -1;
}
