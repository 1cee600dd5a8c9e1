/** Negation with the shipped negators: what flips a finding, and the look-alikes that do not. */
import { describe, expect, it } from 'vitest';
import { analyzeShipped } from '../helpers/shipped-lexicon.js';

async function negatedOf(text: string, word: string): Promise<boolean[]> {
  const r = await analyzeShipped(text);
  const found = r.findings.filter((f) => f.text.toLowerCase() === word && f.polarity !== null);
  if (found.length === 0) throw new Error(`no polar finding "${word}" in: ${text}`);
  return found.map((f) => f.negated);
}

describe('shipped negators', () => {
  it.each([
    ['The plan was not reckless.', 'reckless', true],
    ['There was nothing reckless about the plan.', 'reckless', true],
    ['She had nothing but praise for the volunteers.', 'praise', false],
    ['The rescue was nothing short of heroic.', 'heroic', false],
    ['It was not only reckless but cruel.', 'reckless', false],
    ['It was no less reckless than before.', 'reckless', false],
  ])('%s → "%s" negated: %s', async (text, word, negated) => {
    expect(await negatedOf(text, word)).toEqual([negated]);
  });
});
