import { describe, expect, it } from 'vitest';
import { actorOf, analyzeShipped } from '../helpers/shipped-lexicon.js';

describe('alias resolution', () => {
  it.each([
    ['Vladimir Putin spoke on Monday.', 'vladimir-putin', 'Vladimir Putin'],
    ['Putin spoke on Monday.', 'vladimir-putin', 'Putin'],
    ['On Monday the Russian President spoke.', 'vladimir-putin', 'Russian President'],
    ['The Kremlin said nothing.', 'russian-government', 'Kremlin'],
    ['Drones flew over Kyiv.', 'ukrainian-government', 'Kyiv'],
    ['Drones flew over Kiev.', 'ukrainian-government', 'Kiev'],
    ['Washington said nothing.', 'us-government', 'Washington'],
    ["Russia's army advanced.", 'russia', 'Russia'],
    ['The report rejected Russian claims.', 'russia', 'Russian'],
  ])('%s → %s', async (text, id, name) => {
    const r = await analyzeShipped(text);
    const a = actorOf(r, id);
    expect(a.names_used).toContain(name);
    expect(
      r.findings.some((f) => f.category === 'actor' && f.actor === id && f.text === name),
    ).toBe(true);
  });

  it('counts every alias of one actor as one actor, most used name first', async () => {
    const r = await analyzeShipped(
      'Vladimir Putin arrived. Putin smiled. The Russian President left. Putin waved.',
    );
    const putin = actorOf(r, 'vladimir-putin');
    expect(putin.mentions).toBe(4);
    expect(putin.names_used).toEqual(['Putin', 'Russian President', 'Vladimir Putin']);
    expect(r.actors.filter((a) => a.actor === 'vladimir-putin')).toHaveLength(1);
  });

  it('reports "Kyiv" and "Kiev" as names of one actor', async () => {
    const r = await analyzeShipped('Officials in Kyiv denied it. Critics in Kiev did not.');
    expect([...actorOf(r, 'ukrainian-government').names_used].sort()).toEqual(['Kiev', 'Kyiv']);
  });

  it('resolves a pronoun to the one person named in reach, and not when two are', async () => {
    const one = await analyzeShipped('Zelensky arrived in Finland. He spoke to reporters.');
    expect(actorOf(one, 'volodymyr-zelensky').mentions).toBe(2);
    const he = one.findings.find((f) => f.text === 'He')!;
    expect(he).toMatchObject({ category: 'actor', actor: 'volodymyr-zelensky', class: 'pronoun' });
    const two = await analyzeShipped('Zelensky met Putin. He spoke to reporters.');
    expect(two.findings.some((f) => f.text === 'He' && f.category === 'actor')).toBe(false);
  });

  it('tells two people apart by the gender their honorifics give ("Mr.", "Ms.")', async () => {
    const r = await analyzeShipped(
      'Michael Grimm met Diana Durand on Monday. Mr. Grimm praised Ms. Durand. She said he lied.',
    );
    const pronoun = (text: string) => r.findings.find((f) => f.text === text)?.actor;
    expect(pronoun('She')).toBe('new:diana-durand');
    expect(pronoun('he')).toBe('new:michael-grimm');
    // Without honorifics the two stay out of reach of either pronoun.
    const plain = await analyzeShipped('Michael Grimm met Diana Durand. She said he lied.');
    expect(plain.findings.some((f) => f.class === 'pronoun')).toBe(false);
  });
});

describe('discovered names', () => {
  it('lists unknown names with new: ids and resolves a surname to the full name', async () => {
    const r = await analyzeShipped(
      'Marta Kowalczyk, an analyst, disputed the figures. Kowalczyk said the data were thin. ' +
        'Senator Halvorsen agreed.',
    );
    const marta = actorOf(r, 'new:marta-kowalczyk');
    expect(marta).toMatchObject({ discovered: true, name: 'Marta Kowalczyk', mentions: 2 });
    expect(actorOf(r, 'new:halvorsen')).toMatchObject({ discovered: true, type: 'person' });
  });

  it.each([
    ['Leaked Pentagon documents show the leak was small; a leaked memo followed.'],
    ['The bridge is called Kerch Bridge by everyone.'],
    ['It happened in September and October.'],
  ])('does not take %s for a new actor', async (text) => {
    const r = await analyzeShipped(text);
    expect(r.actors.filter((a) => a.discovered).map((a) => a.name)).toEqual([]);
  });
});
