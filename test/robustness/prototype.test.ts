/**
 * Prototype-safe lookups: the names of Object.prototype's members, as article words, as front
 * matter keys and values, as lexicon terms, source keys, classes and actor ids, neither crash
 * nor find anything they should not, and never change Object.prototype.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, analyzeArticle, parseArticle, parseLexicon } from '../../src/index.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { loadLexicon } from '../../src/lexicon/lexicon-set.js';
import { fixtureLexicon } from '../helpers/fixture-lexicon.js';

const NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  'isPrototypeOf',
  '__defineGetter__',
  'propertyIsEnumerable',
  'toLocaleString',
];
const TEXT = `${NAMES.join(' ')}. ${NAMES.map((n) => n.toUpperCase()).join(', ')}. The “${NAMES[0]}” said ${NAMES[2]}.`;

afterEach(() => {
  // Nothing a test did may leak into every object.
  const probe: Record<string, unknown> = {};
  for (const key of ['title', 'polluted', 'source', 'weight', 'term'])
    expect(probe[key]).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
});

const HEAD = (category: string) =>
  `id: proto\nversion: 1.0.0\ncategory: ${category}\nlanguage: en\nlicence: MIT\ndescription: x\nsources:\n  constructor: { title: c, licence: MIT }\nentries:\n`;

describe('prototype-safe lookups', () => {
  it.each([
    ['the test lexicon', fixtureLexicon],
    ['the shipped lexicons', () => loadLexicon()],
  ])('as article words they find nothing with %s', async (_name, load) => {
    const r = analyze(TEXT, { lexicon: await load() });
    const fromNames = r.findings.filter((f) =>
      NAMES.some((n) => f.text.toLowerCase().includes(n.toLowerCase())),
    );
    expect(fromNames.filter((f) => f.category !== 'hedge')).toEqual([]);
    expect(Object.values(r.scores.reporting).every(Number.isFinite)).toBe(true);
  });

  it('as front matter keys they are ignored; as values they are plain text', () => {
    const fm = [
      '__proto__: { title: polluted, polluted: true }',
      'constructor: { prototype: { polluted: true } }',
      'toString: not a function',
      'title: constructor',
      'outlet: __proto__',
      'author: hasOwnProperty',
    ].join('\n');
    const a = parseArticle(`---\n${fm}\n---\nA body.`, {
      id: 'p',
      sourcePath: 'p.md',
      format: 'md',
    });
    expect(a.meta.title).toBe('constructor');
    expect(a.meta.outlet).toBe('__proto__');
    expect(a.meta.author).toBe('hasOwnProperty');
    expect(Object.getPrototypeOf(a.meta)).toBe(Object.prototype);
    expect(Object.keys(a.meta.provenance).sort()).toEqual(['author', 'outlet', 'title']);
  });

  it('as lexicon terms, classes and actor ids they match exactly their own entries', async () => {
    const words = parseLexicon(
      `${HEAD('reporting_verb')}${[
        'constructor',
        'tostring',
        'hasownproperty',
        'valueof',
        '__proto__',
      ]
        .map(
          (t) =>
            `  - { term: ${t}, class: ${t === 'valueof' ? 'constructor' : 'neutral'}, source: constructor }`,
        )
        .join('\n')}\n`,
      'words.yaml',
    );
    const actors = parseLexicon(
      `${HEAD('actor')}  - { id: constructor, name: Constructor Group, type: group, source: constructor }\n  - { id: to-string, name: To String, type: group, aliases: [ToString], source: constructor }\n  - { id: has-own-property, name: Owners, type: group, source: constructor }\n`,
      'actors.yaml',
    );
    const lexicon = compileLexicon([words, actors]);
    const r = analyze(
      'The constructor said valueOf. Later the members of Constructor Group met ToString and Owners in private.',
      { lexicon },
    );
    expect(r.findings.map((f) => [f.text, f.entry_id])).toEqual([
      ['constructor', 'reporting_verb:constructor'],
      ['valueOf', 'reporting_verb:valueof'],
      ['Constructor Group', 'actor:constructor'],
      ['ToString', 'actor:to-string'],
      ['Owners', 'actor:has-own-property'],
    ]);
    // A reporting-verb class named "constructor" is counted in no class, and breaks nothing.
    expect(r.scores.reporting).toEqual({
      neutral: 1,
      distancing: 0,
      presupposing: 0,
      evaluative: 0,
      endorsing: 0,
    });
  });

  it('a __proto__ source key is never taken as declared, and says which keys are', () => {
    const yaml = `${HEAD('loaded').replace('sources:\n', 'sources:\n  __proto__: { title: p, licence: MIT }\n')}  - { term: wild, source: __proto__ }\n`;
    expect(() => parseLexicon(yaml, 'p.yaml')).toThrow(/source "__proto__" is not declared/);
  });

  it('a file whose id is __proto__ is analyzed like any other', async () => {
    const lexicon = await fixtureLexicon();
    const article = parseArticle('A reckless plan.', {
      id: '__proto__',
      sourcePath: '__proto__.txt',
      format: 'txt',
    });
    const r = analyzeArticle(article, lexicon);
    expect(r.article.id).toBe('__proto__');
    expect(r.findings.map((f) => f.text)).toEqual(['reckless']);
  });
});
