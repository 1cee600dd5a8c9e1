/**
 * Which words count as cues about an actor: names are not tone words, an aside in brackets or
 * a relative clause does not cut a name off from its verb, what an actor says of someone else
 * is not said of the actor, and a name that only modifies a noun or names someone else ("Trump
 * Jr.") takes no cues.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/analyze.js';
import { textArticle } from '../../src/eval/article-of-text.js';
import type { StanceEvidence } from '../../src/types.js';
import { actorOf, analyzeShipped, shippedLexicon } from '../helpers/shipped-lexicon.js';

const cueTexts = (evidence: readonly StanceEvidence[], feature?: string) =>
  evidence.filter((e) => !feature || e.feature === feature).map((e) => e.text);

const roleTexts = (evidence: readonly StanceEvidence[]) =>
  evidence.filter((e) => e.component === 'role').map((e) => e.text);

async function toneAt(text: string, word: string): Promise<number> {
  const { stance } = runPipeline(textArticle('t', text), await shippedLexicon());
  const start = text.indexOf(word);
  const i = stance.layer.tokens.findIndex((t) => t.start === start);
  if (i < 0) throw new Error(`no token "${word}"`);
  return stance.tone[i]!;
}

describe('tone words that are part of a name', () => {
  it('gives no tone to a capitalised word inside a name ("Dick Blumenthal")', async () => {
    // "Putin" is the gazetteer's alias, so "Dick" is no finding of its own here.
    expect(await toneAt('Yesterday Dick Putin spoke to reporters.', 'Dick')).toBe(0);
    // The same word in lower case keeps its AFINN valence.
    expect(await toneAt('He called the reporter a dick in public.', 'dick')).toBeLessThan(0);
  });
});

describe('negated tone', () => {
  it('counts half, reversed ("not honest" is less than "dishonest")', async () => {
    const plain = actorOf(
      await analyzeShipped('Vladimir Putin was so honest about it.'),
      'vladimir-putin',
    );
    const negated = actorOf(
      await analyzeShipped('Vladimir Putin was not honest about it.'),
      'vladimir-putin',
    );
    const raw = (ev: readonly StanceEvidence[]) => ev.find((e) => e.feature === 'eval_tone')!.raw;
    expect(raw(plain.evidence)).toBeGreaterThan(0);
    expect(raw(negated.evidence)).toBeCloseTo(-0.5 * raw(plain.evidence), 6);
  });
});

describe('clauses and roles around a name', () => {
  it('skips an aside in brackets between a name and its verb', async () => {
    const r = await analyzeShipped('Vladimir Putin (Russia) attacked the journalists.');
    expect(roleTexts(actorOf(r, 'vladimir-putin').evidence)).toEqual(['attacked']);
  });

  it('keeps a relative clause after a name in the name’s clause', async () => {
    const r = await analyzeShipped('Vladimir Putin, who is brutal, met the press on Monday.');
    const a = actorOf(r, 'vladimir-putin');
    expect(cueTexts(a.evidence, 'eval_loaded').concat(cueTexts(a.evidence, 'eval_tone'))).toContain(
      'brutal',
    );
    expect(cueTexts(a.evidence, 'eval_context')).not.toContain('brutal');
  });

  it('gives no role in an act on oneself ("defended himself")', async () => {
    const own = await analyzeShipped('Vladimir Putin defended himself on Monday.');
    expect(actorOf(own, 'vladimir-putin').evidence.filter((e) => e.component === 'role')).toEqual(
      [],
    );
    const other = await analyzeShipped('Vladimir Putin defended the army on Monday.');
    expect(roleTexts(actorOf(other, 'vladimir-putin').evidence)).toEqual(['defended']);
  });

  it('does not read "fund" in "fund-raising" as an act of help', async () => {
    const r = await analyzeShipped(
      "Vladimir Putin's fund-raising grew. Vladimir Putin funds the army.",
    );
    expect(roleTexts(actorOf(r, 'vladimir-putin').evidence)).toEqual(['funds']);
  });
});

describe('what an actor says of others, and names that are not the actor', () => {
  it('does not count the words of an actor’s blame of someone else as the writer’s view of it', async () => {
    const r = await analyzeShipped('Donald Trump bashed the FBI as corrupt and biased.');
    const trump = actorOf(r, 'donald-trump');
    expect(cueTexts(trump.evidence)).not.toContain('corrupt');
    expect(cueTexts(trump.evidence)).not.toContain('biased');
    // The act itself still says something about its agent.
    expect(trump.evidence.some((e) => e.text === 'bashed')).toBe(true);
  });

  it('gives a name that modifies a noun ("the Trump campaign") a mention but no cues', async () => {
    const r = await analyzeShipped('The Trump campaign attacked the brutal press.');
    const trump = actorOf(r, 'donald-trump');
    expect(trump.mentions).toBe(1);
    expect(trump.evidence).toEqual([]);
    expect(trump.stance).toBeNull();
  });

  it('does not take "Donald Trump Jr." for Donald Trump', async () => {
    const r = await analyzeShipped('Donald Trump Jr. spoke in Ohio. Donald Trump spoke in Iowa.');
    expect(actorOf(r, 'donald-trump').mentions).toBe(1);
  });

  it('does not read the prefix "anti" as the writer’s tone ("anti-Trump")', async () => {
    expect(await toneAt('They showed an anti-Trump bias.', 'anti')).toBe(0);
  });
});
