import { analyze } from '../../src/index.js';
import type { Lexicon } from '../../src/lexicon/compile.js';
import { loadLexicon } from '../../src/lexicon/lexicon-set.js';
import type { ActorStance, ArticleResult } from '../../src/types.js';

let cached: Promise<Lexicon> | null = null;

/** The shipped lexicons in lexicons/: the stance stage needs the real gazetteer and lists. */
export function shippedLexicon(): Promise<Lexicon> {
  cached ??= loadLexicon();
  return cached;
}

export async function analyzeShipped(text: string): Promise<ArticleResult> {
  return analyze(text, { lexicon: await shippedLexicon() });
}

export function actorOf(r: ArticleResult, id: string): ActorStance {
  const a = r.actors.find((x) => x.actor === id);
  if (!a) throw new Error(`no actor ${id}; found ${r.actors.map((x) => x.actor).join(', ')}`);
  return a;
}
