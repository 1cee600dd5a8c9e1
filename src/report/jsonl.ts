/**
 * `articles.jsonl`: one JSON object per article, for programs: metadata, text, scores,
 * quotations, every finding, and the stance toward each actor with its evidence, with offsets
 * into `text`.
 */
import type { ArticleResult } from '../types.js';

export function articleRecord(r: ArticleResult): Record<string, unknown> {
  return {
    article_id: r.article.id,
    meta: { ...r.article.meta, provenance: { ...r.article.meta.provenance } },
    text: r.article.text,
    excluded: r.article.excluded,
    scores: r.scores,
    quotations: r.layer.quotations,
    findings: r.findings,
    actors: r.actors,
    quoted_stance: r.quotedStance,
    // Only with a trained bias or hedge model: a run without one writes what it always did.
    ...(r.sentences ? { sentences: r.sentences } : {}),
  };
}

export function toJsonl(results: readonly ArticleResult[]): string {
  return results.map((r) => `${JSON.stringify(articleRecord(r))}\n`).join('');
}
