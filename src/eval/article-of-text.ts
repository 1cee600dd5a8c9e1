/**
 * A bare text (already free of markup: an annotated sentence, or a text given to the library)
 * as an article, with no metadata but what is given.
 */
import type { Article, ArticleMeta } from '../types.js';

export function textArticle(id: string, text: string, meta: Partial<ArticleMeta> = {}): Article {
  return {
    id,
    text,
    excluded: [],
    meta: {
      title: null,
      outlet: null,
      author: null,
      date: null,
      url: null,
      source_path: id,
      provenance: {},
      ...meta,
    },
  };
}
