/**
 * The per-article pipeline, stage by stage, in one place:
 *
 *   tokenize ─► quotations and sentences ─► match lexicons ─► speakers (by reporting verbs)
 *     ─► resolve speakers to actors ─► detectors ─► attach labels to actors ─► findings (sorted)
 *     ─► scores ─► stance toward each actor and quoted speakers' stances
 *     ─► with a trained model (`--model`), the model's stance toward each actor too, and with
 *        a trained bias or hedge model, each sentence read by it
 *
 * Pure: the same article and lexicon give the same result; no I/O.
 */

import { actorMentionFindings } from './detect/actor-mentions.js';
import type { DetectContext } from './detect/context.js';
import { attachLabels } from './detect/label-attachment.js';
import { lexiconFindings } from './detect/lexicon-findings.js';
import { scareQuoteFindings } from './detect/scare-quotes.js';
import { resolveSpeakers } from './detect/speakers.js';
import type { Lexicon } from './lexicon/compile.js';
import { type Match, matchTokens } from './lexicon/match.js';
import { scoreArticle } from './score/article-scores.js';
import { scoreSentences } from './score/sentence-models.js';
import { actorStances } from './stance/actor-stance.js';
import { type StanceContext, stanceContext } from './stance/context.js';
import { type StanceIndex, stanceIndex } from './stance/features.js';
import { modelStances } from './stance/model-stance.js';
import type { VerbAt } from './text/attribution.js';
import { attribute, segment, tokenizeArticle } from './text/layer.js';
import type { Article, ArticleResult, Finding } from './types.js';

/** The detectors, in order. Each is a pure function of the context returning findings. */
export const DETECTORS: ReadonlyArray<{ name: string; run: (ctx: DetectContext) => Finding[] }> = [
  { name: 'lexicon', run: lexiconFindings },
  { name: 'scare-quotes', run: scareQuoteFindings },
  { name: 'actor-mentions', run: actorMentionFindings },
];

function reportingVerbs(matches: readonly Match[]): VerbAt {
  const ends = new Map<number, number>();
  for (const m of matches) if (m.entry.category === 'reporting_verb') ends.set(m.start, m.end);
  return (i) => ends.get(i) ?? -1;
}

/** Findings in a fixed order: offset, then longer first, then category and rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    (a.category < b.category ? -1 : a.category > b.category ? 1 : 0) ||
    (a.rule_id < b.rule_id ? -1 : a.rule_id > b.rule_id ? 1 : 0)
  );
}

/** The pipeline's result with the stance stage's context, for the eval commands. */
export interface PipelineResult {
  readonly result: ArticleResult;
  readonly stance: StanceContext;
  readonly index: StanceIndex;
}

export function runPipeline(article: Article, lexicon: Lexicon): PipelineResult {
  const seg = segment(article, tokenizeArticle(article));
  const matches = matchTokens(lexicon, seg.tokens, article.text, seg.sentences);
  const layer = resolveSpeakers(attribute(seg, reportingVerbs(matches)), matches, lexicon);
  const ctx: DetectContext = { article, layer, lexicon, matches };
  const findings = attachLabels(ctx, DETECTORS.flatMap((d) => d.run(ctx)).sort(compareFindings));
  const stance = stanceContext(article, layer, lexicon, matches, findings);
  const index = stanceIndex(
    stance,
    matches.filter((m) => m.entry.category === 'reporting_verb'),
  );
  const rules = actorStances(stance, index);
  const { quotedStance } = rules;
  let { actors } = rules;
  if (lexicon.stanceModel) {
    const byActor = modelStances(stance, index, lexicon.stanceModel.model);
    actors = actors.map((a) => {
      const model = byActor.get(a.actor);
      return model ? { ...a, model } : a;
    });
  }
  const result: ArticleResult = {
    article,
    layer,
    findings,
    scores: scoreArticle(layer, findings),
    actors,
    quotedStance,
    ...(lexicon.sentenceModels
      ? { sentences: scoreSentences(article.text, layer, findings, lexicon.sentenceModels) }
      : {}),
  };
  return { result, stance, index };
}

export function analyzeArticle(article: Article, lexicon: Lexicon): ArticleResult {
  return runPipeline(article, lexicon).result;
}
