/**
 * Which files a run reads, and the id each gets. Folders are walked recursively and their
 * files sorted by relative path (code-unit order), so the same folder gives the same run on
 * any file system. Problems with one path (missing, unreadable) are collected, not thrown:
 * the other inputs are still read.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { ARTICLE_EXTENSIONS } from './read-article.js';

export interface InputFile {
  readonly absPath: string;
  /** Relative to the working directory, `/`-separated. */
  readonly sourcePath: string;
  readonly id: string;
}

interface Found {
  absPath: string;
  /** Path relative to the input root, `/`-separated. */
  rel: string;
  /** Name of the root folder, used to tell apart files with the same relative path. */
  rootName: string;
}

// A folder's README describes the corpus; it is not an article.
const README = /^readme\.(?:md|markdown)$/i;

const toPosix = (p: string): string => p.split(path.sep).join('/');
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function pathError(code: 'E_NOT_FOUND' | 'E_UNREADABLE', file: string, err: unknown): InputError {
  const errno = (err as NodeJS.ErrnoException).code;
  return new InputError(code === 'E_NOT_FOUND' ? 'no such file or folder' : 'cannot be read', {
    code,
    file,
    expected: code === 'E_NOT_FOUND' ? 'an existing file or folder' : 'a readable folder',
    found: errno ?? String(err),
  });
}

async function walk(
  dir: string,
  root: string,
  cwd: string,
  seen: Set<string>,
  out: Found[],
  errors: InputError[],
): Promise<void> {
  let entries: Dirent[];
  try {
    // A symlink loop would otherwise be walked forever.
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    errors.push(pathError('E_UNREADABLE', toPosix(path.relative(cwd, dir)) || '.', err));
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const abs = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(abs).catch(() => null);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) await walk(abs, root, cwd, seen, out, errors);
    else if (isFile && !README.test(entry.name)) {
      if (!ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) continue;
      out.push({
        absPath: abs,
        rel: toPosix(path.relative(root, abs)),
        rootName: path.basename(root),
      });
    }
  }
}

function stripExtension(rel: string): string {
  // `extname` already treats a leading dot as part of the name: `.hidden` has no extension.
  const ext = path.posix.extname(rel);
  return ext ? rel.slice(0, -ext.length) : rel;
}

/**
 * Ids: the path relative to the root without extension. Ids that clash get the root folder's
 * name in front (`a/story`, `b/story`); anything still taken gets `~2`, `~3`, in input order.
 */
function assignIds(found: readonly Found[]): string[] {
  const base = found.map((f) => stripExtension(f.rel));
  const count = new Map<string, number>();
  for (const id of base) count.set(id, (count.get(id) ?? 0) + 1);
  const used = new Set<string>();
  return found.map((f, i) => {
    const plain = base[i]!;
    const wanted = count.get(plain)! > 1 && f.rootName ? `${f.rootName}/${plain}` : plain;
    let id = wanted;
    for (let n = 2; used.has(id); n += 1) id = `${wanted}~${n}`;
    used.add(id);
    return id;
  });
}

export async function listInputs(
  paths: string[],
  cwd: string,
): Promise<{ inputs: InputFile[]; errors: InputError[] }> {
  const found: Found[] = [];
  const errors: InputError[] = [];
  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    let info: Stats;
    try {
      info = await stat(abs);
    } catch (err) {
      const missing = ['ENOENT', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '');
      errors.push(pathError(missing ? 'E_NOT_FOUND' : 'E_UNREADABLE', given, err));
      continue;
    }
    if (info.isDirectory()) {
      const inFolder: Found[] = [];
      await walk(abs, abs, cwd, new Set(), inFolder, errors);
      inFolder.sort((a, b) => byCodeUnit(a.rel, b.rel));
      found.push(...inFolder);
    } else {
      // A file named explicitly is read whatever its extension.
      found.push({
        absPath: abs,
        rel: path.basename(abs),
        rootName: path.basename(path.dirname(abs)),
      });
    }
  }
  // A file reached twice (named, and inside a folder also named) is read once, at its first place.
  const taken = new Set<string>();
  const unique = found.filter((f) => !taken.has(f.absPath) && taken.add(f.absPath));
  const ids = assignIds(unique);
  const inputs = unique.map((f, i) => ({
    absPath: f.absPath,
    sourcePath: toPosix(path.relative(cwd, f.absPath)),
    id: ids[i]!,
  }));
  return { inputs, errors };
}
