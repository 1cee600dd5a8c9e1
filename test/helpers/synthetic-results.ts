/** Analyzed articles of the seeded synthetic corpus (bench/corpus.ts), with the fixture lexicon. */
import { syntheticCorpus } from '../../bench/corpus.js';
import { analyzeArticle } from '../../src/analyze.js';
import { recordArticle } from '../../src/io/corpus-record.js';
import type { ArticleResult } from '../../src/types.js';
import { fixtureLexicon } from './fixture-lexicon.js';

export async function syntheticResults(articles: number, seed: number): Promise<ArticleResult[]> {
  const lexicon = await fixtureLexicon();
  return [...syntheticCorpus({ articles, seed })].map((a, i) =>
    analyzeArticle(
      recordArticle({
        id: a.id,
        sourcePath: 'c.jsonl',
        line: i + 1,
        text: a.text,
        meta: { outlet: a.outlet },
      }),
      lexicon,
    ),
  );
}
