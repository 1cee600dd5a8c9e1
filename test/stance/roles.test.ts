import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/analyze.js';
import { textArticle } from '../../src/eval/article-of-text.js';
import { rolesOf, verbIndex } from '../../src/stance/roles.js';
import { shippedLexicon } from '../helpers/shipped-lexicon.js';

/** The roles of the first mention written `name` in `text`: "role pattern verb" strings. */
async function roles(text: string, name: string): Promise<string[]> {
  const { stance } = runPipeline(textArticle('t', text), await shippedLexicon());
  const start = text.indexOf(name);
  const f = stance.findings.findIndex((x) => x.category === 'actor' && x.start === start);
  if (f < 0) throw new Error(`no actor mention "${name}" in: ${text}`);
  const range = stance.findingTokens[f]!;
  return rolesOf(stance, verbIndex(stance.verbs), range).map(
    (h) => `${h.role} ${h.pattern} ${h.verb.entry.term}${h.negated ? ' negated' : ''}`,
  );
}

describe('roles in connoted acts', () => {
  it.each([
    ['Russia invaded Ukraine in 2022.', 'Russia', ['agent subject invade']],
    ['Russia invaded Ukraine in 2022.', 'Ukraine', ['target object invade']],
    ['Russia has repeatedly bombed Ukraine.', 'Russia', ['agent subject bomb']],
    [
      'Dmitry Peskov, the Kremlin spokesperson, accused the US of lying.',
      'Dmitry Peskov',
      ['agent subject accuse'],
    ],
    [
      'Dmitry Peskov, the Kremlin spokesperson, accused the US of lying.',
      'US',
      ['target object accuse'],
    ],
    ['The attack on the Kremlin failed.', 'Kremlin', ['target object attack']],
    ["Russia's invasion of Ukraine began in February.", 'Russia', ['agent possessor invade']],
    ["Russia's invasion of Ukraine began in February.", 'Ukraine', ['target object invade']],
    ['Kyiv welcomed the support of the US.', 'US', []],
  ])('%s [%s]', async (text, name, expected) => {
    expect(await roles(text, name)).toEqual(expected);
  });

  it.each([
    // Passive voice: the subject is the target, the by-phrase the agent.
    ['Putin was attacked on Wednesday.', 'Putin', ['target passive-subject attack']],
    ['The drone was shot down by Russia.', 'Russia', ['agent by-agent shoot down']],
    ['Ukraine was accused by Moscow of terrorism.', 'Ukraine', ['target passive-subject accuse']],
    ['Ukraine was accused by Moscow of terrorism.', 'Moscow', ['agent by-agent accuse']],
    ['An attack by Ukraine hit the Kremlin.', 'Ukraine', ['agent by-agent attack']],
  ])('passive: %s [%s]', async (text, name, expected) => {
    expect(await roles(text, name)).toEqual(expected);
  });

  it.each([
    ['Russia did not attack Ukraine.', 'Russia', ['agent subject attack negated']],
    ['The US did not encourage Ukraine.', 'US', ['agent subject encourage negated']],
  ])('negation: %s [%s]', async (text, name, expected) => {
    expect(await roles(text, name)).toEqual(expected);
  });
});
