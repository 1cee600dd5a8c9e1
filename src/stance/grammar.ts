/**
 * The little grammar the stance stage needs, without a parser: clause boundaries inside a
 * sentence, and which words may stand between an actor mention and the verb that governs it.
 * Closed-class words, so they live with the code rather than in `lexicons/`.
 */
import type { Sentence, Token } from '../types.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Words that open a new clause when they follow a comma, or anywhere for the contrastive ones:
 * "Russia attacked Kyiv, while Ukraine defended itself" puts "defended" outside Russia's clause.
 */
export const CLAUSE_OPENERS = set(`
  but while whereas although though however because since unless yet and or so which who whom
  whose where when after before until despite instead meanwhile
`);

/** Contrastive words that open a clause even without a comma before them. */
export const CONTRAST = set(`but whereas although though however yet`);

/** Punctuation that always ends a clause. */
export const CLAUSE_PUNCT = set(`; : ( ) [ ] — – ? !`);

/** Auxiliaries and modal verbs that may stand between a subject and its verb. */
export const AUXILIARIES = set(`
  has have had having will would shall should can could may might must do does did is are was
  were be been being am get gets got getting
`);

/** Auxiliaries that, right before a participle, make it passive ("was shot down"). */
export const PASSIVE_AUX = set(`is are was were be been being am get gets got getting`);

/** Adverbs and particles that do not break a subject-verb link ("also", "reportedly", "not"). */
export const VERB_ADVERBS = set(`
  also then again later further still already once even just only not never repeatedly
  reportedly allegedly publicly privately directly explicitly openly n't finally soon quickly
  deliberately apparently effectively indeed initially
`);

/** Prepositions that make the next noun phrase the target of a nominal act ("attack on X"). */
export const TARGET_PREPOSITIONS = set(`on against at upon toward towards of to into for over`);

/** Words that can open or sit inside a noun phrase before its head. */
export const NP_DETERMINERS = set(`
  the a an this that these those his her its their our my your some any every all both many
  several few another
`);

/**
 * Words that never sit inside a noun phrase: when one of them stands between a label and a
 * mention, the two are not in the same phrase ("the regime said Putin" attaches nothing).
 */
export const NOT_IN_NP = set(`
  is are was were be been being am has have had do does did will would shall should can could
  may might must and or but if then than that which who whom whose when where while because as
  to by with from in on at for of about into over under after before since during without
  against between through not n't never no he she it they we i you him them us me said says
  say told tells
`);

/**
 * Clause ids per token: a sentence is cut at semicolons, colons, dashes and brackets, at a
 * comma followed by a clause opener, and before a contrastive word. Ids increase through the
 * text, so two tokens share a clause exactly when their ids are equal.
 */
export function clauseIds(tokens: readonly Token[], sentences: readonly Sentence[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  let id = 0;
  for (const s of sentences) {
    id += 1;
    for (let i = s.tokenStart; i < s.tokenEnd; i += 1) {
      const t = tokens[i]!;
      const next = tokens[i + 1];
      if (t.kind === 'punct' && CLAUSE_PUNCT.has(t.norm)) id += 1;
      else if (t.norm === ',' && next && i + 1 < s.tokenEnd && CLAUSE_OPENERS.has(next.norm))
        id += 1;
      else if (t.kind === 'word' && CONTRAST.has(t.norm) && i > s.tokenStart) id += 1;
      ids[i] = id;
    }
  }
  return ids;
}
