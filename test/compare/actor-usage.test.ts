import { describe, expect, it } from 'vitest';
import { actorUsage, emptyUsage, mergeUsage, speakerName } from '../../src/compare/actor-usage.js';
import type { ActorStance, ArticleResult } from '../../src/types.js';
import { run } from '../helpers/fixture-lexicon.js';

const plain = (m: ReadonlyMap<string, ReadonlyMap<string, number>>, actor: string) =>
  Object.fromEntries(m.get(actor) ?? []);

describe('actor usage: names, labels and speakers of one article', () => {
  it('counts the names used for one actor in the writer voice only', async () => {
    const r = await run(
      'Putin spoke first. The Russian President then left. "Putin lies," Kirby said. Vladimir Putin was silent.',
    );
    const u = actorUsage(r);
    // "Putin" inside Kirby's quotation is Kirby's word, not the writer's.
    expect(plain(u.names, 'vladimir-putin')).toEqual({
      Putin: 1,
      'Russian President': 1,
      'Vladimir Putin': 1,
    });
  });

  it('records each quoted speaker with the reporting verbs and their classes', async () => {
    const r = await run(
      '"We deny it," Kirby said. "It is false," Kirby declared. "It was a drone," Peskov claimed. "Nothing," someone said.',
    );
    const u = actorUsage(r);
    const kirby = u.speakers.get('actor:john-kirby')!;
    expect(kirby.quotations).toBe(2);
    expect(Object.fromEntries(kirby.verbs)).toEqual({
      said: { cls: 'neutral', count: 1 },
      declared: { cls: 'neutral', count: 1 },
    });
    expect(u.speakers.get('actor:dmitry-peskov')!.verbs.get('claimed')).toEqual({
      cls: 'distancing',
      count: 1,
    });
  });

  it('takes labels from the stance stage when it has run', async () => {
    const r = await run('Putin spoke.');
    const stance: ActorStance = {
      actor: 'vladimir-putin',
      name: 'Vladimir Putin',
      type: 'person',
      group: null,
      discovered: false,
      mentions: 1,
      names_used: ['Putin'],
      stance: null,
      ci_low: null,
      ci_high: null,
      components: { evaluative: null, role: null, labels: null, reporting: null, hedging: null },
      evidence: [],
      times_quoted: 0,
      reporting_classes: {},
      labels: ['dictator', 'dictator', 'strongman'],
    };
    const withStance: ArticleResult = { ...r, actors: [stance] };
    expect(plain(actorUsage(withStance).labels, 'vladimir-putin')).toEqual({
      dictator: 2,
      strongman: 1,
    });
  });

  it('merges by addition', async () => {
    const a = actorUsage(await run('Putin spoke. "Yes," Kirby said.'));
    const b = actorUsage(await run('Putin left. Moscow waited. "No," Kirby said.'));
    const m = mergeUsage(mergeUsage(emptyUsage(), a), b);
    expect(plain(m.names, 'vladimir-putin')).toEqual({ Putin: 2 });
    expect(m.speakers.get('actor:john-kirby')!.quotations).toBe(2);
    expect(m.speakers.get('actor:john-kirby')!.verbs.get('said')!.count).toBe(2);
    // The inputs are not changed by merging.
    expect(a.speakers.get('actor:john-kirby')!.quotations).toBe(1);
  });

  it.each([
    ['Port director Olena Marchuk', 'Olena Marchuk'],
    ['prosecutor Ivan Reshetnyk', 'Ivan Reshetnyk'],
    ['Prosecutor Ivan Reshetnyk', 'Ivan Reshetnyk'],
    ['trade economist Tomas Berg', 'Tomas Berg'],
    ['Russian Defence Ministry', 'Russian Defence Ministry'],
    ['she', 'she'],
    ['  officials  ', 'officials'],
  ])('speaker phrase %j is the speaker %j', (written, name) => {
    expect(speakerName(written)).toBe(name);
  });
});
