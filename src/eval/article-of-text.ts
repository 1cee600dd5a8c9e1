/** A bare text (an annotated sentence or article) as an article with no metadata. */
import type { Article } from '../types.js';

export function textArticle(id: string, text: string): Article {
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
    },
  };
}
