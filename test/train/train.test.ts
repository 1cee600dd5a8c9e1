import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain, predict, readModel } from '../../src/train/model.js';
import { sentenceFeatures, stanceFeatures } from '../../src/train/text-features.js';
import { framelens, ROOT } from '../helpers/cli.js';
import { shippedLexicon } from '../helpers/shipped-lexicon.js';

const MINI = path.join(ROOT, 'test', 'fixtures', 'train', 'stance-mini.jsonl');

/** `framelens eval stance` on the project's fixture with a model file. */
const evalStance = (model: string, ...args: string[]) =>
  framelens([
    'eval',
    'stance',
    '--gold',
    path.join(ROOT, 'test', 'fixtures', 'eval', 'stance.jsonl'),
    '--model',
    model,
    ...args,
  ]);

describe('feature extraction (the analyzer’s own code)', () => {
  it.each([
    // text, target, a feature that must fire, the word behind it
    ['The Kiev regime shelled the town.', 'Kiev', 'cue:label', 'regime'],
    [
      'Critics said Dunmore recklessly sabotaged the talks.',
      'Dunmore',
      'near:sabotag',
      'sabotaged',
    ],
    [
      'Voters praised Alvarez for her honest campaign.',
      'Alvarez',
      'cue:role_target_praised',
      'praised',
    ],
    // The word that governs the target, as subject, object or passive subject (negated).
    [
      'Critics said Dunmore recklessly sabotaged the talks.',
      'Dunmore',
      'verb:sabotag@agent',
      'sabotaged',
    ],
    ['Voters praised Alvarez for her honest campaign.', 'Alvarez', 'verb:prais@target', 'praised'],
    ['He was not elected.', 'He', 'verb:elect@target~not', 'elected'],
    ['Warren’s campaign was not endorsed by the union.', 'Warren', 'poss:campaign', 'campaign'],
    // Where the target stands.
    ['“We will win this,” Alvarez said.', 'Alvarez', 'pos:speaker', 'Alvarez'],
    ['He was not elected.', 'He', 'pos:pronoun', 'He'],
    // Tone and lexicon categories of the target's clause.
    ['Voters praised Alvarez for her honest campaign.', 'Alvarez', 'tone:clause+', 'honest'],
    [
      'Voters praised Alvarez for her honest campaign.',
      'Alvarez',
      'clause:has:reporting_verb:evaluative:+',
      'praised',
    ],
  ])('%j toward %j has %s from %j', async (text, target, feature, word) => {
    const start = text.indexOf(target);
    const fs = stanceFeatures(await shippedLexicon(), text, start, start + target.length);
    expect([...fs.values.keys()]).toContain(feature);
    expect(fs.words.get(feature)).toContain(word);
    // Every word behind every feature is text of the sentence, never of the target itself.
    for (const words of fs.words.values()) for (const w of words) expect(text).toContain(w);
    expect([...fs.values.keys()].some((k) => k === `near:${target.toLowerCase()}`)).toBe(false);
  });

  it('splits tone between the target’s clause and the rest of the sentence', async () => {
    const lexicon = await shippedLexicon();
    const at = (text: string, target: string) => {
      const start = text.indexOf(target);
      return stanceFeatures(lexicon, text, start, start + target.length).values;
    };
    // "honest" (AFINN +2) is in Alvarez's clause: 2 / 5, and nothing elsewhere.
    const own = at('Voters praised Alvarez for her honest campaign.', 'Alvarez');
    expect(own.get('tone:clause+')).toBeCloseTo(0.4, 6);
    expect(own.has('tone:other+')).toBe(false);
    expect(own.has('pos:first')).toBe(false);
    expect([...own.keys()].some((k) => k.startsWith('verb:') && k.endsWith('@agent'))).toBe(false);
    // "gift" (+2) sits in another clause, after ", and": other, not the target's clause.
    const other = at('The plan was backed by Haruna, and critics called it a gift.', 'Haruna');
    expect(other.get('tone:other+')).toBeCloseTo(0.4, 6);
    expect(other.has('tone:clause+')).toBe(false);
    expect(other.get('verb:back@agent')).toBe(1);
  });

  it('keeps quoted voice apart in sentence features', async () => {
    const fs = sentenceFeatures(
      await shippedLexicon(),
      'The senator said the plan was “a disgraceful sham”, but the report was neutral.',
    );
    const keys = [...fs.values.keys()];
    expect(keys.some((k) => k.startsWith('find:loaded') && k.endsWith('@quoted'))).toBe(true);
    expect(keys.some((k) => k.startsWith('find:loaded') && !k.endsWith('@quoted'))).toBe(false);
    expect(keys.some((k) => k.startsWith('has:loaded') && k.endsWith('@quoted'))).toBe(true);
    expect(keys.some((k) => k.startsWith('word:'))).toBe(false);
  });

  it('reads presence of findings and modal and conditional words in sentence features', async () => {
    const fs = sentenceFeatures(
      await shippedLexicon(),
      'If the talks fail, the ministry won’t say whether the deal may be revived.',
    );
    const keys = [...fs.values.keys()];
    expect(keys).toEqual(
      expect.arrayContaining(['gram:if', 'gram:will', 'gram:whether', 'gram:may']),
    );
    // A negative contraction counts as its modal, shown with the words as written.
    expect(fs.words.get('gram:will')).toEqual(['won’t']);
    expect(fs.values.get('has:hedge:epistemic')).toBe(1);
    expect(fs.words.get('has:hedge:epistemic')).toContain('may');
  });
});

describe('framelens train on the project’s own fixture', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'framelens-train-'));
  const run = (out: string) =>
    framelens([
      'train',
      'stance',
      '--data',
      MINI,
      '--licence',
      'MIT (project fixture)',
      '--date',
      '2026-01-01',
      '--folds',
      '3',
      '--min-count',
      '2',
      '-o',
      path.join(dir, out),
    ]);

  it('writes a valid, reproducible model with its provenance', async () => {
    const a = run('a.json');
    expect(a.status, a.stderr).toBe(0);
    expect(run('b.json').status).toBe(0);
    const bytesA = readFileSync(path.join(dir, 'a.json'));
    expect(readFileSync(path.join(dir, 'b.json')).equals(bytesA)).toBe(true);
    const model = await readModel(path.join(dir, 'a.json'));
    const data = readFileSync(MINI);
    expect(model.training).toEqual({
      file: 'stance-mini.jsonl',
      bytes: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      items: 30,
      licence: 'MIT (project fixture)',
    });
    expect(model.classes).toEqual(['negative', 'neutral', 'positive']);
    expect(model.cross_validation.map((p) => p.l2)).toEqual(model.fit.l2_grid);
    expect(model.fit.l2_grid).toContain(model.fit.l2);
    // A word that only negative sentences have gets a negative-class weight above the others.
    const j = model.features.indexOf('cue:label');
    const k = model.features.findIndex((f) => f.startsWith('find:loaded') && f.endsWith(':-'));
    expect(j === -1 && k === -1).toBe(false);
    const f = k >= 0 ? k : j;
    expect(model.weights[0]![f]!).toBeGreaterThan(model.weights[2]![f]!);
  });

  it('explains a prediction as weight × value contributions that add up to the class score', async () => {
    expect(run('c.json').status).toBe(0);
    const model = await readModel(path.join(dir, 'c.json'));
    const text = 'The corrupt Haruna lied to voters again.';
    const fs = stanceFeatures(await shippedLexicon(), text, 12, 18);
    const p = predict(model, fs);
    expect(p.label).toBe('negative');
    expect(p.probabilities.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
    const best = model.classes.indexOf(p.label);
    const byIndex = new Map(model.features.map((name, i) => [name, i]));
    const meanBias = model.bias.reduce((s, b) => s + b, 0) / model.bias.length;
    const margin = p.contributions.reduce(
      (s, c) => s + c.contribution,
      model.bias[best]! - meanBias,
    );
    const scores = model.classes.map((_, c) =>
      [...fs.values].reduce(
        (s, [n, v]) => s + (model.weights[c]![byIndex.get(n) ?? -1] ?? 0) * v,
        model.bias[c]!,
      ),
    );
    expect(margin).toBeCloseTo(
      scores[best]! - scores.reduce((s, x) => s + x, 0) / scores.length,
      9,
    );
    const text2 = explain(p, 3);
    expect(text2.split('; ')).toHaveLength(Math.min(3, p.contributions.length));
    expect(text2).toContain(p.contributions[0]!.feature);
  });

  it('eval stance --model scores with the model and names its contributions', () => {
    expect(run('d.json').status).toBe(0);
    const out = path.join(dir, 'eval');
    const r = evalStance(path.join(dir, 'd.json'), '--json', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as Record<string, number>;
    expect(summary.n).toBe(6);
    expect(summary.macro_f1).toBeGreaterThan(0.5);
    const csv = readFileSync(path.join(out, 'stance-predictions.csv'), 'utf8');
    expect(csv).toMatch(/(near|cue|find):[^,]* [+-]\d\.\d\d/);
  });

  it('a file that is not a model fails with file and field', () => {
    const r = evalStance(MINI);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('stance-mini.jsonl');
  });
});

describe('the shipped stance model', () => {
  const data = path.join(ROOT, '..', 'shared', 'data', 'stance-newsmtsc-train.jsonl');
  it('is reproduced byte for byte by the command in the README', { timeout: 300_000 }, async () => {
    const shipped = path.join(ROOT, 'lexicons', 'stance-model.json');
    const model = await readModel(shipped);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'framelens-model-')), 'm.json');
    const r = framelens([
      'train',
      'stance',
      '--data',
      data,
      '--licence',
      model.training.licence,
      '--date',
      model.trained,
      '-o',
      out,
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(shipped, 'utf8'));
  });
});

describe('sentence models on the development files, with the default settings', () => {
  // The targets, cross-validated within each file. A default chosen for one task once
  // dropped another below its target (a minimum count of 15 gave hedge F1 0.744).
  it.each([
    ['hedge', 'hedge-factbank-dev.jsonl', 'uncertain', 0.75],
    ['bias', 'bias-babe-dev.jsonl', 'macro', 0.7],
  ] as const)(
    '%s reaches its target',
    { timeout: 120_000 },
    async (task, file, measure, target) => {
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'framelens-model-')), 'm.json');
      const data = path.join(ROOT, '..', 'shared', 'data', file);
      const r = framelens(['train', task, '--data', data, '-o', out]);
      expect(r.status, r.stderr).toBe(0);
      const model = await readModel(out);
      expect(model.fit.min_count).toBe(5);
      const chosen = model.cross_validation.find((p) => p.l2 === model.fit.l2);
      if (chosen === undefined) throw new Error('no cross-validation point for the chosen l2');
      const figure =
        measure === 'macro' ? chosen.macro_f1 : chosen.f1[model.classes.indexOf(measure)];
      expect(figure).toBeGreaterThanOrEqual(target);
    },
  );
});
