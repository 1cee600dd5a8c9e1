/**
 * The lexicon lint (src/lexicon/lint.ts): the shipped lexicons pass it, and each check catches
 * the problem it is for, on small files written here.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { DEFAULT_LEXICON_DIR } from '../../src/lexicon/lexicon-set.js';
import { collisions, describeProblem, lintLexicons } from '../../src/lexicon/lint.js';
import { type LoadedLexicon, parseLexicon, readLexiconDir } from '../../src/lexicon/load.js';
import { ALLOWED_OVERLAPS } from '../../src/lexicon/overlaps.js';

const head = (category: string, sources = '  own: { title: own, licence: MIT }') =>
  `id: t\nversion: 1.0.0\ncategory: ${category}\nlanguage: en\nlicence: MIT\ndescription: t\nsources:\n${sources}\nentries:\n`;

/** Codes of every problem the loader or the lint finds in these files. */
function codes(files: Record<string, string>): string[] {
  let loaded: LoadedLexicon[];
  try {
    loaded = Object.entries(files).map(([name, body]) => parseLexicon(body, name));
  } catch (e) {
    if (e instanceof ConfigError) return [e.code];
    throw e;
  }
  return lintLexicons(loaded).map((p) => p.code);
}

const cases: { name: string; files: Record<string, string>; expected: string[] }[] = [
  {
    name: 'a clean file',
    files: { 'a.yaml': `${head('loaded')}  - { term: reckless, source: own }\n` },
    expected: [],
  },
  {
    name: 'upper case, hyphen and curly apostrophe in terms',
    files: {
      'a.yaml': `${head('loaded')}  - { term: Reckless, source: own }\n  - { term: so-called, source: own }\n  - { term: "nanny’s state", source: own }\n`,
    },
    expected: ['L_UNNORMALIZED', 'L_UNNORMALIZED', 'L_UNNORMALIZED'],
  },
  {
    name: 'a neighbour word that is two words',
    files: {
      'a.yaml': `${head('loaded')}  - { term: critical, source: own, not_before: [intensive care], note: n }\n`,
    },
    expected: ['L_UNNORMALIZED'],
  },
  {
    name: 'a variant that repeats a term',
    files: {
      'a.yaml': `${head('loaded')}  - { term: rocked by, variants: [rocked by], source: own }\n`,
    },
    expected: ['L_DUPLICATE_VARIANT'],
  },
  {
    name: 'a neighbour rule without a note',
    files: {
      'a.yaml': `${head('loaded')}  - { term: critical, source: own, not_before: [condition] }\n`,
    },
    expected: ['L_NOTE_MISSING'],
  },
  {
    name: 'a declared source no entry uses',
    files: {
      'a.yaml': `${head('loaded', '  own: { title: own, licence: MIT }\n  other: { title: o, licence: MIT }')}  - { term: reckless, source: own }\n`,
    },
    expected: ['L_UNUSED_SOURCE'],
  },
  {
    name: 'an undeclared source (caught on load)',
    files: { 'a.yaml': `${head('loaded')}  - { term: reckless, source: nobody }\n` },
    expected: ['E_LEXICON_SOURCE'],
  },
  {
    name: 'the same term twice (caught on load)',
    files: {
      'a.yaml': `${head('loaded')}  - { term: reckless, source: own }\n  - { term: reckless, source: own }\n`,
    },
    expected: ['E_LEXICON_DUPLICATE'],
  },
  {
    name: 'two terms with the same stem in one category',
    files: {
      'a.yaml': `${head('loaded')}  - { term: provocation, source: own }\n  - { term: provocations, source: own }\n`,
    },
    expected: ['L_DUPLICATE_STEM'],
  },
  {
    name: 'the same words in two files of one category',
    files: {
      'a.yaml': `${head('loaded')}  - { term: provocation, source: own }\n`,
      'b.yaml': `${head('loaded')}  - { term: provocations, source: own }\n`,
    },
    expected: ['L_DUPLICATE_STEM'],
  },
  {
    name: 'a user file overriding a shipped entry is not a duplicate',
    files: {
      'a.yaml': `${head('loaded')}  - { term: provocation, source: own }\n`,
      'b.yaml': `${head('loaded')}  - { term: provocation, weight: 3, source: own }\n`,
    },
    expected: [],
  },
  {
    name: 'opposite polarity in loaded and labels',
    files: {
      'a.yaml': `${head('loaded')}  - { term: cheerleader, polarity: 1, source: own }\n`,
      'b.yaml': `${head('label')}  - { term: cheerleader, polarity: -1, source: own }\n`,
    },
    expected: ['L_CONTRADICTION'],
  },
  {
    name: 'the same polarity in loaded and labels is an allowed overlap',
    files: {
      'a.yaml': `${head('loaded')}  - { term: regime, polarity: -1, source: own }\n`,
      'b.yaml': `${head('label')}  - { term: regime, polarity: -1, source: own }\n`,
    },
    expected: [],
  },
  {
    name: 'a word that is both hedge and booster',
    files: {
      'a.yaml': `${head('hedge')}  - { term: apparently, source: own }\n`,
      'b.yaml': `${head('booster')}  - { term: apparently, source: own }\n`,
    },
    expected: ['L_CONTRADICTION'],
  },
  {
    name: 'an overlap no rule allows (loaded and booster)',
    files: {
      'a.yaml': `${head('loaded')}  - { term: sheer, source: own }\n`,
      'b.yaml': `${head('booster')}  - { term: sheer, source: own }\n`,
    },
    expected: ['L_OVERLAP'],
  },
  {
    name: '"claim" as hedge and reporting verb is allowed; "state" is not',
    files: {
      'a.yaml': `${head('hedge')}  - { term: claim, source: own }\n  - { term: state, source: own }\n`,
      'b.yaml': `${head('reporting_verb')}  - { term: claim, class: distancing, source: own }\n  - { term: state, class: neutral, source: own }\n`,
    },
    expected: ['L_OVERLAP'],
  },
  {
    name: 'a stemmed verb reaching another list’s exact word',
    files: {
      'a.yaml': `${head('loaded')}  - { term: wonderful, exact: true, source: own }\n`,
      'b.yaml': `${head('reporting_verb')}  - { term: wonder, class: neutral, source: own }\n`,
    },
    expected: ['L_SHADOW'],
  },
  {
    name: 'a stemmed verb reaching its own participle is fine',
    files: {
      'a.yaml': `${head('loaded')}  - { term: rigged, exact: true, source: own }\n`,
      'b.yaml': `${head('connotation')}  - { term: rig, source: own }\n`,
    },
    expected: [],
  },
  {
    name: 'an alias shared by two actors, and a group that names no actor',
    files: {
      'a.yaml': `${head('actor')}  - { id: a, name: Alpha, type: person, aliases: [The Chief], source: own }\n  - { id: b, name: Beta, type: person, aliases: [The Chief], group: nobody, source: own }\n`,
    },
    expected: ['L_ALIAS_SHARED', 'L_GROUP_UNKNOWN'],
  },
];

describe('lexicon lint checks', () => {
  it.each(cases)('$name', ({ files, expected }) => {
    expect(codes(files).sort()).toEqual([...expected].sort());
  });
});

describe('the shipped lexicons', async () => {
  const files = await readLexiconDir(DEFAULT_LEXICON_DIR);
  const lexicon = compileLexicon(files);
  const count = (category: string, classes?: string[]) =>
    lexicon.entries.filter(
      (e) => e.category === category && (!classes || classes.includes(e.class ?? '')),
    ).length;

  it('pass the lint', () => {
    expect(lintLexicons(files).map(describeProblem)).toEqual([]);
  });

  it('meet the sizes of issue 3', () => {
    expect(count('loaded')).toBeGreaterThanOrEqual(1500);
    expect(count('hedge', ['attribution', 'vague_source'])).toBeGreaterThanOrEqual(150);
    expect(count('booster')).toBeGreaterThanOrEqual(100);
    expect(count('reporting_verb')).toBeGreaterThanOrEqual(150);
    expect(count('label')).toBeGreaterThanOrEqual(200);
  });

  it('put every reporting verb in one of the five classes', () => {
    const classes = new Set(['neutral', 'distancing', 'presupposing', 'evaluative', 'endorsing']);
    const odd = lexicon.entries.filter(
      (e) => e.category === 'reporting_verb' && !classes.has(e.class ?? ''),
    );
    expect(odd.map((e) => e.id)).toEqual([]);
  });

  it('ship only entries whose source licence allows redistribution under MIT', () => {
    const permissive = /^(MIT|CC0|CC-BY(-4\.0)?|Apache-2\.0|BSD|public domain)\b/i;
    for (const f of files) {
      expect(f.data.licence, f.name).toMatch(permissive);
      for (const [key, s] of Object.entries(f.data.sources))
        expect(s.licence, `${f.name}: source ${key}`).toMatch(permissive);
    }
  });

  it('use every term-level overlap rule (no stale allowances)', () => {
    const used = new Set<string>();
    for (const { a, b } of collisions(lexicon))
      if (a.category !== b.category) for (const t of [a.term, b.term]) used.add(t);
    for (const rule of ALLOWED_OVERLAPS) {
      expect(rule.reason.length).toBeGreaterThan(20);
      for (const t of rule.terms ?? []) expect(used.has(t), `${rule.categories}: ${t}`).toBe(true);
    }
  });
});
