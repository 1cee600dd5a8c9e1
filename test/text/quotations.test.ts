import { describe, expect, it } from 'vitest';
import { run } from '../helpers/fixture-lexicon.js';

interface Case {
  name: string;
  text: string;
  quote: string;
  kind: 'speech' | 'scare' | 'title';
  speaker: string | null;
  verb?: string | null;
  actor?: string | null;
}

const cases: Case[] = [
  {
    name: 'quote, said X',
    text: '“We didn’t attack Putin,” said Zelensky.',
    quote: 'We didn’t attack Putin,',
    kind: 'speech',
    speaker: 'Zelensky',
    verb: 'said',
  },
  {
    name: 'quote, X said',
    text: '"We regard these actions as a terrorist act," Moscow said.',
    quote: 'We regard these actions as a terrorist act,',
    kind: 'speech',
    speaker: 'Moscow',
    verb: 'said',
    actor: 'russian-government',
  },
  {
    name: 'X said, quote',
    text: 'To this, Blinken again reiterated, "These are decisions for Ukraine."',
    quote: 'These are decisions for Ukraine.',
    kind: 'speech',
    speaker: 'Blinken',
    verb: 'reiterated',
  },
  {
    name: 'X, who ..., said',
    text: 'Dmitry Peskov, the Kremlin spokesperson, said "the attack was planned by Washington."',
    quote: 'the attack was planned by Washington.',
    kind: 'speech',
    speaker: 'Dmitry Peskov',
    actor: 'dmitry-peskov',
  },
  {
    name: 'partial quote governed by a reporting verb',
    text: 'The US National Security spokesperson described these allegations as “baseless.”',
    quote: 'baseless.',
    kind: 'speech',
    speaker: 'The US National Security spokesperson',
    actor: 'john-kirby',
  },
  {
    name: 'according to X',
    text: 'The drones were “launched from inside the city,” according to John Kirby.',
    quote: 'launched from inside the city,',
    kind: 'speech',
    speaker: 'John Kirby',
    verb: null,
  },
  {
    name: 'colon after a name',
    text: 'Kirby: “We had nothing to do with it.”',
    quote: 'We had nothing to do with it.',
    kind: 'speech',
    speaker: 'Kirby',
    actor: 'john-kirby',
  },
  {
    name: 'passive with by-phrase',
    text: 'Blinken was asked by columnist David Ignatius to comment on "the news overnight from the Kremlin."',
    quote: 'the news overnight from the Kremlin.',
    kind: 'speech',
    speaker: 'columnist David Ignatius',
    actor: 'david-ignatius',
  },
  {
    name: 'pronoun takes the previous subject',
    text: 'Later that day, Jean-Pierre was asked about it. She refused to comment, declaring, "I am not going to speculate."',
    quote: 'I am not going to speculate.',
    kind: 'speech',
    speaker: 'Jean-Pierre',
  },
  {
    name: 'scare quote after a determiner',
    text: 'James Nixey declared the attack was a "false flag" by the Kremlin.',
    quote: 'false flag',
    kind: 'scare',
    speaker: null,
  },
  {
    name: 'short quote with no speaker is a scare quote',
    text: 'The so-called “peace plan” was never published.',
    quote: 'peace plan',
    kind: 'scare',
    speaker: null,
  },
  {
    name: 'a short quoted name in title case is a title, not a scare quote',
    text: 'Mr. Pence appeared on ABC’s “This Week” on Sunday.',
    quote: 'This Week',
    kind: 'title',
    speaker: null,
  },
  {
    name: 'a title may keep its small words in lower case',
    text: 'She appeared on NBC’s "Meet the Press" last week.',
    quote: 'Meet the Press',
    kind: 'title',
    speaker: null,
  },
  {
    name: 'one capitalised word after a determiner stays a scare quote',
    text: 'He called the inquiry a “Hoax” again.',
    quote: 'Hoax',
    kind: 'scare',
    speaker: null,
  },
  {
    name: 'a naming verb keeps a capitalised phrase a scare quote',
    text: 'The plan, nicknamed “Operation Sunshine” by aides, failed.',
    quote: 'Operation Sunshine',
    kind: 'scare',
    speaker: null,
  },
];

describe('quotations and speakers', () => {
  it.each(cases)('$name', async (c) => {
    const r = await run(c.text);
    const q = r.layer.quotations.find((x) => c.text.slice(x.inner.start, x.inner.end) === c.quote);
    expect(q, `no quotation "${c.quote}" in ${JSON.stringify(r.layer.quotations)}`).toBeDefined();
    expect(q!.kind).toBe(c.kind);
    expect(q!.speaker).toBe(c.speaker);
    if (c.verb !== undefined) expect(q!.verb).toBe(c.verb);
    if (c.actor !== undefined) expect(q!.speakerActor).toBe(c.actor);
  });

  it('a quotation broken by a stray blank line mid-sentence stays one quotation and one sentence', async () => {
    const text =
      'He asked about "the news from the Kremlin accusing\n\nUkraine of having tried to kill Putin." Then he left.';
    const r = await run(text);
    expect(r.layer.quotations).toHaveLength(1);
    const q = r.layer.quotations[0]!;
    expect(text.slice(q.inner.start, q.inner.end)).toBe(
      'the news from the Kremlin accusing\n\nUkraine of having tried to kill Putin.',
    );
    expect(r.layer.sentences).toHaveLength(2);
  });

  it('an unclosed quotation ends at its paragraph', async () => {
    const text = 'Kirby said, "we were not involved.\n\nThe Kremlin disagreed.';
    const r = await run(text);
    const q = r.layer.quotations[0]!;
    expect(text.slice(q.inner.start, q.inner.end)).toBe('we were not involved.');
  });

  it('a title is no hedge and its words stay in the writer’s voice', async () => {
    const r = await run('Mr. Pence appeared on ABC’s “This Week” on Sunday.');
    expect(r.findings.some((f) => f.rule_id === 'scare-quote')).toBe(false);
    expect(r.scores.scare_quotes).toBe(0);
    const week = r.layer.tokens.find((t) => t.norm === 'week')!;
    expect(week.quote).toBeGreaterThanOrEqual(0);
    expect(r.scores.writer_words).toBe(r.scores.words);
  });

  it('every token is in the writer voice or in exactly one quotation', async () => {
    const text = 'Putin was “reckless,” Kirby said, and the “regime” fell. “It is over,” he said.';
    const r = await run(text);
    for (const t of r.layer.tokens) {
      const inside = r.layer.quotations.findIndex((q) => q.start <= t.start && t.end <= q.end);
      expect(t.quote).toBe(inside);
    }
  });
});

describe('sentences', () => {
  const table = [
    { text: 'Gen. Milley spoke. He left.', n: 2 },
    { text: 'George W. Bush cited it. Then he went.', n: 2 },
    { text: 'A title without a stop\n\nThe body starts here. It ends.', n: 3 },
    { text: 'It was “baseless.” Putin was not there.', n: 2 },
    { text: 'The summary was long and\n\nit continued in lower case.', n: 1 },
  ];
  it.each(table)('$text → $n', async ({ text, n }) => {
    expect((await run(text)).layer.sentences).toHaveLength(n);
  });
});
