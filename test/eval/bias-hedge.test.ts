/**
 * `framelens eval bias` and `eval hedge`, run as a user would (the built binary), on gold files
 * this test writes itself in the formats of the BABE and FactBank development files, against
 * the small test lexicon (test/fixtures/lexicons). Every expected figure is worked out by hand in
 * the comments.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { framelens } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/fixture-lexicon.js';

const LEX = ['--lexicon-dir', path.join(FIXTURES, 'lexicons')];
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'framelens-eval-'));
const jsonl = (rows: object[]) => `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;

// score = summed weights of writer-voice loaded findings; predicted biased when >= 1.
const BIAS = [
  // reckless 2 + regime 2 + provocation 2 = 6: true positive; words 3 found, 2 of them marked
  {
    id: 'b1',
    text: 'The reckless regime staged a provocation.',
    label: 'biased',
    biased_words: ['reckless', 'regime'],
  },
  // inside a speech quotation: the minister's words, score 0: true negative
  {
    id: 'b2',
    text: '"This is a reckless provocation," the minister said.',
    label: 'non-biased',
    biased_words: [],
  },
  {
    id: 'b3',
    text: 'Officials met on Tuesday to discuss the budget.',
    label: 'non-biased',
    biased_words: [],
  },
  // heroic 2: true positive, but the marked word is missed and "heroic" is a word false positive
  {
    id: 'b4',
    text: 'Critics called the heroic rescue a stunt.',
    label: 'biased',
    biased_words: ['stunt'],
  },
  // "critical condition" is not loaded: true negative
  {
    id: 'b5',
    text: 'The patient is in critical condition after the crash.',
    label: 'non-biased',
    biased_words: [],
  },
  // heroic 2: false positive
  {
    id: 'b6',
    text: 'A heroic effort, the coach said of the team.',
    label: 'non-biased',
    biased_words: [],
  },
  // only a hedge, no loaded word: false negative, "so-called" missed
  {
    id: 'b7',
    text: 'The so-called experts were wrong again.',
    label: 'biased',
    biased_words: ['“so-called”'],
  },
];

function cue(text: string, word: string) {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word, type: 'speculation' };
}
const H1 = 'The alleged attack was staged.';
const H4 = 'Officials said the talks might resume.';
const H5 = '"The supposed deal is dead," the minister said.';
// score = summed weights of hedge findings in any voice; predicted uncertain when >= 1.
const HEDGE = [
  { id: 'd1#S1', text: H1, uncertain: true, cues: [cue(H1, 'alleged')] }, // alleged 2: TP, cue found
  { id: 'd1#S2', text: 'The purported memo was never found.', uncertain: false, cues: [] }, // purported 3: FP
  { id: 'd2#S1', text: 'Troops crossed the border on Monday.', uncertain: false, cues: [] }, // TN
  { id: 'd2#S2', text: H4, uncertain: true, cues: [cue(H4, 'might')] }, // no hedge in the test lexicon: FN
  { id: 'd3#S1', text: H5, uncertain: true, cues: [cue(H5, 'supposed')] }, // quoted, still counted: TP
  // a scare quote is a hedge of framelens but not a FactBank cue: left out, so TN
  { id: 'd4#S1', text: 'The "peace plan" failed.', uncertain: false, cues: [] },
];

describe('framelens eval bias', () => {
  const dir = tmp();
  const gold = path.join(dir, 'bias.jsonl');
  writeFileSync(gold, jsonl(BIAS));

  it('prints exactly the summary keys of the issue, with the figures worked out by hand', () => {
    const r = framelens(['eval', 'bias', '--gold', gold, '--json', ...LEX]);
    expect(r.status, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(Object.keys(s)).toEqual([
      'n',
      'precision',
      'recall',
      'macro_f1',
      'auroc',
      'word_precision',
      'word_recall',
      'word_f1',
    ]);
    expect(s.n).toBe(7);
    // TP 2 (b1 b4), FP 1 (b6), FN 1 (b7), TN 3
    expect(s.precision).toBeCloseTo(2 / 3, 10);
    expect(s.recall).toBeCloseTo(2 / 3, 10);
    // biased F1 2/3; non-biased F1 2*3/(2*3+1+1) = 0.75
    expect(s.macro_f1).toBeCloseTo((2 / 3 + 0.75) / 2, 10);
    // positives 6, 2, 0 against negatives 0, 0, 0, 2: (4 + 3.5 + 1.5) / 12
    expect(s.auroc).toBeCloseTo(0.75, 10);
    // found words: b1 reckless regime provocation, b4 heroic, b6 heroic = 5; marked 4; matched 2
    expect(s.word_precision).toBeCloseTo(0.4, 10);
    expect(s.word_recall).toBeCloseTo(0.5, 10);
    expect(s.word_f1).toBeCloseTo((2 * 0.4 * 0.5) / 0.9, 10);
  });

  it('--out writes per-item predictions and the errors by term, most frequent first', () => {
    const out = path.join(dir, 'out');
    const r = framelens(['eval', 'bias', '--gold', gold, '--out', out, ...LEX]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('macro_f1');
    const items = parse(readFileSync(path.join(out, 'bias-items.csv')), {
      columns: true,
    }) as Record<string, string>[];
    expect(items.map((i) => [i.id, i.gold, i.predicted, i.score])).toEqual([
      ['b1', 'true', 'true', '6.000'],
      ['b2', 'false', 'false', '0.000'],
      ['b3', 'false', 'false', '0.000'],
      ['b4', 'true', 'true', '2.000'],
      ['b5', 'false', 'false', '0.000'],
      ['b6', 'false', 'true', '2.000'],
      ['b7', 'true', 'false', '0.000'],
    ]);
    expect(items[0]!.matched_words).toBe('reckless regime');
    const errors = parse(readFileSync(path.join(out, 'bias-errors.csv')), {
      columns: true,
    }) as Record<string, string>[];
    expect(errors.map((e) => [e.level, e.kind, e.term, e.count, e.examples])).toEqual([
      ['sentence', 'false_positive', 'heroic', '1', 'b6'],
      ['sentence', 'miss', 'so-called', '1', 'b7'],
      ['word', 'false_positive', 'heroic', '2', 'b4 b6'],
      ['word', 'false_positive', 'provocation', '1', 'b1'],
      ['word', 'miss', 'so-called', '1', 'b7'],
      ['word', 'miss', 'stunt', '1', 'b4'],
    ]);
  });

  it('--half a and --half b split the file by id into two parts that make the whole', () => {
    const n = (half: string) =>
      JSON.parse(
        framelens(['eval', 'bias', '--gold', gold, '--json', '--half', half, ...LEX]).stdout,
      ).n;
    expect(n('a') + n('b')).toBe(7);
  });

  it('a bad gold line fails with exit 2, naming the line and field', () => {
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, jsonl([BIAS[0]!, { id: 'x', text: 't', label: 'maybe', biased_words: [] }]));
    const r = framelens(['eval', 'bias', '--gold', bad, '--json', ...LEX]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}:2`);
    expect(r.stderr).toContain('label');
  });
});

describe('framelens eval hedge', () => {
  const dir = tmp();
  const gold = path.join(dir, 'hedge.jsonl');
  writeFileSync(gold, jsonl(HEDGE));

  it('prints the cue_* keys and the figures worked out by hand', () => {
    const r = framelens(['eval', 'hedge', '--gold', gold, '--json', ...LEX]);
    expect(r.status, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(Object.keys(s)).toEqual([
      'n',
      'precision',
      'recall',
      'macro_f1',
      'auroc',
      'cue_precision',
      'cue_recall',
      'cue_f1',
    ]);
    // TP 2 (d1#S1, d3#S1), FP 1 (d1#S2), FN 1 (d2#S2), TN 2 (d2#S1, d4#S1)
    expect(s.n).toBe(6);
    expect(s.precision).toBeCloseTo(2 / 3, 10);
    expect(s.recall).toBeCloseTo(2 / 3, 10);
    // uncertain F1 2/3; certain F1 2*2/(2*2+1+1) = 2/3
    expect(s.macro_f1).toBeCloseTo(2 / 3, 10);
    // positives 2, 0, 2 against negatives 3, 0, 0: (2 + 1 + 2) / 9
    expect(s.auroc).toBeCloseTo(5 / 9, 10);
    // findings alleged (right), purported (wrong), supposed (right); cues alleged, might, supposed
    expect(s.cue_precision).toBeCloseTo(2 / 3, 10);
    expect(s.cue_recall).toBeCloseTo(2 / 3, 10);
    expect(s.cue_f1).toBeCloseTo(2 / 3, 10);
  });

  it('--out tallies cue false positives by entry and misses by cue', () => {
    const out = path.join(dir, 'out');
    expect(framelens(['eval', 'hedge', '--gold', gold, '--out', out, ...LEX]).status).toBe(0);
    const errors = parse(readFileSync(path.join(out, 'hedge-errors.csv')), {
      columns: true,
    }) as Record<string, string>[];
    expect(errors.map((e) => [e.level, e.kind, e.term, e.entry_id])).toEqual([
      ['cue', 'false_positive', 'purported', 'hedge:purported'],
      ['cue', 'miss', 'might', ''],
      ['sentence', 'false_positive', 'purported', 'hedge:purported'],
      ['sentence', 'miss', 'might', ''],
    ]);
  });

  it('sentences of one document stay in one half', () => {
    const ids = (half: string) => {
      const out = path.join(dir, `h-${half}`);
      framelens(['eval', 'hedge', '--gold', gold, '--half', half, '--out', out, ...LEX]);
      const rows = parse(readFileSync(path.join(out, 'hedge-items.csv')), { columns: true });
      return (rows as { id: string }[]).map((i) => i.id);
    };
    const halves = [ids('a'), ids('b')];
    expect(halves.flat().sort()).toEqual(HEDGE.map((h) => h.id).sort());
    const doc = (id: string) => id.split('#')[0];
    for (const ids of halves)
      for (const id of ids)
        expect(HEDGE.filter((h) => doc(h.id) === doc(id)).every((h) => ids.includes(h.id))).toBe(
          true,
        );
  });
});
