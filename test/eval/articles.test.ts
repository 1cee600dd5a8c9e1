/**
 * `eval articles`: the writer's feeling toward a main entity read from the analyzer's stance and
 * interval (src/eval/articles.ts), and how entities become actors, on small articles this test
 * writes itself, with the shipped lexicons (the stance stage needs the real gazetteer and word
 * lists).
 */

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ArticleRecord, entityActor, evaluateArticles } from '../../src/eval/articles.js';
import { withModels } from '../../src/lexicon/lexicon-set.js';
import { intervalLabel } from '../../src/stance/combine.js';
import { ROOT } from '../helpers/cli.js';
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
    // The label is the stance's interval: wholly below zero.
    expect(by.get('neg')!.ci_high).toBeLessThan(0);
    expect(by.get('pos')!.ci_low).toBeGreaterThan(0);
    expect(by.get('pos')!.predicted).toBe('positive');
    expect(by.get('neu')!.predicted).toBe('neutral');
    // "A and B Surname" is found through "Duncan Hunter" and "Hunter".
    expect(by.get('cpl')!.mentions).toBeGreaterThanOrEqual(3);
    expect(by.get('cpl')!.predicted).toBe('negative');
    expect(summary.macro_f1).toBe(1);
    for (const p of predictions) expect(p.half).toMatch(/^[ab]$/);
  });

  it("with --model, labels from the trained model's interval for the same actor", async () => {
    const withModel = await withModels(lexicon, path.join(ROOT, 'lexicons', 'stance-model.json'));
    const records = [
      record(
        'neg',
        'Senator Jon Marlow lied about the budget. Marlow, a reckless demagogue, smeared his critics. Marlow brutally attacked the nurses.',
        'Jon Marlow',
        'negative',
      ),
    ];
    const rules = evaluateArticles(records, lexicon).predictions[0]!;
    const model = evaluateArticles(records, withModel).predictions[0]!;
    // Same actor, same rules' stance; the label now comes from the model's interval.
    expect(model.stance).toBe(rules.stance);
    expect(rules.model_stance).toBeNull();
    expect(model.model_stance).not.toBeNull();
    expect(model.model_stance).toBeLessThan(0);
    expect(model.predicted).toBe(intervalLabel(model.model_ci_low, model.model_ci_high));
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
