import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { firstInvalidUtf8 } from '../../src/io/decode.js';
import { formatForPath, readArticleFile } from '../../src/io/read-article.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'framelens-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `bytes` to a temp file and reads it back as an article. */
async function read(name: string, bytes: Uint8Array | string) {
  const abs = path.join(dir, name);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, bytes);
  return readArticleFile(abs, { id: name.replace(/\.[^.]*$/, ''), sourcePath: `in/${name}` });
}

async function failure(name: string, bytes: Uint8Array | string): Promise<InputError> {
  try {
    await read(name, bytes);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const u = text.charCodeAt(i);
    const [hi, lo] = [u >> 8, u & 0xff];
    out.set(bigEndian ? [hi, lo] : [lo, hi], 2 + i * 2);
  }
  return out;
}

describe('readArticleFile: decoding', () => {
  it.each([
    ['empty', 'empty.txt', new Uint8Array(0), 'E_EMPTY', undefined],
    ['whitespace only', 'blank.md', ' \n\t\r\n  ', 'E_EMPTY', undefined],
    [
      'a UTF-8 BOM and nothing else',
      'bom.txt',
      new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]),
      'E_EMPTY',
      undefined,
    ],
    [
      'a NUL byte (binary)',
      'image.txt',
      new Uint8Array([0x47, 0x49, 0x46, 0x0a, 0x00, 0x01]),
      'E_BINARY',
      2,
    ],
    [
      'invalid UTF-8',
      'latin1.txt',
      new Uint8Array([0x61, 0x62, 0x0a, 0x63, 0x64, 0xe9, 0x66, 0x67]),
      'E_ENCODING',
      2,
    ],
    [
      'a truncated UTF-8 sequence at the end',
      'cut.md',
      new Uint8Array([0x61, 0x0a, 0x0a, 0x62, 0xe2, 0x80]),
      'E_ENCODING',
      3,
    ],
    [
      'UTF-16 with a lone surrogate',
      'lone.txt',
      utf16('ab\ud800c', false),
      'E_ENCODING',
      undefined,
    ],
    ['front matter only', 'front.md', '---\ntitle: T\n---\n', 'E_EMPTY', undefined],
  ])('%s → %s', async (_name, file, bytes, code, line) => {
    const err = await failure(file, bytes);
    expect(err.code).toBe(code);
    expect(err.file).toBe(`in/${file}`);
    expect(err.line).toBe(line);
    expect(err.describe()).toContain(`in/${file}`);
  });

  it('says which byte is bad and where', async () => {
    const err = await failure(
      'where.txt',
      new Uint8Array([0x61, 0x62, 0x0a, 0x63, 0x64, 0xe9, 0x66]),
    );
    expect(err.found).toBe('byte 0xE9 at byte 5');
    expect(err.describe()).toMatch(/^in\/where\.txt:2: /);
  });

  it.each([
    ['UTF-16 LE', false],
    ['UTF-16 BE', true],
  ])('decodes %s with a BOM', async (_name, bigEndian) => {
    const a = await read(`u16-${bigEndian}.txt`, utf16('Kyiv – “Київ”\r\n\r\nSecond.', bigEndian));
    expect(a.text).toBe('Kyiv – “Київ”\n\nSecond.');
  });

  it('normalizes CRLF line endings and strips a UTF-8 BOM', async () => {
    const a = await read(
      'crlf.md',
      '\uFEFF# Title\r\n\r\nBy Jane Doe\r\n\r\nLine one\r\nline two.\r\n',
    );
    expect(a.text).toBe('Title\n\nBy Jane Doe\n\nLine one\nline two.');
    expect(a.meta).toMatchObject({ title: 'Title', author: 'Jane Doe', source_path: 'in/crlf.md' });
    expect(a.id).toBe('crlf');
  });

  it('reads by extension; an unknown one as plain text', async () => {
    const body = '# Heading *x*\n\n<p>para</p>';
    expect((await read('f.md', body)).text).toBe('Heading x\n\npara');
    expect((await read('f.markdown', body)).text).toBe('Heading x\n\npara');
    expect((await read('f.HTM', body)).text).toBe('# Heading *x*\n\npara');
    expect((await read('f.log', body)).text).toBe(body);
    expect(formatForPath('a/b.Html')).toBe('html');
    expect(formatForPath('noext')).toBe('txt');
  });

  it('reports a missing file as E_NOT_FOUND and a folder as E_UNREADABLE', async () => {
    await expect(
      readArticleFile(path.join(dir, 'nope.txt'), { id: 'nope', sourcePath: 'in/nope.txt' }),
    ).rejects.toMatchObject({ code: 'E_NOT_FOUND', file: 'in/nope.txt' });
    await expect(readArticleFile(dir, { id: 'd', sourcePath: 'in' })).rejects.toMatchObject({
      code: 'E_UNREADABLE',
      file: 'in',
    });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['ascii', [0x61, 0x62], -1],
    ['two-, three- and four-byte', [0xc3, 0xa9, 0xe2, 0x80, 0x9c, 0xf0, 0x9f, 0x98, 0x80], -1],
    ['stray continuation', [0x61, 0x80], 1],
    ['overlong slash', [0xc0, 0xaf], 0],
    ['overlong three-byte', [0x61, 0xe0, 0x80, 0xaf], 1],
    ['surrogate', [0xed, 0xa0, 0x80], 0],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['truncated', [0x61, 0xe2, 0x80], 1],
  ])('%s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });
});
