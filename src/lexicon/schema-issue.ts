/**
 * Turns the first schema problem in a lexicon file into words a person editing the file can act
 * on: the field, what was expected, what was found, and the fix. For example
 *
 *   mine.yaml:11: entries[0].wieght: unknown field "wieght" (expected one of term, variants,
 *   weight, …). did you mean `weight`? [E_LEXICON_SCHEMA]
 */
import { createRequire } from 'node:module';
import type { z } from 'zod';
import { quoteFound } from '../errors.js';
import { actorEntry, source, wordEntry } from './schema.js';

const require = createRequire(import.meta.url);
// Deep import: natural's main entry loads ~1,300 modules and prints to stdout (TOOLCHAIN.md).
const { DamerauLevenshteinDistance: distance } =
  require('natural/lib/natural/distance/levenshtein_distance.js') as {
    DamerauLevenshteinDistance(a: string, b: string): number;
  };

const HEADER_KEYS = [
  'id',
  'version',
  'category',
  'language',
  'licence',
  'description',
  'sources',
  'entries',
];

export interface IssueDetail {
  readonly message: string;
  /** Path to the offending value, for its line (an unknown key points at the key itself). */
  readonly path: (string | number)[];
  readonly expected?: string;
  readonly hint: string;
}

/** The keys allowed where an unknown key was found. */
function allowedKeys(path: readonly PropertyKey[], raw: unknown): string[] {
  if (path.length === 0) return HEADER_KEYS;
  if (path[0] === 'sources') return Object.keys(source.shape);
  const category = raw && typeof raw === 'object' ? (raw as { category?: unknown }).category : '';
  return Object.keys((category === 'actor' ? actorEntry : wordEntry).shape);
}

function closest(word: string, options: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const o of options) {
    const d = distance(word, o);
    if (d < bestDistance) [best, bestDistance] = [o, d];
  }
  return best;
}

/** "Bad_Id" → "bad-id": what a kebab-case id would look like. */
export function kebab(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const README_HINT = 'see "Lexicon format" in README.md for every field';

export function explainIssue(issue: z.core.$ZodIssue, raw: unknown, found: unknown): IssueDetail {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      const allowed = allowedKeys(issue.path, raw);
      const near = closest(key, allowed);
      return {
        message: `unknown field ${quoteFound(key)}`,
        path: [...path, key],
        expected: `one of ${allowed.join(', ')}`,
        hint: near ? `did you mean \`${near}\`?` : 'remove it, or check its spelling',
      };
    }
    case 'invalid_type':
      return {
        message: issue.message,
        path,
        expected: issue.expected,
        hint: README_HINT,
      };
    case 'invalid_format':
      return {
        message: issue.message,
        path,
        hint:
          path[path.length - 1] === 'id' && typeof found === 'string' && kebab(found) !== ''
            ? `write it as "${kebab(found)}"`
            : README_HINT,
      };
    default:
      return { message: issue.message, path, hint: README_HINT };
  }
}
