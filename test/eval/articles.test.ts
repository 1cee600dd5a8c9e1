/**
 * `eval articles`: the writer's feeling toward a main entity from the sum of its deliberate cues
 * (src/eval/articles.ts, `feelingLabel`), on small articles this test writes itself, with the
 * shipped lexicons (the stance stage needs the real gazetteer and word lists).
 */
import { describe, expect, it } from 'vitest';
import {
  type ArticleRecord,
  DELIBERATE_FEATURES,
  deliberateSum,
  entityActor,
  evaluateArticles,
  FEELING_THRESHOLD,
  feelingLabel,
} from '../../src/eval/articles.js';
import type { StanceEvidence } from '../../src/types.js';
import { shippedLexicon } from '../helpers/shipped-lexicon.js';

const record = (
  id: string,
  text: string,
  entity: string,
  gold: ArticleRecord['author_feeling'][string],
): ArticleRecord => ({
  id,
  text,
  main_entities: [entity],
  author_feeling: { [entity]: gold },
  spans: [],
});

const cue = (feature: string, value: number) => ({ feature, value }) as unknown as StanceEvidence;

describe('feelingLabel', () => {
  it('sums deliberate cues only and labels at ±FEELING_THRESHOLD', () => {
    expect(FEELING_THRESHOLD).toBe(1);
    expect(DELIBERATE_FEATURES.has('eval_tone')).toBe(false);
    // Tone words alone never make a feeling, however many.
    const tone = Array.from({ length: 20 }, () => cue('eval_tone', -0.3));
    expect(deliberateSum(tone)).toBe(0);
    expect(feelingLabel(tone)).toBe('neutral');
    // Many neutral cues do not dilute a sum as they dilute a mean.
    const said = Array.from({ length: 30 }, () => cue('reporting_verb', 0));
    expect(feelingLabel([...said, cue('eval_loaded', -0.6), cue('label', -0.4)])).toBe('negative');
    expect(feelingLabel([cue('eval_loaded', -0.6), cue('label', -0.39)])).toBe('neutral');
    expect(feelingLabel([cue('role_agent', 0.7), cue('role_target_praised', 0.3)])).toBe(
      'positive',
    );
    expect(feelingLabel([])).toBe('neutral');
  });
});

describe('entityActor', () => {
  it('makes two people sharing a surname one actor with both names', () => {
    const a = entityActor('Duncan and Margaret Hunter');
    expect(a.type).toBe('person');
    expect(a.aliases).toEqual(['Duncan Hunter', 'Margaret Hunter', 'Hunter']);
    expect(entityActor('Joe Sestak').aliases).toEqual(['Sestak']);
    expect(entityActor('Internal Revenue Service').aliases).toEqual([]);
  });
});

describe('evaluateArticles', async () => {
  const lexicon = await shippedLexicon();
  it('finds a negative, a positive and a neutral entity in constructed articles', () => {
    const { summary, predictions } = evaluateArticles(
      [
        record(
          'neg',
          'Senator Jon Marlow lied about the budget. Marlow, a reckless demagogue, smeared his critics. Marlow brutally attacked the nurses.',
          'Jon Marlow',
          'negative',
        ),
        record(
          'pos',
          'Governor Ada Quinn heroically rescued the flood victims. Quinn, a visionary leader, was praised by the nurses. Quinn courageously defended the workers.',
          'Ada Quinn',
          'positive',
        ),
        record(
          'neu',
          'Mayor Tom Ruddle spoke to reporters on Tuesday. Ruddle said the council would meet again in March.',
          'Tom Ruddle',
          'neutral',
        ),
        record(
          'cpl',
          'Rep. Duncan Hunter and his wife, Margaret, were indicted. Hunter lied to donors and Hunter smeared prosecutors.',
          'Duncan and Margaret Hunter',
          'negative',
        ),
      ],
      lexicon,
    );
    const by = new Map(predictions.map((p) => [p.id, p]));
    expect(by.get('neg')!.predicted).toBe('negative');
    expect(by.get('neg')!.deliberate).toBeLessThanOrEqual(-FEELING_THRESHOLD);
    expect(by.get('pos')!.predicted).toBe('positive');
    expect(by.get('neu')!.predicted).toBe('neutral');
    // "A and B Surname" is found through "Duncan Hunter" and "Hunter".
    expect(by.get('cpl')!.mentions).toBeGreaterThanOrEqual(3);
    expect(by.get('cpl')!.predicted).toBe('negative');
    expect(summary.macro_f1).toBe(1);
    for (const p of predictions) expect(p.half).toMatch(/^[ab]$/);
  });

  it('leaves out a surname that two entities of one article share', () => {
    const { predictions } = evaluateArticles(
      [
        {
          id: 'two',
          text: 'Duncan Hunter met Margaret Hunter. Hunter lied.',
          main_entities: ['Duncan Hunter', 'Margaret Hunter'],
          author_feeling: { 'Duncan Hunter': 'neutral', 'Margaret Hunter': 'neutral' },
          spans: [],
        },
      ],
      lexicon,
    );
    for (const p of predictions) expect(p.mentions).toBe(1);
  });
});
