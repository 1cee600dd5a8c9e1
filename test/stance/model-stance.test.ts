/**
 * The trained stance model inside the analyzer (`--model`): each writer-voice mention is scored
 * with the features `framelens train` used, and every actor figure is a sum of visible parts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Lexicon } from '../../src/lexicon/compile.js';
import { withModels } from '../../src/lexicon/lexicon-set.js';
import { aggregate } from '../../src/stance/combine.js';
import { TOP_CONTRIBUTIONS } from '../../src/stance/model-stance.js';
import { predict } from '../../src/train/model.js';
import { stanceFeatures } from '../../src/train/text-features.js';
import { ROOT } from '../helpers/cli.js';
import { actorOf, shippedLexicon } from '../helpers/shipped-lexicon.js';

const MODEL = path.join(ROOT, 'lexicons', 'stance-model.json');

let lexicon: Promise<Lexicon> | null = null;
const withModel = async () => {
  lexicon ??= shippedLexicon().then((l) => withModels(l, MODEL));
  return lexicon;
};

describe('the analyzer with a trained stance model', () => {
  it('scores a single mention exactly as eval --model scores the same target', async () => {
    const lex = await withModel();
    const text = 'The reckless regime of Vladimir Putin shelled the city again.';
    const a = actorOf(await analyze(text, { lexicon: lex }), 'vladimir-putin');
    expect(a.model?.mentions).toBe(1);

    const start = text.indexOf('Vladimir Putin');
    const model = lex.stanceModel!.model;
    const p = predict(model, stanceFeatures(lex, text, start, start + 'Vladimir Putin'.length));
    const ix = (c: string) => model.classes.indexOf(c);
    const score = p.probabilities[ix('positive')]! - p.probabilities[ix('negative')]!;
    // One mention: the shrunk mean and interval of the rules' aggregate over that one score.
    const agg = aggregate([score]);
    expect(a.model?.stance).toBeCloseTo(agg.stance!, 6);
    expect(a.model?.ci_low).toBeCloseTo(agg.ciLow!, 6);
    expect(a.model?.ci_high).toBeCloseTo(agg.ciHigh!, 6);
    expect(a.model?.log_odds).toBeCloseTo(
      Math.log(p.probabilities[ix('positive')]!) - Math.log(p.probabilities[ix('negative')]!),
      5,
    );
    expect(a.model!.stance!).toBeLessThan(0);
  });

  it('log-odds = intercept + the sum of the contributions, each with the words behind it', async () => {
    const lex = await withModel();
    const r = await analyze('Critics said Erdogan praised the brave rescuers. Erdogan spoke.', {
      lexicon: lex,
    });
    const scored = r.actors.filter((a) => (a.model?.mentions ?? 0) > 0);
    expect(scored.length).toBeGreaterThan(0);
    // Some actor has more features than are listed, so `other` is exercised.
    expect(scored.some((a) => a.model!.other !== 0)).toBe(true);
    for (const a of scored) {
      const m = a.model!;
      if (m.mentions === 0) continue;
      // The largest are listed, the rest summed in `other`: nothing is left out.
      expect(m.contributions.length).toBeLessThanOrEqual(TOP_CONTRIBUTIONS);
      if (m.contributions.length < TOP_CONTRIBUTIONS) expect(m.other).toBe(0);
      const sum = m.contributions.reduce((s, c) => s + c.contribution, m.intercept + m.other);
      expect(sum).toBeCloseTo(m.log_odds!, 4);
      const smallest = Math.abs(m.contributions.at(-1)?.contribution ?? 0);
      if (m.other !== 0) expect(smallest).toBeGreaterThan(0);
      for (const c of m.contributions) {
        expect(c.words.length).toBeGreaterThan(0);
        for (const w of c.words) expect(r.article.text).toContain(w);
      }
      // Sorted by absolute size.
      const sizes = m.contributions.map((c) => Math.abs(c.contribution));
      expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
    }
  });

  it("does not score a mention inside a quotation: it is the speaker's, not the writer's", async () => {
    const lex = await withModel();
    const r = await analyze('“Putin is a war criminal,” Zelensky said on Monday.', {
      lexicon: lex,
    });
    const putin = actorOf(r, 'vladimir-putin');
    expect(putin.mentions_quoted).toBe(1);
    expect(putin.model).toMatchObject({ mentions: 0, stance: null, log_odds: null });
    expect(putin.model?.contributions).toEqual([]);
  });

  it('averages over mentions; labels count each mention once', async () => {
    const lex = await withModel();
    const r = await analyze(
      'NATO praised the brave volunteers. Later, NATO was accused of a reckless provocation. NATO met in Brussels.',
      { lexicon: lex },
    );
    const m = actorOf(r, 'nato').model!;
    expect(m.mentions).toBe(3);
    expect(m.labels.negative + m.labels.neutral + m.labels.positive).toBe(3);
  });

  it('without a model, actors carry no model field and nothing else changes', async () => {
    const plain = await shippedLexicon();
    const text = 'The reckless regime of Vladimir Putin shelled the city again.';
    const a = actorOf(await analyze(text, { lexicon: plain }), 'vladimir-putin');
    const b = actorOf(await analyze(text, { lexicon: await withModel() }), 'vladimir-putin');
    expect(a.model).toBeUndefined();
    const { model: _, ...rest } = b;
    expect(rest).toEqual(a);
  });

  it('refuses a model of the wrong task or classes, before analysis, naming file and field', async () => {
    const plain = await shippedLexicon();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'framelens-model-'));
    const bias = path.join(dir, 'bias.json');
    writeFileSync(
      bias,
      JSON.stringify({ ...JSON.parse(readFileSync(MODEL, 'utf8')), task: 'bias' }),
    );
    // Where only a stance model will do (eval stance), any other task is refused ...
    await expect(withModels(plain, bias, ['stance'])).rejects.toMatchObject({
      message: expect.stringMatching(/a bias model cannot be used here/),
      code: 'E_MODEL',
      file: bias,
      field: 'task',
      expected: 'a stance model',
    });
    // ... and a bias model must have the bias classes to score sentences.
    await expect(withModels(plain, bias)).rejects.toMatchObject({
      message: expect.stringMatching(/needs exactly the classes non-biased and biased/),
      code: 'E_MODEL',
      file: bias,
    });
    // Two models of one task: which one would score is not the user's choice to guess.
    await expect(withModels(plain, [MODEL, MODEL])).rejects.toMatchObject({
      message: expect.stringMatching(/two stance models given/),
      code: 'E_MODEL',
    });
    const data = path.join(ROOT, 'test', 'fixtures', 'train', 'stance-mini.jsonl');
    await expect(withModels(plain, data)).rejects.toMatchObject({
      code: 'E_MODEL',
      file: data,
    });
  });
});
