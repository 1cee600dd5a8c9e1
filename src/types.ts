/**
 * The shapes that flow through framelens, stage by stage:
 *
 *   read (io/) ─► Article ─► text layer (text/) ─► TextLayer ─► detectors (detect/) ─► Finding[]
 *     ─► scores (score/) ─► ArticleResult ─► corpus view (compare/) ─► reports (report/)
 *
 * Every offset anywhere is a UTF-16 index into `Article.text`, end-exclusive, and `text` is
 * exactly what the reports show. Nothing downstream of `read` ever sees markup.
 */

/** A half-open character range `[start, end)` into an article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** ISO 8601 date (`YYYY-MM-DD`) where one could be read, else the string as written. */
  date: string | null;
  url: string | null;
  /** Path of the file the article came from, relative to the working directory, `/`-separated. */
  source_path: string;
  /** Where each metadata field came from: front matter, the document itself, or the file name. */
  provenance: Partial<Record<'title' | 'outlet' | 'author' | 'date' | 'url', MetaOrigin>>;
}

export type MetaOrigin = 'front_matter' | 'document' | 'file_name' | 'record';

export interface Article {
  /** Stable id, unique in a run: the source path relative to its input root, without extension. */
  readonly id: string;
  readonly meta: ArticleMeta;
  /** The text shown in reports, markup removed. Every offset points into it. */
  readonly text: string;
  /**
   * Ranges of `text` that are shown but never scored: a contact footer, a byline or date line
   * already lifted into `meta`, the title when it was read from the document. Sorted, disjoint.
   */
  readonly excluded: readonly Span[];
}

export type TokenKind = 'word' | 'number' | 'punct' | 'clitic';

/**
 * One token. `norm` is the lowercased form with curly apostrophes straightened; `key` is the
 * matching key (cached Porter stem of `norm`) shared by lexicon terms and text alike.
 */
export interface Token extends Span {
  readonly kind: TokenKind;
  readonly norm: string;
  readonly key: string;
  /** Index of the sentence that holds this token. */
  readonly sentence: number;
  /** Index into `TextLayer.quotations` of the quotation that holds the token, or -1 (writer). */
  readonly quote: number;
  /** True for tokens inside an `Article.excluded` range: they are never counted or matched. */
  readonly excluded: boolean;
  /** True when the source letters begin with an upper-case letter. */
  readonly capitalized: boolean;
}

export interface Sentence extends Span {
  /** Token index range `[tokenStart, tokenEnd)`. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/**
 * `speech`: words attributed to a speaker (a full or partial quotation).
 * `scare`: a short phrase held at a distance by the writer ("a “false flag”"); its words stay
 * in the writer's voice for counting, and the quotation marks themselves are a hedge.
 * `title`: a short quoted name in title case, mid-sentence and with no speaker (the show
 * “This Week”, the “Defeat ISIS” campaign): the writer's voice, and no hedge.
 */
export type QuoteKind = 'speech' | 'scare' | 'title';

export interface Quotation extends Span {
  /** The quoted words, without the quotation marks. */
  readonly inner: Span;
  readonly kind: QuoteKind;
  /** Who the text says is speaking, as written ("Dmitry Peskov"), or null when it does not say. */
  readonly speaker: string | null;
  readonly speakerSpan: Span | null;
  /** Actor id the speaker resolved to, when the actor gazetteer knows it. */
  readonly speakerActor: string | null;
  /** The reporting verb that introduces the quotation ("said", "insisted"), if any. */
  readonly verb: string | null;
  readonly verbSpan: Span | null;
  /** Which attribution pattern found the speaker, for explanation and tests. */
  readonly attribution: AttributionPattern | null;
}

export type AttributionPattern =
  | 'quote-said-x'
  | 'quote-x-said'
  | 'x-said-quote'
  | 'x-verb-in-sentence'
  | 'according-to-x'
  | 'colon-after-name'
  | 'continued-quote';

export interface TextLayer {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly quotations: readonly Quotation[];
}

/** The categories a finding may have; a report shows one colour per category. */
export type Category = 'loaded' | 'hedge' | 'booster' | 'reporting_verb' | 'label' | 'actor';

export type Voice = 'writer' | 'quoted';

/**
 * The one shape every detector emits. CSV rows, JSONL records and HTML highlights are views of it.
 */
export interface Finding extends Span {
  /** Which rule fired: `lexicon:<entry_id>` for lexicon matches, or a named rule such as `scare-quote`. */
  readonly rule_id: string;
  readonly category: Category;
  /** `text.slice(start, end)`, kept for readers of the CSV. */
  readonly text: string;
  readonly voice: Voice;
  /** The quoted speaker when `voice` is `quoted` and the text says who; else null. */
  readonly speaker: string | null;
  /** The actor the finding is about or belongs to (actor mentions, labels), else null. */
  readonly actor: string | null;
  /** Sub-class inside the category: reporting-verb class, hedge type, and so on. */
  readonly class: string | null;
  /** Intensity, > 0. */
  readonly weight: number;
  /** -1, 0 or 1 where the entry has a polarity; null where polarity does not apply. */
  readonly polarity: number | null;
  /** True when a negator ("not", "never", "no") governs the match; polarity is then flipped. */
  readonly negated: boolean;
  /** Lexicon file the entry came from (`loaded.yaml`), or `rule` for built-in rules. */
  readonly lexicon: string;
  readonly entry_id: string;
  /** The entry's source key, as declared in the lexicon header. */
  readonly source: string;
  readonly sentence: number;
}

/**
 * Counts and rates for one article. Rates are per 1,000 words of the voice they count, and null
 * where that voice has no words. Hedges, boosters and reporting verbs count the writer's voice
 * only: in a quotation they are the speaker's.
 */
export interface ArticleScores {
  words: number;
  writer_words: number;
  quoted_words: number;
  loaded_writer_count: number;
  loaded_writer_per_1k: number | null;
  /** Sum of entry weights (1–3) per 1,000 writer words: intensity, not just frequency. */
  loaded_writer_weighted_per_1k: number | null;
  loaded_quoted_count: number;
  loaded_quoted_per_1k: number | null;
  hedge_count: number;
  hedge_per_1k: number | null;
  booster_count: number;
  booster_per_1k: number | null;
  /** Count of reporting verbs by class, in the writer's voice. */
  reporting: Record<string, number>;
  quotations: number;
  scare_quotes: number;
}

/** The five separately reported components of an article's stance toward an actor. */
export type StanceComponent = 'evaluative' | 'role' | 'labels' | 'reporting' | 'hedging';

/**
 * One piece of stance evidence: a cue about one mention of the actor (see src/stance/features.ts
 * for the features), with the words that carry it and its weighted contribution.
 */
export interface StanceEvidence {
  readonly component: StanceComponent;
  /** Feature name, such as `role_target_blamed` or `label`. */
  readonly feature: string;
  /**
   * Index into `ArticleResult.findings` of the cue's own finding (a label, loaded word, hedge or
   * reporting verb), or null when the cue is not a finding (a connotation verb, a tone word).
   */
  readonly finding: number | null;
  /** Index into `ArticleResult.findings` of the actor mention the cue is about. */
  readonly mention: number;
  /** Offsets and text of the cue's words. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The feature's value before weighting, in [-1, 1]. */
  readonly raw: number;
  /** Signed contribution after weighting (quoted evidence counts at the quoted weight). */
  readonly value: number;
  /** `quoted` when the cue sits inside a speech quotation: the speaker's view. */
  readonly voice: Voice;
  /** For quoted evidence, the speaker's actor id where known, else the speaker as written. */
  readonly speaker: string | null;
  /** Why, in words: `target of "accuse" (blame)`. */
  readonly note: string;
}

/** How one article treats one actor. Filled by the stance stage (src/stance/). */
export interface ActorStance {
  /** Actor id: gazetteer or user-file id, or `new:<slug>` for a name discovered in the text. */
  readonly actor: string;
  readonly name: string;
  readonly type: string;
  readonly group: string | null;
  readonly discovered: boolean;
  /** Mentions in the article: names, aliases, demonyms and resolved pronouns, in any voice. */
  readonly mentions: number;
  /** Of those, mentions inside speech quotations. */
  readonly mentions_quoted: number;
  /** The names the article uses for the actor, most frequent first ("Kiev", "Zelensky government"). */
  readonly names_used: readonly string[];
  /** Stance in [-1, 1] in the writer's voice; null when there is no evidence either way. */
  readonly stance: number | null;
  readonly ci_low: number | null;
  readonly ci_high: number | null;
  /** Each component's mean weighted evidence in [-1, 1], or null without evidence. */
  readonly components: Readonly<Record<StanceComponent, number | null>>;
  readonly evidence: readonly StanceEvidence[];
  /** Speech quotations whose speaker is this actor. */
  readonly times_quoted: number;
  /** Reporting-verb classes used to introduce the actor's speech, with counts. */
  readonly reporting_classes: Readonly<Record<string, number>>;
  /** Labels attached to the actor, as written, in order of first use. */
  readonly labels: readonly string[];
  /** The trained stance model's view, when the run has one (`--model`); absent otherwise. */
  readonly model?: ModelStance;
}

/**
 * A trained stance model's stance toward an actor: each writer-voice mention is scored by the
 * model (src/stance/model-stance.ts), and the scores are combined like the rules' evidence.
 */
export interface ModelStance {
  /** Mentions in the writer's voice that the model scored. */
  readonly mentions: number;
  /** Shrunk mean over those mentions of P(positive) − P(negative), in [-1, 1]; null without mentions. */
  readonly stance: number | null;
  readonly ci_low: number | null;
  readonly ci_high: number | null;
  /** How many mentions the model labelled negative, neutral and positive. */
  readonly labels: Readonly<Record<'negative' | 'neutral' | 'positive', number>>;
  /**
   * Mean log-odds of positive against negative over the scored mentions: `intercept` plus the
   * listed contributions plus `other`. Positive leans favourable.
   */
  readonly log_odds: number | null;
  /** The model's bias for positive minus its bias for negative. */
  readonly intercept: number;
  /** The largest contributions to `log_odds`, by absolute size, with the words behind each. */
  readonly contributions: readonly ModelContribution[];
  /** The sum of the smaller contributions not listed, so that intercept + all = log_odds. */
  readonly other: number;
}

export interface ModelContribution {
  /** Feature name (see README "Trained models"): `near:attack`, `cue:label`, ... */
  readonly feature: string;
  /**
   * (weight for the class the log-odds favour − weight for the other) × value: positive against
   * negative for stance (averaged over the scored mentions), biased against non-biased and
   * uncertain against certain for a sentence.
   */
  readonly contribution: number;
  /** The article's words that set the feature, at most five. */
  readonly words: readonly string[];
}

/**
 * A quoted speaker's stance toward an actor ("Zelensky accused Putin of criminal acts"): the
 * speaker's view, reported apart from the writer's.
 */
export interface QuotedStanceEdge {
  /** Actor id of the speaker. */
  readonly speaker: string;
  /** Actor id of the actor spoken about. */
  readonly target: string;
  /** Shrunk mean of the evidence values (unweighted by the quoted weight), in [-1, 1]. */
  readonly value: number;
  readonly evidence: readonly StanceEvidence[];
}

export interface ArticleResult {
  readonly article: Article;
  readonly layer: TextLayer;
  readonly findings: readonly Finding[];
  readonly scores: ArticleScores;
  /** Stance toward each actor mentioned, sorted by mentions (desc) then id. */
  readonly actors: readonly ActorStance[];
  readonly quotedStance: readonly QuotedStanceEdge[];
  /** Each sentence scored by the run's trained bias and hedge models; absent without one. */
  readonly sentences?: readonly ScoredSentence[];
}

/** The tasks a trained sentence model may have, and the class each one looks for. */
export type SentenceTask = 'bias' | 'hedge';

/**
 * One sentence as the run's trained sentence models read it (src/score/sentence-models.ts):
 * its features are the ones `framelens train bias|hedge` extracted from a training sentence.
 */
export interface ScoredSentence extends Span {
  /** 0-based sentence index (as in findings.csv). */
  readonly sentence: number;
  /** `writer`: no word inside a speech quotation; `quoted`: every word inside one; else `mixed`. */
  readonly voice: 'writer' | 'quoted' | 'mixed';
  readonly bias?: SentenceModelScore;
  readonly hedge?: SentenceModelScore;
}

/** A binary sentence model's reading of one sentence, as a sum of visible contributions. */
export interface SentenceModelScore {
  /** The predicted class (`biased` or `non-biased`; `uncertain` or `certain`). */
  readonly label: string;
  /** Probability of the marked class (`biased`, `uncertain`). */
  readonly probability: number;
  /** log(P(marked) / P(other)) = `intercept` + the listed contributions + `other`. */
  readonly log_odds: number;
  /** The model's bias for the marked class minus its bias for the other. */
  readonly intercept: number;
  /** The largest contributions by absolute size, with the words behind each. */
  readonly contributions: readonly ModelContribution[];
  readonly other: number;
}
