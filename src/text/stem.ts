/**
 * The matching key of a word: its Porter stem, cached per distinct normalized form.
 *
 * natural's Porter stemmer runs at about 150k words/s; news text repeats its words, so a cache
 * turns that into one Map lookup per token (a 3-million-word corpus has ~14k distinct words).
 * We deep-import the stemmer module: natural's main entry loads ~1,300 modules and calls
 * dotenv, which prints to stdout (see TOOLCHAIN.md).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as {
  stem(word: string): string;
};

/** Past this many distinct forms the cache starts over, so memory stays flat on huge corpora. */
const CACHE_LIMIT = 200_000;
const cache = new Map<string, string>();

export function stemKey(norm: string): string {
  let key = cache.get(norm);
  if (key === undefined) {
    // Words with digits or dots ("u.s.", "2023") are their own key: stemming would only mangle them.
    key = /^[a-z']+$/.test(norm) && norm.length > 2 ? porter.stem(norm) : norm;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    // A key of 13 characters or more may be a slice of the article's text, which it would keep
    // alive for as long as it is cached: cache a copy of its own.
    cache.set(norm.length >= 13 ? ` ${norm}`.slice(1) : norm, key);
  }
  return key;
}
