import { describe, expect, it } from 'vitest';
import { actorOf, analyzeShipped } from '../helpers/shipped-lexicon.js';

describe('evaluative words, negation and voice', () => {
  it.each([
    ['The reckless Kremlin escalated again.', 'russian-government', -1],
    ['The Kremlin was not reckless this time.', 'russian-government', 1],
    ['Observers praised the brave Ukrainian government.', 'ukrainian-government', 1],
  ])('%s → %s has sign %d', async (text, id, sign) => {
    const r = await analyzeShipped(text);
    const a = actorOf(r, id);
    expect(Math.sign(a.components.evaluative ?? 0)).toBe(sign);
    expect(Math.sign(a.stance ?? 0)).toBe(sign);
  });

  it('every piece of evidence points at its words', async () => {
    const text =
      'The reckless Kremlin attacked Kyiv, which Washington condemned. "This is a disgrace," Kirby said.';
    const r = await analyzeShipped(text);
    for (const a of r.actors) {
      for (const e of a.evidence) {
        expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(r.findings[e.mention]!.actor).toBe(a.actor);
        if (e.finding !== null) expect(r.findings[e.finding]!.start).toBeLessThanOrEqual(e.start);
      }
    }
  });
});

describe('quoted stance is the speaker’s, reported apart', () => {
  it('"Zelensky accused Putin of criminal acts" is an edge from Zelensky to Putin', async () => {
    const r = await analyzeShipped('Zelensky accused Putin of criminal acts.');
    const edge = r.quotedStance.find(
      (e) => e.speaker === 'volodymyr-zelensky' && e.target === 'vladimir-putin',
    );
    expect(edge?.value).toBeLessThan(0);
    expect(edge?.evidence.map((e) => e.text)).toContain('accused');
    // Only weakly about the writer: the blame cue counts at its small weight.
    const putin = actorOf(r, 'vladimir-putin');
    const blame = putin.evidence.find((e) => e.feature === 'role_target_blamed')!;
    expect(Math.abs(blame.value)).toBeLessThan(Math.abs(blame.raw));
  });

  it("a quotation's words about an actor go to the speaker's edge and count little for the writer", async () => {
    const quoted = await analyzeShipped('Zelensky said: "Putin is a vicious criminal."');
    const edge = quoted.quotedStance.find(
      (e) => e.speaker === 'volodymyr-zelensky' && e.target === 'vladimir-putin',
    );
    expect(edge?.value).toBeLessThan(0);
    expect(edge?.evidence.every((e) => e.voice === 'quoted')).toBe(true);
    const writer = await analyzeShipped('Putin is a vicious criminal, Zelensky said.');
    const inQuote = actorOf(quoted, 'vladimir-putin').stance!;
    const inWriterVoice = actorOf(writer, 'vladimir-putin').stance!;
    expect(inQuote).toBeLessThan(0);
    expect(inWriterVoice).toBeLessThan(inQuote);
  });

  it('counts the quotations an actor speaks and how they are introduced', async () => {
    const r = await analyzeShipped(
      '"We did nothing," Kirby said. "The US was involved," Peskov claimed. "It was planned," Peskov insisted.',
    );
    expect(actorOf(r, 'john-kirby')).toMatchObject({
      times_quoted: 1,
      reporting_classes: { neutral: 1 },
    });
    const peskov = actorOf(r, 'dmitry-peskov');
    expect(peskov.times_quoted).toBe(2);
    expect(peskov.reporting_classes.distancing).toBe(2);
    expect(peskov.components.reporting).toBeLessThan(0);
  });
});

describe('labels attached to actors', () => {
  it.each([
    ['The Kiev regime denied it.', 'regime', 'ukrainian-government'],
    [
      'James Nixey of the pro-imperialist Chatham House think tank spoke.',
      'pro-imperialist',
      'chatham-house',
    ],
    [
      'James Nixey of the pro-imperialist Chatham House think tank spoke.',
      'think tank',
      'chatham-house',
    ],
    ['The regime in Kiev denied it.', 'regime', 'ukrainian-government'],
  ])('%s: "%s" → %s', async (text, label, id) => {
    const r = await analyzeShipped(text);
    const f = r.findings.find((x) => x.category === 'label' && x.text === label);
    expect(f?.actor).toBe(id);
    expect(actorOf(r, id).labels).toContain(label);
  });

  it('drops a label with no actor in its phrase', async () => {
    const r = await analyzeShipped('Russia attacked the terrorists at dawn.');
    expect(r.findings.filter((x) => x.category === 'label')).toEqual([]);
  });

  it('a pejorative label makes the label component negative', async () => {
    const r = await analyzeShipped('The Kiev regime denied it.');
    expect(actorOf(r, 'ukrainian-government').components.labels).toBeLessThan(0);
  });
});
