import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type InputItem, readInputs } from '../../src/io/corpus.js';
import { DEFAULT_FIELDS, recordArticle } from '../../src/io/corpus-record.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'framelens-corpus-'));

async function collect(
  paths: string[],
  cwd: string,
  extra: Partial<Parameters<typeof readInputs>[0]> = {},
): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs({
    paths,
    cwd,
    fields: DEFAULT_FIELDS,
    stdinFormat: null,
    stdinName: 'stdin',
    lineOffset: 0,
    ...extra,
  })) {
    out.push(item);
  }
  return out;
}

/** Each item as a short line: `record id@line`, `error CODE@line`, `source path`. */
function summary(items: InputItem[]): string[] {
  return items.map((i) => {
    if (i.kind === 'record') return `record ${i.record.id}@${i.record.line}`;
    if (i.kind === 'error') return `error ${i.error.code}@${i.error.line ?? '-'}`;
    if (i.kind === 'source') return `source ${i.input.source_path}`;
    return `file ${i.id}`;
  });
}

const JSONL = [
  '{"id": "a1", "text": "The reckless plan.", "title": "Plan", "outlet": "Daily"}',
  '',
  '{"text": "No id here."}',
  'not json at all',
  '["an", "array"]',
  '{"id": "a5", "body": "wrong field"}',
  '{"id": "a6", "text": "   "}',
  '{"id": "a1", "text": "Same id again."}',
  '{"id": 7, "text": "Numeric id.", "constructor": "x"}',
].join('\n');

describe('JSONL corpora', () => {
  it('reads records in order; each bad line is one error with its line, the rest go on', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'news.jsonl'), JSONL);
    const items = await collect(['news.jsonl'], dir);
    expect(summary(items)).toEqual([
      'record a1@1',
      'record news:3@3',
      'error E_JSONL_SYNTAX@4',
      'error E_JSONL_SYNTAX@5',
      'error E_RECORD_TEXT@6',
      'error E_EMPTY@7',
      'error E_DUPLICATE_ID@8',
      'record 7@9',
      'source news.jsonl',
    ]);
    const bad = items[2]!;
    expect(bad.kind === 'error' && bad.error.file).toBe('news.jsonl');
    expect(bad.kind === 'error' && bad.error.found).toContain('not json');
  });

  it('takes metadata from the record (title_source record) and never titles it from the file name', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'news.jsonl'), JSONL);
    const records = (await collect(['news.jsonl'], dir)).flatMap((i) =>
      i.kind === 'record' ? [i.record] : [],
    );
    const a = recordArticle(records[0]!);
    expect(a.meta).toMatchObject({ title: 'Plan', outlet: 'Daily', source_path: 'news.jsonl' });
    expect(a.meta.provenance.title).toBe('record');
    const b = recordArticle(records[1]!);
    expect(b.meta.title).toBeNull();
  });

  it('field names are configurable', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'c.jsonl'), '{"key": "k1", "body": "Text.", "headline": "H"}\n');
    const items = await collect(['c.jsonl'], dir, {
      fields: { text: 'body', id: 'key', meta: { ...DEFAULT_FIELDS.meta, title: 'headline' } },
    });
    expect(items[0]).toMatchObject({
      kind: 'record',
      record: { id: 'k1', text: 'Text.', meta: { title: 'H' } },
    });
  });

  it('CRLF line ends, a BOM and a line that is not UTF-8', async () => {
    const dir = tmp();
    const bytes = Buffer.concat([
      Buffer.from('\uFEFF{"text": "One."}\r\n'),
      Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d, 0x0a]),
      Buffer.from('{"text": "Three."}'),
    ]);
    writeFileSync(path.join(dir, 'c.jsonl'), bytes);
    expect(summary(await collect(['c.jsonl'], dir))).toEqual([
      'record c:1@1',
      'error E_ENCODING@2',
      'record c:3@3',
      'source c.jsonl',
    ]);
  });

  it('gzip is read by its magic bytes, whatever the name, and by .gz', async () => {
    const dir = tmp();
    const gz = gzipSync(Buffer.from('{"text": "Zipped."}\n{"text": "Again."}\n'));
    writeFileSync(path.join(dir, 'plain-name.jsonl'), gz);
    writeFileSync(path.join(dir, 'named.jsonl.gz'), gz);
    const items = await collect(['plain-name.jsonl', 'named.jsonl.gz'], dir);
    expect(summary(items)).toEqual([
      'record plain-name:1@1',
      'record plain-name:2@2',
      'source plain-name.jsonl',
      'record named:1@1',
      'record named:2@2',
      'source named.jsonl.gz',
    ]);
  });

  it('stdin: sniffed format, a name and a line offset for a part of a split corpus', async () => {
    const stdin = Readable.from([Buffer.from('{"text": "A."}\n{"text": "B."}\n')]);
    const items = await collect(['-'], tmp(), {
      stdin,
      stdinName: 'corpus.jsonl',
      lineOffset: 1000,
    });
    expect(summary(items)).toEqual([
      'record corpus:1001@1001',
      'record corpus:1002@1002',
      'source corpus.jsonl',
    ]);
  });

  it('a missing corpus file is one error, not a crash', async () => {
    expect(summary(await collect(['gone.jsonl'], tmp()))).toEqual(['error E_NOT_FOUND@-']);
  });
});

describe('CSV corpora', () => {
  const CSV = [
    'id,title,text',
    'c1,First,"The ""reckless"" plan, again."',
    'c2,Second,"A text',
    'over two lines."',
    'c3,Third,ragged,extra',
    'c4,Fourth,',
    ',No id,Fine text.',
  ].join('\n');

  it('reads a header and rows; quoted cells may span lines; ragged and empty rows are errors', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'news.csv'), CSV);
    const items = await collect(['news.csv'], dir);
    expect(summary(items)).toEqual([
      'record c1@2',
      'record c2@3',
      'error E_CSV_RAGGED@5',
      'error E_EMPTY@6',
      'record news:7@7',
      'source news.csv',
    ]);
    expect(items[0]).toMatchObject({
      record: { text: 'The "reckless" plan, again.', meta: { title: 'First' } },
    });
    expect(items[1]).toMatchObject({ record: { text: 'A text\nover two lines.' } });
  });

  it('a header without the text column is one error for the file', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'x.csv'), 'id,body\n1,Text\n');
    const items = await collect(['x.csv'], dir);
    expect(summary(items)).toEqual(['error E_CSV_HEADER@1', 'source x.csv']);
    const first = items[0]!;
    expect(first.kind === 'error' && first.error.found).toContain('body');
  });

  it('stdin sniffs CSV when the first byte is not {', async () => {
    const stdin = Readable.from([Buffer.from('text\nHello there.\n')]);
    expect(summary(await collect(['-'], tmp(), { stdin }))).toEqual([
      'record stdin:2@2',
      'source stdin',
    ]);
  });
});

describe('article files and corpora together', () => {
  it('article files first (as listed today), then corpora in the order given; ids stay unique', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'story.txt'), 'A story.');
    writeFileSync(
      path.join(dir, 'c.jsonl'),
      '{"id": "story", "text": "Clash."}\n{"text": "Fine."}\n',
    );
    expect(summary(await collect(['c.jsonl', 'story.txt'], dir))).toEqual([
      'file story',
      'error E_DUPLICATE_ID@1',
      'record c:2@2',
      'source c.jsonl',
    ]);
  });
});
