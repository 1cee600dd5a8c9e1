/**
 * The one schema every lexicon file in `lexicons/` is validated against on load.
 *
 * A lexicon file is YAML: a header (id, version, category, language, licence, sources) and a
 * list of entries. `category` decides which entry shape applies: word lists (loaded, hedge,
 * booster, reporting_verb, label, connotation) share `wordEntry`; the actor gazetteer uses
 * `actorEntry`. Field meanings are documented in README.md ("Lexicon format").
 */
import { z } from 'zod';

export const WORD_CATEGORIES = [
  'loaded',
  'hedge',
  'booster',
  'reporting_verb',
  'label',
  'connotation',
  'negator',
] as const;
export type WordCategory = (typeof WORD_CATEGORIES)[number];

export const REPORTING_CLASSES = [
  'neutral',
  'distancing',
  'presupposing',
  'evaluative',
  'endorsing',
] as const;

export const ACTOR_TYPES = ['person', 'government', 'country', 'organisation', 'group'] as const;

const term = z
  .string()
  .min(1)
  .refine((t) => t.trim() === t && !/\s{2,}/.test(t), {
    message: 'has leading, trailing or doubled spaces; write single spaces between words',
  });

const source = z.object({
  title: z.string().min(1),
  licence: z.string().min(1),
  citation: z.string().optional(),
  url: z.string().optional(),
  note: z.string().optional(),
});

/** Words that must (or must not) stand right next to a match, as normalized tokens. */
const neighbours = z.array(z.string().min(1)).min(1);

export const wordEntry = z.strictObject({
  term,
  /** Extra surface forms the stemmer cannot derive ("made clear" for "make clear"). */
  variants: z.array(term).optional(),
  /** Sub-class inside the category (reporting-verb class, hedge type, label kind). */
  class: z.string().min(1).optional(),
  /** Intensity: 1 mild, 2 clear, 3 strong. */
  weight: z.number().positive().max(3).default(1),
  /** -1 negative, 0 neutral, 1 positive, where polarity applies. */
  polarity: z.union([z.literal(-1), z.literal(0), z.literal(1)]).optional(),
  /** Key into the header's `sources`. */
  source: z.string().min(1),
  note: z.string().optional(),
  /** Match the written form only; no stemming (for words whose stem collides, e.g. "critical"). */
  exact: z.boolean().optional(),
  /**
   * `lower`: only matches when written in lower case (keeps "Hope" the name out of "hope").
   * `any`: also matches capitalized in mid-sentence, for terms written with a capital
   * ("Orwellian"); by default a capitalized word in mid-sentence is taken to be part of a name.
   */
  case: z.enum(['any', 'lower']).optional(),
  /** The match is void when the next word is one of these ("critical" before "condition"). */
  not_before: neighbours.optional(),
  /** The match is void when the previous word is one of these. */
  not_after: neighbours.optional(),
  /** The match holds only when the next word is one of these. */
  only_before: neighbours.optional(),
  /** The match holds only when the previous word is one of these. */
  only_after: neighbours.optional(),
});
export type WordEntry = z.infer<typeof wordEntry>;

export const actorEntry = z.strictObject({
  /** Stable id used in every report (`vladimir-putin`, `us-government`). */
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case words joined by -'),
  name: z.string().min(1),
  type: z.enum(ACTOR_TYPES),
  /** Other names: short forms, titles, metonyms ("the Kremlin"), spellings ("Kiev"). */
  aliases: z.array(term).default([]),
  /** Actor id this one belongs to (a spokesperson to a government), for group views. */
  group: z.string().optional(),
  /** Demonyms that count as mentions ("Russian claims"); matched in lower and upper case. */
  demonyms: z.array(term).optional(),
  source: z.string().min(1),
  note: z.string().optional(),
});
export type ActorEntry = z.infer<typeof actorEntry>;

const header = {
  id: z.string().regex(/^[a-z0-9_-]+$/),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  language: z.string().min(2),
  licence: z.string().min(1),
  description: z.string().min(1),
  sources: z.record(z.string(), source),
};

export const wordLexicon = z.strictObject({
  ...header,
  category: z.enum(WORD_CATEGORIES),
  entries: z.array(wordEntry).min(1),
});
export const actorLexicon = z.strictObject({
  ...header,
  category: z.literal('actor'),
  entries: z.array(actorEntry).min(1),
});
export const lexiconFile = z.discriminatedUnion('category', [wordLexicon, actorLexicon]);
export type WordLexiconFile = z.infer<typeof wordLexicon>;
export type ActorLexiconFile = z.infer<typeof actorLexicon>;
export type LexiconFile = z.infer<typeof lexiconFile>;
