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
export const CLAUSE_PUNCT = set(`; : — – ? !`);

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

/**
 * Nouns a name can modify without a possessive ("the Trump campaign", "a Clinton aide"): the
 * phrase names the campaign or the aide, so what is said of it is not said of the person.
 */
export const NAME_MODIFIED_HEADS = set(`
  administration campaign campaigns aide aides adviser advisers advisor advisors spokesman
  spokeswoman spokesperson lawyer lawyers attorney attorneys staff staffer staffers team
  associate associates ally allies supporter supporters loyalist loyalists camp era presidency
  foundation organization family donor donors voter voters backers
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
 * Clause ids per token: a sentence is cut at semicolons, colons and dashes, at a comma followed
 * by a clause opener (not a relative "who" after a name), and before a contrastive word; a
 * bracketed aside is its own clause. Two tokens share a clause exactly when their ids are
 * equal; ids are unique per clause across the text.
 */
export function clauseIds(tokens: readonly Token[], sentences: readonly Sentence[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  let last = 0;
  /** A new clause id, unique across the text. */
  const fresh = (): number => {
    last += 1;
    return last;
  };
  for (const s of sentences) {
    let id = fresh();
    // An aside in brackets is a clause of its own, and the clause around it resumes after it:
    // in "Etheridge (D-N.C.) apologized" the name and its verb share a clause.
    const resume: number[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i += 1) {
      const t = tokens[i]!;
      const after = tokens[i + 1];
      if (t.kind === 'punct' && OPEN_BRACKETS.has(t.norm)) {
        resume.push(id);
        id = fresh();
      } else if (t.kind === 'punct' && CLOSE_BRACKETS.has(t.norm) && resume.length > 0) {
        ids[i] = id;
        id = resume.pop()!;
        continue;
      } else if (t.kind === 'punct' && CLAUSE_PUNCT.has(t.norm)) id = fresh();
      else if (
        t.norm === ',' &&
        after &&
        i + 1 < s.tokenEnd &&
        CLAUSE_OPENERS.has(after.norm) &&
        !relativeAfterName(tokens, i)
      )
        id = fresh();
      else if (t.kind === 'word' && CONTRAST.has(t.norm) && i > s.tokenStart) id = fresh();
      ids[i] = id;
    }
  }
  return ids;
}

/** Brackets that open and close an aside (clauseIds here; the aside skipper of roles.ts). */
export const OPEN_BRACKETS = set(`( [`);
export const CLOSE_BRACKETS = set(`) ]`);
const RELATIVES = set(`who whom whose`);

/**
 * ", who" right after a name opens a relative clause about that name ("Perry, who denounced
 * ..."): it stays in the name's clause, so what it says counts as said of the name.
 */
function relativeAfterName(tokens: readonly Token[], comma: number): boolean {
  const before = tokens[comma - 1];
  const after = tokens[comma + 1];
  return (
    before !== undefined &&
    after !== undefined &&
    before.kind === 'word' &&
    before.capitalized &&
    RELATIVES.has(after.norm)
  );
}
