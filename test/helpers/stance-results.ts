/**
 * Article results with actor stance filled in by hand, for testing the report's actor sections
 * before (and independently of) the stance stage: the texts are analyzed with the fixture
 * lexicon, then each actor's stance and evidence are set to findings of that text.
 */
import { analyze } from '../../src/index.js';
import type { ActorStance, ArticleResult, StanceComponent } from '../../src/types.js';
import { fixtureLexicon } from './fixture-lexicon.js';

const NO_COMPONENTS: Record<StanceComponent, number | null> = {
  evaluative: null,
  role: null,
  labels: null,
  reporting: null,
  hedging: null,
};

function stance(
  r: ArticleResult,
  actor: string,
  name: string,
  value: number | null,
  evidence: { component: StanceComponent; text: string; value: number }[],
): ActorStance {
  const found = evidence.map((e) => {
    const finding = r.findings.findIndex((f) => f.text === e.text);
    if (finding < 0) throw new Error(`no finding "${e.text}" in ${r.article.id}`);
    return { component: e.component, finding, value: e.value };
  });
  const mentions = r.findings.filter((f) => f.category === 'actor' && f.actor === actor).length;
  return {
    actor,
    name,
    type: 'person',
    group: null,
    discovered: false,
    mentions,
    names_used: [],
    stance: value,
    ci_low: value === null ? null : Math.max(-1, value - 0.3),
    ci_high: value === null ? null : Math.min(1, value + 0.3),
    components: { ...NO_COMPONENTS, evaluative: value },
    evidence: found,
    times_quoted: 0,
    reporting_classes: {},
    labels: [],
  };
}

export async function stanceResults(): Promise<ArticleResult[]> {
  const lexicon = await fixtureLexicon();
  const a = analyze(
    'Putin staged a reckless provocation, Kirby said. The Kremlin denied it. Putin was silent.',
    { lexicon, id: 'hawk', meta: { title: 'Hawkish take', outlet: 'North Post' } },
  );
  const b = analyze(
    'The Russian President was heroic, Peskov said. Moscow welcomed the alleged offer. "It is baseless," Kirby said.',
    { lexicon, id: 'dove', meta: { title: 'Friendly take', outlet: 'South Star' } },
  );
  return [
    {
      ...a,
      actors: [
        stance(a, 'vladimir-putin', 'Vladimir Putin', -0.8, [
          { component: 'evaluative', text: 'reckless', value: -1 },
          { component: 'evaluative', text: 'provocation', value: -1 },
        ]),
        stance(a, 'russian-government', 'Russian government', null, []),
      ],
    },
    {
      ...b,
      actors: [
        stance(b, 'vladimir-putin', 'Vladimir Putin', 0.6, [
          { component: 'evaluative', text: 'heroic', value: 1 },
        ]),
        stance(b, 'russian-government', 'Russian government', 0.1, [
          { component: 'hedging', text: 'alleged', value: 0.1 },
        ]),
      ],
    },
  ];
}
