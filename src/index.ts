/**
 * The framelens library. `analyze()` is what tests and programs call:
 *
 *   import { analyze, loadLexicon } from 'framelens';
 *   const lexicon = await loadLexicon();
 *   const result = analyze('The regime’s so-called reforms …', { lexicon });
 *   result.findings  // every finding with offsets, voice, entry and source
 *   result.scores    // rates per 1,000 words
 */
import { analyzeArticle } from './analyze.js';
import { textArticle } from './eval/article-of-text.js';
import type { Lexicon } from './lexicon/compile.js';
import type { ArticleMeta, ArticleResult } from './types.js';

export { analyzeArticle, compareFindings, DETECTORS } from './analyze.js';
export { CorpusBuilder, type CorpusView } from './compare/corpus.js';
export { distinctiveTerms, logOdds } from './compare/log-odds.js';
export { ConfigError, InputError } from './errors.js';
export { type InputItem, readInputs } from './io/corpus.js';
export { type CorpusRecord, DEFAULT_FIELDS, type RecordFields } from './io/corpus-record.js';
export { listInputs } from './io/list-inputs.js';
export { parseArticle, readArticleFile } from './io/read-article.js';
export type { CompiledEntry, Lexicon } from './lexicon/compile.js';
export { compileLexicon } from './lexicon/compile.js';
export { DEFAULT_LEXICON_DIR, loadLexicon } from './lexicon/lexicon-set.js';
export { parseLexicon, readLexiconDir, readLexiconFile } from './lexicon/load.js';
export { AGGREGATES, type Aggregate } from './report/aggregates.js';
export { articleColumns, errorColumns, findingColumns } from './report/columns.js';
export { toCsv } from './report/csv.js';
export { renderHtmlReport } from './report/html.js';
export { buildCorpus, MEASURES, RATE_MEASURES } from './report/measures.js';
export { type ReportCorpus, type ReportWriter, WRITERS } from './report/writers.js';
export { runMap, runMerge } from './run/map-merge.js';
export {
  type AnalyzeOptions,
  type CorpusReadOptions,
  EXIT,
  runAnalyze,
  SIDE_BY_SIDE_MAX,
} from './run.js';
export type * from './types.js';
export { VERSION } from './version.js';

export interface AnalyzeTextOptions {
  readonly lexicon: Lexicon;
  readonly id?: string;
  readonly meta?: Partial<ArticleMeta>;
}

/** Analyzes one text (already free of markup) and returns its findings and scores. */
export function analyze(text: string, options: AnalyzeTextOptions): ArticleResult {
  const article = textArticle(options.id ?? 'text', text, options.meta);
  return analyzeArticle(article, options.lexicon);
}
