/**
 * General evaluative valence of a word, for the evaluative component's words that the
 * project's own lexicons do not list ("praised", "disgraceful"). Loaded-language findings,
 * actor labels and connotation verbs take precedence where they cover a word.
 *
 * The list is AFINN-165 (Finn Årup Nielsen, 2009–2015), shipped inside the `sentiment` npm
 * package (MIT): about 3,400 English word forms rated -5..5, inflected forms included
 * ("criticized", "killed"). VADER's larger list (7,500 entries) was tried as well and scored
 * lower on the NewsMTSC train split (more news words with a mild rating, which pulls neutral
 * sentences off neutral), so it is not used.
 *
 * Left out: words that are mostly function words in news prose ("like" is a preposition far
 * more often than a verb of liking; "no", "yes", "please", "want", "care", "pretty", "well"),
 * topic nouns that name the subject of a story rather than judge anyone ("war", "conflict",
 * "crisis"), words that are mostly part of boosters or idioms ("clear", "doubt", "kind"), and
 * the prefix "anti", which the tokenizer splits off ("anti-Trump bias" is someone else's
 * opposition to Trump, not the writer's tone about him).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const SKIP = new Set(
  `like likes liked no yes please want wants wanted care pretty well join joined joins matter
  matters god war wars conflict conflicts crisis clear doubt kind leave leadership
  responsibility ok okay sure anti`
    .trim()
    .split(/\s+/),
);

function afinn(): Map<string, number> {
  const raw = require('sentiment/languages/en/labels.json') as Record<string, number>;
  return new Map(Object.entries(raw));
}

function build(): Map<string, number> {
  const table = new Map<string, number>();
  for (const [word, value] of afinn()) if (!SKIP.has(word)) table.set(word, value);
  return table;
}

let table: Map<string, number> | null = null;

/** Valence of a normalized word, -5..5; 0 when AFINN does not list it. */
export function toneOf(norm: string): number {
  table ??= build();
  return table.get(norm) ?? 0;
}
