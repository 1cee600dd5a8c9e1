/**
 * Trained bias and hedge models applied to each sentence of an article (src/score/sentence-models.ts):
 * the features are the ones `train` extracts from a training sentence, the log-odds add up from
 * the listed contributions, and a model of the wrong task or classes is refused. The models are
 * trained here, by the real train command, on the project's own fixture sentences.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Lexicon } from '../../src/lexicon/compile.js';
import { withModels } from '../../src/lexicon/lexicon-set.js';
import { MARKED, SENTENCE_TOP } from '../../src/score/sentence-models.js';
import { predict } from '../../src/train/model.js';
import { sentenceFeatures } from '../../src/train/text-features.js';
import type { SentenceTask } from '../../src/types.js';
import { trainFixtureModels } from '../helpers/sentence-models.js';
import { shippedLexicon } from '../helpers/shipped-lexicon.js';

let dir: string;
let lexicon: Lexicon;
const modelFile = (task: SentenceTask) => path.join(dir, `${task}.json`);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'framelens-sentence-models-'));
  const files = trainFixtureModels(dir);
  lexicon = await withModels(await shippedLexicon(), [files.bias, files.hedge]);
}, 120_000);

// Sentences whose reading needs nothing from their neighbours: alone or in the article, the
// pipeline finds the same things in them.
const SENTENCES = [
  'The reckless mayor rammed through a disastrous tax grab.',
  'Officials said the plan may be delayed until March.',
  'The council approved the budget on Tuesday.',
  'The attack was allegedly carried out by a drone, and the outrageous claim spread.',
];
const ARTICLE = SENTENCES.join(' ');

describe('sentence models in the analyzer', () => {
  it('reads each sentence of an article as train and eval read the same sentence alone', () => {
    const r = analyze(ARTICLE, { lexicon, id: 'a' });
    expect(r.sentences?.map((s) => ARTICLE.slice(s.start, s.end))).toEqual(SENTENCES);
    for (const s of r.sentences!) {
      const alone = sentenceFeatures(lexicon, ARTICLE.slice(s.start, s.end));
      for (const task of ['bias', 'hedge'] as const) {
        const { model } = lexicon.sentenceModels![task]!;
        const p = predict(model, alone);
        const m = model.classes.indexOf(MARKED[task].marked);
        expect(s[task]!.label).toBe(p.label);
        expect(s[task]!.probability).toBeCloseTo(p.probabilities[m]!, 6);
      }
    }
  });

  it('marks the loaded and the hedged sentences, each explained by the words that fired', () => {
    const r = analyze(ARTICLE, { lexicon, id: 'a' });
    const [loaded, hedged, plain] = r.sentences!;
    expect(loaded!.bias!.label).toBe('biased');
    expect(plain!.bias!.label).toBe('non-biased');
    expect(hedged!.hedge!.label).toBe('uncertain');
    expect(plain!.hedge!.label).toBe('certain');
    const words = loaded!.bias!.contributions.flatMap((c) => c.words);
    expect(words).toEqual(expect.arrayContaining(['reckless']));
    const hedgeWords = hedged!.hedge!.contributions.flatMap((c) => c.words);
    expect(hedgeWords).toEqual(expect.arrayContaining(['may']));
    // Every word behind a contribution is text of its own sentence.
    for (const s of r.sentences!)
      for (const task of ['bias', 'hedge'] as const)
        for (const c of s[task]!.contributions)
          for (const w of c.words) expect(ARTICLE.slice(s.start, s.end)).toContain(w);
  });

  it('gives log-odds that are the intercept plus the listed contributions plus the rest', () => {
    const r = analyze(ARTICLE, { lexicon, id: 'a' });
    for (const s of r.sentences!)
      for (const task of ['bias', 'hedge'] as const) {
        const x = s[task]!;
        const sum = x.intercept + x.contributions.reduce((a, c) => a + c.contribution, 0) + x.other;
        expect(sum).toBeCloseTo(x.log_odds, 4);
        expect(x.log_odds).toBeCloseTo(Math.log(x.probability / (1 - x.probability)), 3);
        expect(x.contributions.length).toBeLessThanOrEqual(SENTENCE_TOP);
        expect(x.label === MARKED[task].marked).toBe(x.probability > 0.5);
      }
  });

  it('keeps quoted sentences apart: their findings are @quoted features and their voice says so', () => {
    const text =
      'The minister spoke. “This reckless and disastrous scheme is a shameful betrayal,” she said.';
    const r = analyze(text, { lexicon, id: 'q' });
    const quoted = r.sentences!.find((s) => text.slice(s.start, s.end).includes('reckless'))!;
    expect(quoted.voice).toBe('mixed');
    const features = quoted.bias!.contributions.map((c) => c.feature);
    expect(features.every((f) => !f.startsWith('find:loaded') || f.endsWith('@quoted'))).toBe(true);
    expect(r.sentences![0]!.voice).toBe('writer');
  });

  it('scores nothing and adds nothing without a sentence model', async () => {
    const r = analyze(ARTICLE, { lexicon: await shippedLexicon(), id: 'a' });
    expect(r.sentences).toBeUndefined();
  });

  it('refuses a sentence model without its classes, and two models of one task', async () => {
    const bad = path.join(dir, 'bad.json');
    const m = JSON.parse(readFileSync(modelFile('bias'), 'utf8'));
    writeFileSync(bad, JSON.stringify({ ...m, classes: ['left', 'right'] }));
    await expect(withModels(await shippedLexicon(), bad)).rejects.toMatchObject({
      code: 'E_MODEL',
      file: bad,
      message: expect.stringMatching(/needs exactly the classes non-biased and biased/),
    });
    await expect(
      withModels(await shippedLexicon(), [modelFile('hedge'), modelFile('hedge')]),
    ).rejects.toMatchObject({
      code: 'E_MODEL',
      message: expect.stringMatching(/two hedge models/),
    });
  });
});
