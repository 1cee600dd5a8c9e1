/**
 * The columns of `actors.csv` (one row per article and actor: how the writer treats the actor)
 * and `quoted-stance.csv` (one row per article, quoted speaker and actor spoken about). Same
 * conventions as columns.ts; the codebook and the README table are generated from these lists.
 */
import { formatContributions } from '../train/model.js';
import type { ActorStance, QuotedStanceEdge, StanceComponent } from '../types.js';
import type { Column } from './columns.js';

export interface ActorRow {
  readonly articleId: string;
  readonly outlet: string | null;
  readonly actor: ActorStance;
}

export interface QuotedStanceRow {
  readonly articleId: string;
  readonly edge: QuotedStanceEdge;
  readonly speakerName: string;
  readonly targetName: string;
}

const component = (name: StanceComponent, what: string): Column<ActorRow> => ({
  name: name === 'labels' ? 'label_component' : name,
  type: 'decimal',
  unit: 'stance -1..1',
  description: `Mean weighted evidence of the ${name} component (${what}); empty without evidence.`,
  get: (r) => r.actor.components[name],
});

const joinCounts = (counts: Readonly<Record<string, number>>): string =>
  Object.keys(counts)
    .sort()
    .map((k) => `${k}:${counts[k]}`)
    .join('; ');

export const actorColumns: readonly Column<ActorRow>[] = [
  {
    name: 'article_id',
    type: 'text',
    description: 'The article (joins articles.csv).',
    get: (r) => r.articleId,
  },
  {
    name: 'outlet',
    type: 'text',
    description: 'Outlet of the article, where known (for comparing outlets).',
    get: (r) => r.outlet,
  },
  {
    name: 'actor_id',
    type: 'text',
    description:
      'Actor id: from the gazetteer or an --actors file, or new:<slug> for a name discovered in the text.',
    get: (r) => r.actor.actor,
  },
  {
    name: 'name',
    type: 'text',
    description: 'Canonical name of the actor.',
    get: (r) => r.actor.name,
  },
  {
    name: 'type',
    type: 'text',
    description:
      'person, government, country, organisation or group; for discovered names a guess: person, organisation or unknown.',
    get: (r) => r.actor.type,
  },
  {
    name: 'group',
    type: 'text',
    description: 'Actor id of the group the actor belongs to (a spokesperson to a government).',
    get: (r) => r.actor.group,
  },
  {
    name: 'discovered',
    type: 'boolean',
    description:
      'True for a name found in the text but not in the gazetteer: promote it with an --actors file.',
    get: (r) => r.actor.discovered,
  },
  {
    name: 'mentions',
    type: 'integer',
    unit: 'mentions',
    description:
      'Mentions in the article: names, aliases, demonyms and pronouns resolved to the actor, in any voice.',
    get: (r) => r.actor.mentions,
  },
  {
    name: 'mentions_quoted',
    type: 'integer',
    unit: 'mentions',
    description: 'Of those, mentions inside speech quotations.',
    get: (r) => r.actor.mentions_quoted,
  },
  {
    name: 'names_used',
    type: 'text',
    description:
      'The names the article uses for the actor, most frequent first, separated by " | " ("Kiev | Zelensky government").',
    get: (r) => r.actor.names_used.join(' | '),
  },
  {
    name: 'stance',
    type: 'decimal',
    unit: 'stance -1..1',
    description:
      'The writer\'s stance toward the actor: the shrunk mean of the weighted evidence (see README "Stance"); empty without evidence.',
    get: (r) => r.actor.stance,
  },
  {
    name: 'ci_low',
    type: 'decimal',
    unit: 'stance -1..1',
    description: 'Lower end of the 95% interval of stance.',
    get: (r) => r.actor.ci_low,
  },
  {
    name: 'ci_high',
    type: 'decimal',
    unit: 'stance -1..1',
    description: 'Upper end of the 95% interval of stance.',
    get: (r) => r.actor.ci_high,
  },
  {
    name: 'evidence',
    type: 'integer',
    unit: 'cues',
    description: 'Pieces of evidence behind stance (articles.jsonl lists each with its offsets).',
    get: (r) => r.actor.evidence.length,
  },
  component('evaluative', 'evaluative words around the actor'),
  component('role', 'agent or target of connoted acts'),
  component('labels', 'labels attached to the actor'),
  component('reporting', "how the actor's speech is introduced, and its tone"),
  component('hedging', 'hedges on claims by or about the actor'),
  {
    name: 'times_quoted',
    type: 'integer',
    unit: 'quotations',
    description: 'Speech quotations whose speaker is the actor.',
    get: (r) => r.actor.times_quoted,
  },
  {
    name: 'reporting_classes',
    type: 'text',
    description:
      'Reporting-verb classes that introduce the actor\'s speech, with counts ("distancing:1; neutral:2").',
    get: (r) => joinCounts(r.actor.reporting_classes),
  },
  {
    name: 'labels',
    type: 'text',
    description:
      'Labels attached to the actor, as written, separated by " | " ("regime | pro-imperialist").',
    get: (r) => r.actor.labels.join(' | '),
  },
  {
    name: 'model_stance',
    type: 'decimal',
    unit: 'stance -1..1',
    description:
      "With --model: the trained model's stance, the shrunk mean over writer-voice mentions of P(positive) − P(negative); empty without a model or such mentions.",
    get: (r) => r.actor.model?.stance ?? null,
  },
  {
    name: 'model_ci_low',
    type: 'decimal',
    unit: 'stance -1..1',
    description: 'Lower end of the 95% interval of model_stance.',
    get: (r) => r.actor.model?.ci_low ?? null,
  },
  {
    name: 'model_ci_high',
    type: 'decimal',
    unit: 'stance -1..1',
    description: 'Upper end of the 95% interval of model_stance.',
    get: (r) => r.actor.model?.ci_high ?? null,
  },
  {
    name: 'model_mentions',
    type: 'integer',
    unit: 'mentions',
    description:
      "With --model: writer-voice mentions the model scored (quoted mentions are the speaker's).",
    get: (r) => r.actor.model?.mentions ?? null,
  },
  {
    name: 'model_log_odds',
    type: 'decimal',
    unit: 'log-odds',
    description:
      "With --model: mean log(P(positive) / P(negative)) over the scored mentions; equals the model's intercept plus the sum of all feature contributions (articles.jsonl lists the ten largest, and the rest summed as other).",
    get: (r) => r.actor.model?.log_odds ?? null,
  },
  {
    name: 'model_top_features',
    type: 'text',
    description:
      'With --model: the five largest feature contributions to model_log_odds, with the words behind each ("near:attack -0.412 (attacked); cue:label -0.300 (regime)"); positive leans favourable.',
    get: (r) => (r.actor.model ? formatContributions(r.actor.model.contributions, 5, 3) : null),
  },
];

export const quotedStanceColumns: readonly Column<QuotedStanceRow>[] = [
  {
    name: 'article_id',
    type: 'text',
    description: 'The article (joins articles.csv).',
    get: (r) => r.articleId,
  },
  {
    name: 'speaker_id',
    type: 'text',
    description:
      'Actor id of the quoted speaker (or of the agent of a speech act: "Zelensky accused ...").',
    get: (r) => r.edge.speaker,
  },
  { name: 'speaker', type: 'text', description: 'Name of the speaker.', get: (r) => r.speakerName },
  {
    name: 'target_id',
    type: 'text',
    description: 'Actor id of the actor the speaker talks about.',
    get: (r) => r.edge.target,
  },
  { name: 'target', type: 'text', description: 'Name of that actor.', get: (r) => r.targetName },
  {
    name: 'stance',
    type: 'decimal',
    unit: 'stance -1..1',
    description:
      "The speaker's stance toward the actor, from the speaker's own words and speech acts: the speaker's view, not the writer's.",
    get: (r) => r.edge.value,
  },
  {
    name: 'evidence',
    type: 'integer',
    unit: 'cues',
    description: 'Pieces of evidence behind it.',
    get: (r) => r.edge.evidence.length,
  },
  {
    name: 'evidence_text',
    type: 'text',
    description: 'The words that carry the evidence, separated by " | ".',
    get: (r) => r.edge.evidence.map((e) => e.text).join(' | '),
  },
];
