/**
 * Closed-class English words the text layer's grammar rules need. These are grammar, not
 * evaluation, so they live with the code rather than in `lexicons/` (which users override).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words after which a capitalized word is an object, not a sentence subject or speaker. */
export const PREPOSITIONS = set(`
  about above across after against along amid among around as at before behind below beneath
  beside besides between beyond by despite during except for from in including inside into
  like near of off on onto over past per since than through throughout to toward towards under
  unlike until upon via with within without
`);

export const DETERMINERS = set(`a an the this that these those his her its their our my your`);

export const SUBJECT_PRONOUNS = set(`he she they it`);

/** Auxiliaries that, right before a reporting verb, make it passive ("was asked by X"). */
export const PASSIVE_AUX = set(`was were is are be been being`);

/** Words that may stand between a subject and its verb without breaking the link. */
export const VERB_MODIFIERS = set(`
  also then again later further still already once even just only had has have would will
  could might may should did does do not never repeatedly reportedly publicly privately
  directly explicitly openly
`);

/**
 * Lower-case heads that make a phrase a possible speaker: "the Kremlin spokesperson",
 * "US officials", "critics".
 */
export const ROLE_NOUNS = set(`
  spokesperson spokesman spokeswoman spokespeople official officials minister ministry president
  secretary government administration leader leaders analyst analysts expert experts critic
  critics source sources agency office department military army police authorities prosecutor
  prosecutors lawyer lawyers aide aides adviser advisers advisor advisors diplomat diplomats
  envoy ambassador commander general senator senators lawmaker lawmakers representative
  representatives chairman chairwoman chair chief director columnist reporter journalist
  researchers researcher residents witnesses people statement court council committee
  spokespersons officer officers staff team members member
`);

/**
 * Words that may open a sentence capitalized without being names. A capitalized word counts
 * as part of a name if it is not sentence-initial, or is not one of these.
 */
export const COMMON_SENTENCE_OPENERS = set(`
  a an the this that these those it its he she they we i you his her their our my your there
  here however although though but and or so yet if when while after before since because as
  in on at by for from with without during despite even still also later earlier meanwhile
  instead then now today yesterday last next far in to of critically notably indeed moreover
  furthermore shortly going what who which where why how some many most all both each every
  no not few several such one two three four five six seven eight nine ten according
`);

/**
 * Words that precede a short quotation used as a scare quote: a determiner ("a “false flag”",
 * "these “reforms”") or a naming word ("so-called “peace”"). Possessives are not cues: "its
 * “aggressive crimes”" after a speaker is usually the speaker's own phrase. A determiner may
 * also stand before a quoted title ("the “Defeat ISIS” campaign"); a naming word may not.
 */
export const SCARE_QUOTE_DETERMINERS = set(`a an the this that these those`);
export const SCARE_QUOTE_NAMING = set(`
  so-called called dubbed termed labelled labeled branded named styled nicknamed
`);

/** Sentence-final abbreviations that do not end a sentence: "Mr. Smith", "Gen. Milley". */
export const ABBREVIATIONS = set(`
  mr mrs ms dr st gen col lt sgt capt cmdr adm maj sen rep gov prof jr sr inc corp ltd co vs
  etc no jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev hon pres
`);

/**
 * Modal auxiliaries, each form (negative contractions too, and the halves "wo", "ca" of text
 * tokenized as "wo n't", "ca n't") mapped to its modal: the trained sentence models read them
 * as `gram:<modal>` (src/train/features.ts). They mark a proposition as possible, predicted or
 * required rather than asserted; the hedge lexicon keeps only the softening ones ("may",
 * "might", "could") as hedges, because a writer's "will" or "must" is not a hedge.
 */
export const MODALS: ReadonlyMap<string, string> = new Map(
  `will:will won't:will wo:will would:would wouldn't:would shall:shall should:should
  shouldn't:should can:can can't:can cannot:can ca:can could:could couldn't:could may:may
  might:might must:must mustn't:must`
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Subordinators that make a clause a condition or an open question ("if", "unless",
 * "whether", "until", "once"): what they govern is not asserted. `gram:<word>` in the trained
 * sentence models; the hedge lexicon leaves conditionals out (lexicons/hedges.yaml).
 */
export const CONDITIONALS = set(`if unless whether until once`);
