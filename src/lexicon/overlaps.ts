/**
 * Which overlaps between lexicon categories are meant. A word may belong to two categories when
 * each measures something different about it; then both findings are right ("slammed" is a
 * reporting verb of class evaluative and loaded language). Any other overlap is a lint error:
 * the same word counted twice for one thing, or a stem that reaches into another list's word.
 *
 * A rule allows a pair of categories, either wholesale or only for the terms it names (a term
 * of either entry). Polarity contradictions are checked separately and never allowed.
 */
import type { EntryCategory } from './compile.js';

export interface OverlapRule {
  readonly categories: readonly [EntryCategory, EntryCategory];
  /** Terms (of either entry) the overlap is allowed for; absent: any term. */
  readonly terms?: readonly string[];
  readonly reason: string;
}

export const ALLOWED_OVERLAPS: readonly OverlapRule[] = [
  ...(['loaded', 'hedge', 'booster', 'reporting_verb', 'label', 'negator'] as const).map(
    (other): OverlapRule => ({
      categories: ['connotation', other],
      reason:
        'connotation verbs feed the role component of actor stance (how an act reflects on its agent); they are never findings of their own, so they double-count nothing',
    }),
  ),
  {
    categories: ['label', 'loaded'],
    reason:
      'an epithet is loaded language wherever it stands, and a label when it is attached to an actor ("the regime"); the two measures count it in different places',
  },
  {
    categories: ['loaded', 'reporting_verb'],
    reason:
      'an evaluative reporting verb judges the speech it introduces ("slammed", "gloated"): the reporting-verb class says how speech is framed, the loaded entry that the word itself is loaded',
  },
  {
    categories: ['hedge', 'reporting_verb'],
    terms: ['claim', 'alleged', 'purported', 'professed', 'insinuate', 'suggest', 'speculation'],
    reason:
      'distancing verbs ("claimed", "alleged") and the hedge of the same word are one act seen by two measures: how speech is introduced, and the distance the writer keeps from a claim',
  },
  {
    categories: ['booster', 'reporting_verb'],
    terms: ['make clear', 'demonstrate'],
    reason:
      '"made clear" and "demonstrated" introduce a claim and vouch for it: an endorsing reporting verb and a booster',
  },
  {
    categories: ['hedge', 'loaded'],
    terms: ['unsubstantiated'],
    reason:
      '"unsubstantiated" both keeps the writer at a distance from a claim and judges it; both measures are right',
  },
];

const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The rule allowing an overlap of these two entries, if any. */
export function allowedOverlap(
  a: { category: EntryCategory; term: string },
  b: { category: EntryCategory; term: string },
  rules: readonly OverlapRule[] = ALLOWED_OVERLAPS,
): OverlapRule | undefined {
  const pair = key(a.category, b.category);
  return rules.find(
    (r) =>
      key(r.categories[0], r.categories[1]) === pair &&
      (!r.terms || r.terms.includes(a.term) || r.terms.includes(b.term)),
  );
}
