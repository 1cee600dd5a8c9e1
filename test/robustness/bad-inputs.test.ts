/**
 * Every bad input the issue names that can be a file, one table row each, through the real
 * binary: a good article beside it, the exit status, the message on stderr (file, line, what
 * was expected, what was found), the errors.csv row, and the good article still analyzed.
 * Fixtures are built here, in a temp folder, as real bytes.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { framelens } from '../helpers/cli.js';

const GOOD = 'The reckless regime staged a provocation, critics said.';

type Row = Record<string, string>;
const readCsv = (file: string): Row[] => parse(readFileSync(file), { columns: true }) as Row[];

/** UTF-16 bytes of `text` with a byte-order mark. */
function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? le.swap16() : le;
}

interface BadCase {
  readonly name: string;
  /** The bad item's path under the case folder, as errors.csv shows it (relative to cwd). */
  readonly file: string;
  /** Creates the bad item in `dir` (the case folder); by default writes `bytes` to `file`. */
  readonly bytes?: string | Buffer;
  readonly setup?: (dir: string) => void;
  readonly args?: readonly string[];
  readonly code: string;
  readonly line?: number;
  /** Substrings of the stderr message and of the errors.csv message/expected/found cells. */
  readonly says: readonly string[];
}

const nested = (open: string, close: string, depth: number) =>
  `${open.repeat(depth)}words${close.repeat(depth)}`;

const BAD: readonly BadCase[] = [
  { name: 'empty file', file: 'empty.txt', bytes: '', code: 'E_EMPTY', says: ['file is empty'] },
  {
    name: 'whitespace only',
    file: 'blank.md',
    bytes: ' \n\t\r\n  \n',
    code: 'E_EMPTY',
    says: ['only whitespace', '8 bytes of whitespace'],
  },
  {
    name: 'binary (a PNG header)',
    file: 'picture.txt',
    bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    code: 'E_BINARY',
    line: 3, // the PNG signature holds two line feeds before its first NUL
    says: ['binary', 'a NUL byte at byte 8', 'a text file'],
  },
  {
    name: 'invalid UTF-8 (Latin-1 é on line 3)',
    file: 'latin1.txt',
    bytes: Buffer.concat([
      Buffer.from('One.\nTwo.\nCaf'),
      Buffer.from([0xe9]),
      Buffer.from(' au lait.\n'),
    ]),
    code: 'E_ENCODING',
    line: 3,
    says: ['not valid UTF-8', 'byte 0xE9 at byte 13', 'UTF-8 text'],
  },
  {
    name: 'UTF-16 without a byte-order mark',
    file: 'utf16-nobom.txt',
    bytes: Buffer.from('Words without a mark.', 'utf16le'),
    code: 'E_BINARY',
    line: 1,
    says: ['NUL byte at byte 1'],
  },
  {
    name: 'UTF-16 with a BOM and an unpaired surrogate',
    file: 'broken16.txt',
    bytes: Buffer.concat([utf16('Broken ', false), Buffer.from([0x00, 0xd8, 0x41, 0x00])]),
    code: 'E_ENCODING',
    says: ['not valid UTF-16', 'broken character at byte 16'],
  },
  {
    name: 'missing path',
    file: 'gone.md',
    setup: () => {},
    code: 'E_NOT_FOUND',
    says: ['no such file or folder', 'ENOENT'],
  },
  {
    // Running as root, chmod cannot make a file unreadable: a link to itself really fails.
    name: 'unreadable file in the folder (a symlink to itself)',
    file: 'loop.md',
    setup: (dir) => symlinkSync('loop.md', path.join(dir, 'loop.md')),
    code: 'E_UNREADABLE',
    says: ['cannot be read', 'a link to a readable file or folder', 'ELOOP'],
  },
  {
    name: 'broken link in the folder',
    file: 'dangling.txt',
    setup: (dir) => symlinkSync('nowhere.txt', path.join(dir, 'dangling.txt')),
    code: 'E_UNREADABLE',
    says: ['cannot be read', 'a link to a readable file or folder', 'ENOENT'],
  },
  {
    name: 'front matter never closed',
    file: 'open-fm.md',
    bytes: '---\ntitle: Drone strike\noutlet: Example\n\nThe body never comes.\n',
    code: 'E_FRONT_MATTER',
    line: 1,
    says: ['never closed', 'closing `---`'],
  },
  {
    name: 'front matter that is not YAML',
    file: 'bad-yaml.md',
    bytes: '---\ntitle: "Unclosed\noutlet: x\n---\nBody text here.\n',
    code: 'E_FRONT_MATTER',
    line: 4, // where the parser finds the quote still open: the end of the front matter
    says: ['not valid YAML', 'Missing closing "quote', 'key: value'],
  },
  {
    name: 'front matter field of the wrong type',
    file: 'list-title.md',
    bytes: '---\ntitle: [a, b]\n---\nBody text here.\n',
    code: 'E_FRONT_MATTER',
    line: 2,
    says: ['`title` must be text', 'a list'],
  },
  {
    name: 'front matter of 70 kB',
    file: 'huge-fm.md',
    bytes: `---\n${'note: x\n'.repeat(9000)}---\nBody.\n`,
    code: 'E_FRONT_MATTER',
    line: 1,
    says: ['too long', '72,000 characters'],
  },
  {
    name: 'HTML page shell with no text',
    file: 'shell.html',
    bytes:
      '<html><head><title></title><script>var a = 1;</script></head><body><nav>Home</nav></body></html>',
    code: 'E_EMPTY',
    says: ['no article text', 'only markup'],
  },
  {
    name: 'HTML nested 2,000 deep',
    file: 'deep.html',
    bytes: nested('<div>', '</div>', 2000),
    code: 'E_HTML_NESTING',
    line: 1,
    says: ['nested too deeply', 'at most 1,000', '<div> at depth 1001'],
  },
  {
    name: 'Markdown nested 150 deep',
    file: 'deep.md',
    bytes: `${'> '.repeat(150)}words\n`,
    code: 'E_MARKDOWN_NESTING',
    line: 1,
    says: ['nested too deeply', 'at most 98 levels', 'save the file as .txt'],
  },
  {
    name: 'larger than --max-bytes',
    file: 'long.txt',
    bytes: `${'Word '.repeat(400)}\n`,
    args: ['--max-bytes', '1k'],
    code: 'E_TOO_LARGE',
    says: ['too large', 'at most 1,024 bytes', '2,001 bytes', '--max-bytes'],
  },
];

describe('a bad input is skipped with a precise message; the good one beside it is analyzed', () => {
  it.each(BAD)('$name → $code, exit 3', (c) => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'framelens-bad-'));
    const dir = path.join(cwd, 'in');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'good.txt'), GOOD);
    if (c.setup) c.setup(dir);
    else writeFileSync(path.join(dir, c.file), c.bytes ?? '');
    // The missing path is named on the command line; everything else is found in the folder.
    const inputs = c.code === 'E_NOT_FOUND' ? ['in', path.join('in', c.file)] : ['in'];
    const r = framelens(['analyze', ...inputs, '--out', 'out', ...(c.args ?? [])], cwd);

    expect(r.status, r.stderr).toBe(3);
    expect(r.stdout).toBe('');
    const where = `in/${c.file}${c.line === undefined ? '' : `:${c.line}`}:`;
    const message = r.stderr.split('\n').find((l) => l.includes(`[${c.code}]`)) ?? '';
    expect(message).toContain(where);
    for (const part of c.says) expect(message).toContain(part);

    const errors = readCsv(path.join(cwd, 'out', 'errors.csv'));
    expect(errors).toHaveLength(1);
    const row = errors[0]!;
    expect(row).toMatchObject({
      source_path: `in/${c.file}`,
      code: c.code,
      line: String(c.line ?? ''),
    });
    const cells = `${row.message} ${row.expected} ${row.found}`;
    for (const part of c.says.filter((p) => !p.startsWith('save'))) expect(cells).toContain(part);

    const articles = readCsv(path.join(cwd, 'out', 'articles.csv'));
    expect(articles.map((a) => a.article_id)).toEqual(['good']);
    expect(Number(articles[0]!.words)).toBe(8);
    const manifest = JSON.parse(readFileSync(path.join(cwd, 'out', 'manifest.json'), 'utf8'));
    expect(manifest.skipped).toEqual([{ source_path: `in/${c.file}`, code: c.code }]);
    expect(manifest.complete).toBe(true);
  });

  it('--strict makes any skipped input fatal: exit 2, nothing written', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'framelens-strict-'));
    writeFileSync(path.join(cwd, 'good.txt'), GOOD);
    writeFileSync(path.join(cwd, 'empty.txt'), '');
    const r = framelens(['analyze', 'good.txt', 'empty.txt', '--strict', '--out', 'out'], cwd);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('empty.txt: file is empty');
    expect(r.stderr).toContain('[E_STRICT]');
    expect(() => readFileSync(path.join(cwd, 'out', 'articles.csv'))).toThrow();
  });

  it('nothing readable: exit 2 before any analysis, the report folder left as it was', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'framelens-none-'));
    mkdirSync(path.join(cwd, 'out'));
    writeFileSync(path.join(cwd, 'out', 'articles.csv'), 'earlier run\r\n');
    writeFileSync(path.join(cwd, 'empty.txt'), '');
    const r = framelens(['analyze', 'empty.txt', 'missing.txt', '--out', 'out'], cwd);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('[E_NO_INPUT]');
    expect(r.stderr).toContain('empty.txt');
    expect(r.stderr).toContain('missing.txt');
    expect(readFileSync(path.join(cwd, 'out', 'articles.csv'), 'utf8')).toBe('earlier run\r\n');
  });

  it('a malformed --max-bytes is a usage error (exit 2)', () => {
    const r = framelens(['analyze', '--max-bytes', 'lots', '--out', os.tmpdir()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--max-bytes: expected a size such as 10m');
  });
});

const CYRILLIC = 'Министр заявил, что «безрассудный» план был провокацией. Критики не согласились.';
const ARABIC = 'قال الوزير إن الخطة كانت استفزازاً متهوراً. ورفض المنتقدون ذلك.';
const CJK = '部长说，这个计划是鲁莽的挑衅。批评者不同意。東京で会議が開かれた。';
const EMOJI = 'The minister 🙂 said the plan 🚀🔥 was a reckless provocation 👍🏽 👨‍👩‍👧.';
const DEVANAGARI = 'मंत्री ने कहा कि योजना एक लापरवाह उकसावा थी।';

interface GoodCase {
  readonly name: string;
  readonly file: string;
  readonly bytes: string | Buffer;
  /** The text the article must contain once read (proves the decoding). */
  readonly contains: string;
}

const LONG_LINE = `${'The minister said the reckless plan was a provocation that no one could defend. '.repeat(64_000)}\n`;

const GOOD_CASES: readonly GoodCase[] = [
  { name: 'UTF-8 with a BOM', file: 'bom8.txt', bytes: `\ufeff${GOOD}`, contains: 'The reckless' },
  {
    name: 'UTF-16 LE with a BOM',
    file: 'le.txt',
    bytes: utf16(GOOD, false),
    contains: 'reckless regime',
  },
  {
    name: 'UTF-16 BE with a BOM',
    file: 'be.md',
    bytes: utf16(`# Title\n\n${GOOD}`, true),
    contains: 'reckless regime',
  },
  {
    name: 'Windows line endings',
    file: 'crlf.md',
    bytes: `---\r\ntitle: CRLF\r\n---\r\n${GOOD}\r\n\r\nMore.\r\n`,
    contains: `${GOOD}\n\nMore.`,
  },
  {
    name: 'old Mac line endings (CR only)',
    file: 'cr.txt',
    bytes: `${GOOD}\r\rMore.\r`,
    contains: `${GOOD}\n\nMore.`,
  },
  { name: 'a 5 MB single line', file: 'line.txt', bytes: LONG_LINE, contains: 'reckless plan' },
  { name: 'Cyrillic', file: 'ru.txt', bytes: CYRILLIC, contains: 'безрассудный' },
  { name: 'Arabic (right to left)', file: 'ar.txt', bytes: ARABIC, contains: 'استفزازاً' },
  { name: 'Chinese and Japanese', file: 'zh.md', bytes: CJK, contains: '鲁莽' },
  {
    name: 'emoji, skin tones and ZWJ sequences',
    file: 'emoji.html',
    bytes: `<p>${EMOJI}</p>`,
    contains: '👨‍👩‍👧',
  },
  {
    name: 'Devanagari with combining marks',
    file: 'hi.txt',
    bytes: DEVANAGARI,
    contains: 'लापरवाह',
  },
  { name: 'a file named __proto__', file: '__proto__.txt', bytes: GOOD, contains: GOOD },
  { name: 'a file named constructor', file: 'constructor.md', bytes: GOOD, contains: GOOD },
];

describe('unusual but good inputs are analyzed, exit 0', () => {
  it.each(GOOD_CASES)('$name', (c) => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'framelens-ok-'));
    writeFileSync(path.join(cwd, 'good.txt'), GOOD);
    writeFileSync(path.join(cwd, c.file), c.bytes);
    const r = framelens(
      ['analyze', 'good.txt', c.file, '--out', 'out', '-f', 'csv', '-f', 'jsonl'],
      cwd,
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readCsv(path.join(cwd, 'out', 'errors.csv'))).toEqual([]);
    const id = c.file.replace(/\.[a-z]+$/, '');
    const records = readFileSync(path.join(cwd, 'out', 'articles.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { article_id: string; text: string; scores: { words: number } });
    expect(records.map((a) => a.article_id).sort()).toEqual(['good', id].sort());
    const record = records.find((a) => a.article_id === id)!;
    expect(record.text).toContain(c.contains);
    expect(record.text).not.toContain('\r');
    expect(record.text).not.toContain('\ufffd');
    expect(record.scores.words).toBeGreaterThan(0);
  });
});
