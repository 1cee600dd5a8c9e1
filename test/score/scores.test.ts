import { describe, expect, it } from 'vitest';
import { run } from '../helpers/fixture-lexicon.js';

const table = [
  {
    name: 'writer-voice loaded words',
    text: 'The reckless regime staged a provocation.',
    expect: { writer_words: 6, quoted_words: 0, loaded_writer_count: 3, loaded_quoted_count: 0 },
  },
  {
    name: 'quoted loaded words are counted apart',
    text: 'Kirby said the claims were "baseless and reckless nonsense."',
    expect: { writer_words: 5, quoted_words: 4, loaded_writer_count: 0, loaded_quoted_count: 2 },
  },
  {
    name: 'hedges and boosters in the writer voice only',
    text: 'The alleged attack was, no doubt, staged. "It was supposed to fail," Kirby said.',
    expect: { hedge_count: 1, booster_count: 1 },
  },
  {
    name: 'scare quotes are hedges and keep writer words',
    text: 'He called it a "false flag" operation.',
    expect: { hedge_count: 1, writer_words: 7, quoted_words: 0, scare_quotes: 1 },
  },
];

describe('article scores', () => {
  it.each(table)('$name', async ({ text, expect: want }) => {
    const r = await run(text);
    expect(r.scores).toMatchObject(want);
  });

  it('rates are per 1,000 words of the voice counted, null without words', async () => {
    const r = await run('The reckless regime staged a provocation.');
    expect(r.scores.loaded_writer_per_1k).toBeCloseTo((3 * 1000) / 6, 6);
    expect(r.scores.loaded_quoted_per_1k).toBeNull();
    expect(r.scores.loaded_writer_weighted_per_1k).toBeCloseTo((6 * 1000) / 6, 6);
  });

  it('reporting verbs are counted by class in the writer voice', async () => {
    const r = await run('Putin insinuated it. Kirby said no. Peskov hailed the attack.');
    expect(r.scores.reporting).toMatchObject({
      distancing: 1,
      neutral: 1,
      evaluative: 1,
      presupposing: 0,
    });
  });
});
