import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listInputs } from '../../src/io/list-inputs.js';

const cwd = mkdtempSync(path.join(os.tmpdir(), 'framelens-list-'));
afterAll(() => {
  chmodSync(path.join(cwd, 'locked', 'inner'), 0o755);
  rmSync(cwd, { recursive: true, force: true });
});

/** Creates the files, in the order given (deliberately not sorted). */
function files(...names: string[]): void {
  for (const name of names) {
    const abs = path.join(cwd, name);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, 'Some words.');
  }
}

files(
  'corpus/zeta.md',
  'corpus/sub/b.html',
  'corpus/Alpha.txt',
  'corpus/a-b.txt',
  'corpus/a/b.txt',
  'corpus/sub/a.htm',
  'corpus/deep/er/x.markdown',
  'corpus/.hidden.txt',
  'corpus/.git/config.md',
  'corpus/README.md',
  'corpus/sub/readme.markdown',
  'corpus/notes.pdf',
  'corpus/data.json',
  'a/story.md',
  'b/story.md',
  'c/x.md',
  'c/x.txt',
  'loose/notes.log',
  'loose/story.md',
  'locked/inner/hidden.md',
);

const list = (...paths: string[]) => listInputs(paths, cwd);

describe('listInputs', () => {
  it('walks a folder recursively in code-unit order of relative paths', async () => {
    const { inputs, errors } = await list('corpus');
    expect(errors).toEqual([]);
    expect(inputs.map((i) => i.sourcePath)).toEqual([
      'corpus/Alpha.txt',
      'corpus/a-b.txt',
      'corpus/a/b.txt',
      'corpus/deep/er/x.markdown',
      'corpus/sub/a.htm',
      'corpus/sub/b.html',
      'corpus/zeta.md',
    ]);
    expect(inputs.map((i) => i.id)).toEqual([
      'Alpha',
      'a-b',
      'a/b',
      'deep/er/x',
      'sub/a',
      'sub/b',
      'zeta',
    ]);
    expect(inputs[0]!.absPath).toBe(path.join(cwd, 'corpus', 'Alpha.txt'));
  });

  it('takes a file named explicitly whatever its extension, id from its stem', async () => {
    // Listed in path order, not argument order (README "Determinism").
    const { inputs } = await list('loose/notes.log', './corpus/.hidden.txt');
    expect(inputs).toEqual([
      {
        absPath: path.join(cwd, 'corpus/.hidden.txt'),
        sourcePath: 'corpus/.hidden.txt',
        id: '.hidden',
      },
      { absPath: path.join(cwd, 'loose/notes.log'), sourcePath: 'loose/notes.log', id: 'notes' },
    ]);
  });

  it('reports a missing path and goes on with the rest', async () => {
    const { inputs, errors } = await list('nope', 'a', 'gone/file.md');
    expect(inputs.map((i) => i.sourcePath)).toEqual(['a/story.md']);
    expect(errors.map((e) => [e.code, e.file])).toEqual([
      ['E_NOT_FOUND', 'nope'],
      ['E_NOT_FOUND', 'gone/file.md'],
    ]);
  });

  it.each([
    [
      ['a', 'b'],
      ['a/story', 'b/story'],
    ],
    [
      ['a/story.md', 'b/story.md'],
      ['a/story', 'b/story'],
    ],
    // notes.log is not read from inside a folder
    [
      ['a', 'loose'],
      ['a/story', 'loose/story'],
    ],
    // same stem, two extensions: the folder prefix does not help, a counter does
    [['c'], ['c/x', 'c/x~2']],
    // a file given again explicitly is listed once
    [
      ['c', 'c/x.md'],
      ['c/x', 'c/x~2'],
    ],
    // path order, not argument order
    [
      ['c/x.md', 'a'],
      ['story', 'x'],
    ],
    [['a/story.md', 'a/story.md', 'a'], ['story']],
  ])('disambiguates ids: %j → %j', async (paths, ids) => {
    const { inputs } = await list(...paths);
    expect(inputs.map((i) => i.id)).toEqual(ids);
    expect(new Set(inputs.map((i) => i.id)).size).toBe(inputs.length);
  });

  it('follows symlinks to files and folders but not in circles', async () => {
    files('links/story.md');
    symlinkSync(path.join(cwd, 'corpus', 'sub'), path.join(cwd, 'links', 'linked'));
    symlinkSync(path.join(cwd, 'links'), path.join(cwd, 'links', 'loop'));
    symlinkSync(path.join(cwd, 'a', 'story.md'), path.join(cwd, 'links', 'other.md'));
    const { inputs, errors } = await list('links');
    expect(errors).toEqual([]);
    expect(inputs.map((i) => i.id)).toEqual(['linked/a', 'linked/b', 'other', 'story']);
    expect(inputs[2]!.sourcePath).toBe('links/other.md');
  });

  it('reports a path that cannot be read (a symlink to itself) as E_UNREADABLE', async () => {
    symlinkSync('self', path.join(cwd, 'self'));
    const { inputs, errors } = await list('self', 'b');
    expect(inputs.map((i) => i.id)).toEqual(['story']);
    expect(errors.map((e) => [e.code, e.file, e.found])).toEqual([
      ['E_UNREADABLE', 'self', 'ELOOP'],
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder and goes on', async () => {
    chmodSync(path.join(cwd, 'locked', 'inner'), 0o000);
    const { inputs, errors } = await list('locked', 'b');
    expect(inputs.map((i) => i.id)).toEqual(['story']);
    expect(errors.map((e) => [e.code, e.file])).toEqual([['E_UNREADABLE', 'locked/inner']]);
  });
});
