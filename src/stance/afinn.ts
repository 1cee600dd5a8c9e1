/**
 * General evaluative valence of a word, from AFINN-165 (Finn Årup Nielsen, 2009–2015; shipped
 * inside the `sentiment` npm package, MIT): about 3,400 English word forms scored -5..5. It is
 * the evaluative component's fallback for words the project's own lexicons do not list
 * ("praised", "disgraceful"); loaded-language findings, actor labels and connotation verbs
 * take precedence where they cover a word.
 *
 * A few entries are mostly function words in news prose and are left out: "like" (+2) is a
 * preposition far more often than a verb of liking; "no" and "yes" are particles; "please",
 * "want", "care", "pretty" and "well" rarely evaluate anyone.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AFINN = require('sentiment/languages/en/labels.json') as Record<string, number>;

const SKIP = new Set([
  'like',
  'likes',
  'liked',
  'no',
  'yes',
  'please',
  'want',
  'wants',
  'wanted',
  'care',
  'pretty',
  'well',
  'join',
  'joined',
  'joins',
  'matter',
  'matters',
  'god',
]);

const table = new Map<string, number>();
for (const [word, value] of Object.entries(AFINN)) {
  if (!SKIP.has(word)) table.set(word, value);
}

/** Valence of a normalized word, -5..5; 0 when AFINN does not list it. */
export function toneOf(norm: string): number {
  return table.get(norm) ?? 0;
}

export const AFINN_SOURCE = {
  key: 'afinn-165',
  title: 'AFINN-165 word list (Nielsen 2011), via the sentiment npm package',
  licence: 'MIT (package); list by Finn Årup Nielsen',
} as const;
