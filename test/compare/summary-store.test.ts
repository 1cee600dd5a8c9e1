/**
 * The corpus view's on-disk store: what goes in comes back equal (Maps as Maps), in order, as
 * often as asked, across read-chunk boundaries; and a view built over the store is the view
 * built in memory.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleColumns, outletColumns } from '../../src/compare/columns.js';
import { type ArticleSummary, CorpusBuilder } from '../../src/compare/corpus.js';
import {
  addToBatch,
  batchSummaries,
  emptyBatch,
  mergeBatches,
} from '../../src/compare/summary-batch.js';
import { SpilledSummaries } from '../../src/compare/summary-store.js';
import { buildCorpus, corpusOptions } from '../../src/report/measures.js';
import { syntheticResults } from '../helpers/synthetic-results.js';

const plain = (v: unknown) =>
  JSON.parse(JSON.stringify(v, (_k, x) => (x instanceof Map ? { map: [...x] } : x))) as unknown;

describe('SpilledSummaries', () => {
  let summaries: ArticleSummary[];
  let dir: string;

  beforeAll(async () => {
    const builder = buildCorpus();
    summaries = (await syntheticResults(30, 11)).map((r) => builder.add(r));
    dir = mkdtempSync(path.join(os.tmpdir(), 'framelens-store-'));
  });

  it('gives back every summary equal, Maps as Maps, in order, on every pass', () => {
    const store = new SpilledSummaries(dir);
    for (const s of summaries) store.push(s);
    expect(store.length).toBe(summaries.length);
    const first = [...store];
    const second = [...store];
    expect(first).toHaveLength(summaries.length);
    expect(first[0]!.values).toBeInstanceOf(Map);
    expect(first[0]!.usage.names).toBeInstanceOf(Map);
    expect(plain(first)).toEqual(plain(summaries));
    expect(plain(second)).toEqual(plain(first));
    store.dispose();
  });

  it('reads records that cross its 1 MB read chunks, and removes its file when disposed', () => {
    const store = new SpilledSummaries(dir);
    // About 3.5 MB: every chunk boundary falls inside some record.
    const n = 600;
    for (let i = 0; i < n; i += 1) store.push(summaries[i % summaries.length]!);
    let count = 0;
    for (const s of store) {
      expect(s.id).toBe(summaries[count % summaries.length]!.id);
      count += 1;
    }
    expect(count).toBe(n);
    expect(existsSync(store.file)).toBe(true);
    store.dispose();
    expect(existsSync(store.file)).toBe(false);
    expect(() => [...store]).toThrow(/removed/);
  });

  it('a view over the store equals the view built in memory, columns included', () => {
    const store = new SpilledSummaries(dir);
    for (const s of summaries) store.push(s);
    const disk = CorpusBuilder.over(store, corpusOptions()).view();
    const memory = CorpusBuilder.over([...summaries], corpusOptions()).view();
    expect(plain({ ...disk, articles: [...disk.articles] })).toEqual(plain(memory));
    expect(plain(outletColumns(disk))).toEqual(plain(outletColumns(memory)));
    expect(plain(articleColumns(disk))).toEqual(plain(articleColumns(memory)));
    expect(disk.outlets.size).toBeGreaterThan(1);
    store.dispose();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a builder that counts each summary as it is stored gives the view of one read afterwards', () => {
    const counted = new CorpusBuilder(corpusOptions(), new SpilledSummaries(dir));
    for (const s of summaries) counted.push(s);
    const store = new SpilledSummaries(dir);
    for (const s of summaries) store.push(s);
    const names = (id: string) => (id.length % 2 === 0 ? `name of ${id}` : null);
    const live = counted.view(names);
    const read = CorpusBuilder.over(store, corpusOptions({ actorName: names })).view();
    expect(plain({ ...live, articles: [...live.articles] })).toEqual(
      plain({ ...read, articles: [...read.articles] }),
    );
    expect(live.articles.length).toBe(summaries.length);
    // Sections are decoded when read; spreading a stored summary gives every field.
    const first = [...store][0]!;
    expect(Object.keys({ ...first }).sort()).toEqual(Object.keys(summaries[0]!).sort());
    (counted.store as SpilledSummaries).dispose();
    store.dispose();
  });

  it('batches tallied apart and absorbed give the view of summaries pushed one by one', () => {
    const one = new CorpusBuilder(corpusOptions(), new SpilledSummaries(dir));
    for (const s of summaries) one.push(s);
    // Uneven batches, each through structured clone as a worker hands it over.
    const cuts = [0, 1, 8, 9, 20, summaries.length];
    const batches = cuts.slice(1).map((end, i) => {
      const b = emptyBatch(corpusOptions().profile);
      for (const s of summaries.slice(cuts[i], end)) addToBatch(b, s);
      return structuredClone(b);
    });
    const onDisk = new CorpusBuilder(corpusOptions(), new SpilledSummaries(dir));
    const inMemory = new CorpusBuilder(corpusOptions());
    for (const b of batches) {
      onDisk.absorb(b);
      inMemory.absorb(b);
    }
    const whole = plain({ ...one.view(), articles: [...one.view().articles] });
    for (const built of [onDisk, inMemory]) {
      const v = built.view();
      expect(plain({ ...v, articles: [...v.articles] })).toEqual(whole);
      expect(plain(outletColumns(v))).toEqual(plain(outletColumns(one.view())));
    }
    // Merging two batches is appending the second's summaries to the first's.
    const [a, b] = [structuredClone(batches[1]!), batches[2]!];
    mergeBatches(a, b);
    expect(a.length).toBe(batches[1]!.length + b.length);
    expect(plain([...batchSummaries(a)])).toEqual(plain(summaries.slice(cuts[1], cuts[3])));
    const other = emptyBatch(['another profile']);
    expect(() => inMemory.absorb(other)).toThrow(/profile/);
    (one.store as SpilledSummaries).dispose();
    (onDisk.store as SpilledSummaries).dispose();
  });

  it('an outlet column is what its articles add up to: stance cells, mentions, quotations', () => {
    const view = CorpusBuilder.over([...summaries], corpusOptions()).view();
    const cols = outletColumns(view);
    for (const c of cols) {
      const members = summaries.filter((a) => (a.outlet ?? '(outlet unknown)') === c.label);
      expect(c.articles).toBe(members.length);
      for (const [actor, cell] of c.stance) {
        const cells = members.flatMap((a) => a.stance.filter((x) => x.actor === actor).slice(0, 1));
        const known = cells.filter((x) => x.stance !== null);
        expect(cell.cells).toBe(cells.length);
        expect(cell.known).toBe(known.length);
        expect(cell.sum).toBeCloseTo(
          known.reduce((t, x) => t + x.stance!, 0),
          12,
        );
        expect(cell.one?.cell.actor ?? null).toBe(cells.length === 1 ? actor : null);
      }
      const quoted = members.reduce(
        (t, a) => t + [...a.usage.speakers.values()].reduce((u, sp) => u + sp.quotations, 0),
        0,
      );
      expect([...c.speakers.values()].reduce((t, sp) => t + sp.quotations, 0)).toBe(quoted);
    }
    expect(cols.reduce((t, c) => t + c.articles, 0)).toBe(summaries.length);
  });
});
