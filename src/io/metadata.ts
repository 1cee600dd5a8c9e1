/**
 * Merges metadata from its three sources, in order of trust: front matter (someone wrote it
 * down on purpose), then the document itself (markup, byline), then the file name, which
 * gives only a title, and only when nothing else does. Outlet and author are never guessed.
 */
import type { ArticleMeta, MetaOrigin } from '../types.js';
import type { DocMeta } from './blocks.js';
import { normalizeDate } from './dates.js';
import { META_FIELDS } from './front-matter.js';

export interface MetaSources {
  readonly frontMatter: DocMeta;
  readonly document: DocMeta;
  readonly sourcePath: string;
  /** Metadata a corpus record states; when given, it comes first and no title is guessed. */
  readonly record?: DocMeta;
}

/** The file name without folders and extension: `seeds/004_x.md` → `004_x`. */
export function fileStem(sourcePath: string): string {
  const name = sourcePath.split('/').pop() ?? sourcePath;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

export function mergeMeta({ frontMatter, document, sourcePath, record }: MetaSources): ArticleMeta {
  const meta: ArticleMeta = {
    title: null,
    outlet: null,
    author: null,
    date: null,
    url: null,
    source_path: sourcePath,
    provenance: {},
  };
  for (const field of META_FIELDS) {
    const given: [string | undefined, MetaOrigin][] = [
      [record?.[field], 'record'],
      [frontMatter[field], 'front_matter'],
      [document[field], 'document'],
    ];
    const found = given.find(([value]) => value !== undefined && value.trim() !== '');
    if (!found) continue;
    const value = found[0]!.trim();
    meta[field] = field === 'date' ? normalizeDate(value) : value;
    meta.provenance[field] = found[1];
  }
  if (meta.title === null && record === undefined) {
    const stem = fileStem(sourcePath);
    if (stem !== '') {
      meta.title = stem;
      meta.provenance.title = 'file_name';
    }
  }
  return meta;
}
