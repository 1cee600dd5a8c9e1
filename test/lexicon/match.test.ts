import { describe, expect, it } from 'vitest';
import { run } from '../helpers/fixture-lexicon.js';

interface Case {
  text: string;
  expected: { text: string; category: string; negated?: boolean }[];
  category?: string;
}

const cases: Case[] = [
  {
    text: 'a reckless provocation',
    expected: [
      { text: 'reckless', category: 'loaded' },
      { text: 'provocation', category: 'loaded' },
    ],
  },
  { text: 'more provocations', expected: [{ text: 'provocations', category: 'loaded' }] },
  { text: 'two individuals scaling the dome', expected: [{ text: 'scaling', category: 'loaded' }] },
  { text: 'the so-called peace', expected: [{ text: 'so-called', category: 'hedge' }] },
  { text: 'the so called peace', expected: [{ text: 'so called', category: 'hedge' }] },
  {
    text: 'the aim is regime-change now',
    expected: [{ text: 'regime-change', category: 'loaded' }],
  },
  { text: 'the Kiev regime believes', expected: [{ text: 'regime', category: 'loaded' }] },
  { text: 'There is no doubt, none.', expected: [{ text: 'no doubt', category: 'booster' }] },
  {
    text: 'These statements made clear the aim',
    expected: [{ text: 'made clear', category: 'booster' }],
  },
  { text: 'no, doubt it', expected: [], category: 'booster' },
  { text: 'he is in critical condition', expected: [], category: 'loaded' },
  { text: 'the critical moment', expected: [{ text: 'critical', category: 'loaded' }] },
  { text: 'the critics said', expected: [], category: 'loaded' },
  {
    text: 'The US refuted Russian claims',
    expected: [{ text: 'claims', category: 'hedge' }],
    category: 'hedge',
  },
  { text: 'Ukraine claims the attack was staged', expected: [], category: 'hedge' },
  {
    text: 'It was not reckless.',
    expected: [{ text: 'reckless', category: 'loaded', negated: true }],
    category: 'loaded',
  },
  {
    text: 'It was not, frankly, reckless.',
    expected: [{ text: 'reckless', category: 'loaded', negated: false }],
    category: 'loaded',
  },
  {
    text: 'They met the Reckless Guard commander yesterday in the town.',
    expected: [],
    category: 'loaded',
  },
  {
    text: 'Heroic Troops Slam Reckless Regime',
    expected: [
      { text: 'Heroic', category: 'loaded' },
      { text: 'Reckless', category: 'loaded' },
      { text: 'Regime', category: 'loaded' },
    ],
    category: 'loaded',
  },
  {
    text: 'Reckless drivers crashed.',
    expected: [{ text: 'Reckless', category: 'loaded' }],
    category: 'loaded',
  },
  {
    text: 'He told us the US would act.',
    expected: [{ text: 'US', category: 'actor' }],
    category: 'actor',
  },
  { text: 'constructor toString __proto__ hasOwnProperty valueOf', expected: [] },
];

describe('lexicon matching', () => {
  it.each(cases)('$text', async ({ text, expected, category }) => {
    const r = await run(text);
    const got = r.findings
      .filter((f) => f.rule_id.startsWith('lexicon:') && (!category || f.category === category))
      .map((f) => ({
        text: f.text,
        category: f.category,
        ...(expected.some((e) => e.negated !== undefined) ? { negated: f.negated } : {}),
      }));
    expect(got).toEqual(expected);
  });

  it('a negated entry flips its polarity', async () => {
    const r = await run('It was not reckless.');
    expect(r.findings.find((f) => f.text === 'reckless')!.polarity).toBe(1);
  });
});

describe('neighbour conditions', () => {
  it('look through hyphens and know the possessive clitic', async () => {
    const { compileLexicon } = await import('../../src/lexicon/compile.js');
    const { parseLexicon } = await import('../../src/lexicon/load.js');
    const { analyze } = await import('../../src/index.js');
    const lexicon = compileLexicon([
      parseLexicon(
        `id: t\nversion: 1.0.0\ncategory: reporting_verb\nlanguage: en\nlicence: MIT\ndescription: t\nsources:\n  s: { title: s, licence: MIT }\nentries:\n  - { term: call, class: neutral, source: s, not_after: [so] }\n  - { term: note, class: endorsing, source: s, not_after: ["'s", the] }\n`,
        't.yaml',
      ),
    ]);
    const texts = (t: string) => analyze(t, { lexicon }).findings.map((f) => f.text);
    expect(texts('the so-called deal')).toEqual([]);
    expect(texts('they called it')).toEqual(['called']);
    expect(texts("the editor's note was long")).toEqual([]);
    expect(texts('he noted it')).toEqual(['noted']);
  });

  it('case: any lets a capitalized term match in mid-sentence', async () => {
    const { compileLexicon } = await import('../../src/lexicon/compile.js');
    const { parseLexicon } = await import('../../src/lexicon/load.js');
    const { analyze } = await import('../../src/index.js');
    const lexicon = compileLexicon([
      parseLexicon(
        `id: t\nversion: 1.0.0\ncategory: loaded\nlanguage: en\nlicence: MIT\ndescription: t\nsources:\n  s: { title: s, licence: MIT }\nentries:\n  - { term: orwellian, source: s, case: any }\n  - { term: reckless, source: s }\n`,
        't.yaml',
      ),
    ]);
    const texts = (t: string) => analyze(t, { lexicon }).findings.map((f) => f.text);
    expect(texts('a truly Orwellian plan by the Reckless Party')).toEqual(['Orwellian']);
  });
});
