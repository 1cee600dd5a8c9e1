/**
 * Which files a run reads, and the id each gets. Folders are walked recursively; all files,
 * from every path given, are then sorted by their path (code-unit order), so the same files
 * give the same run, byte for byte, whatever the file system's listing order, the order of
 * the arguments or the locale that sorted a shell glob. Problems with one path (missing,
 * unreadable, a broken link) are collected, not thrown: the other inputs are still read.
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

/** What an unreadable path was expected to be, for the message. */
type Expected =
  | 'a readable folder'
  | 'a link to a readable file or folder'
  | 'a readable file or folder';

function pathError(
  code: 'E_NOT_FOUND' | 'E_UNREADABLE',
  file: string,
  err: unknown,
  expected: Expected = 'a readable file or folder',
): InputError {
  const errno = (err as NodeJS.ErrnoException).code;
  return new InputError(code === 'E_NOT_FOUND' ? 'no such file or folder' : 'cannot be read', {
    code,
    file,
    expected: code === 'E_NOT_FOUND' ? 'an existing file or folder' : expected,
    found: errno ?? String(err),
  });
}

interface Walk {
  readonly root: string;
  readonly cwd: string;
  /** Real paths of folders already walked (a symlink loop would be walked forever). */
  readonly seen: Set<string>;
  /** Real paths of folders never read, such as the report folder. */
  readonly skip: ReadonlySet<string>;
  readonly out: Found[];
  readonly errors: InputError[];
}

async function walk(dir: string, w: Walk): Promise<void> {
  const { root, cwd, seen, out, errors } = w;
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (seen.has(real) || w.skip.has(real)) return;
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    errors.push(
      pathError('E_UNREADABLE', toPosix(path.relative(cwd, dir)) || '.', err, 'a readable folder'),
    );
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const abs = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      let target: Stats;
      try {
        target = await stat(abs);
      } catch (err) {
        // A broken link (or a link to itself) that could be an article or a folder is reported:
        // it was meant to be read. One named like a picture or a PDF is left alone.
        const ext = path.extname(entry.name).toLowerCase();
        if (ext === '' || ARTICLE_EXTENSIONS.has(ext)) {
          errors.push(
            pathError(
              'E_UNREADABLE',
              toPosix(path.relative(cwd, abs)),
              err,
              'a link to a readable file or folder',
            ),
          );
        }
        continue;
      }
      isDir = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDir) await walk(abs, w);
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
 * name in front (`a/story`, `b/story`); anything still taken gets `~2`, `~3`, in path order.
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

export interface ListOptions {
  /** Folders never read (the report folder), whether or not they exist yet. */
  readonly exclude?: readonly string[];
}

export async function listInputs(
  paths: string[],
  cwd: string,
  options: ListOptions = {},
): Promise<{ inputs: InputFile[]; errors: InputError[] }> {
  const found: Found[] = [];
  const errors: InputError[] = [];
  const skip = new Set<string>();
  for (const p of options.exclude ?? []) {
    const abs = path.resolve(cwd, p);
    skip.add(await realpath(abs).catch(() => abs));
  }
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
      await walk(abs, { root: abs, cwd, seen: new Set(), skip, out: found, errors });
    } else {
      // A file named explicitly is read whatever its extension.
      found.push({
        absPath: abs,
        rel: path.basename(abs),
        rootName: path.basename(path.dirname(abs)),
      });
    }
  }
  // Path order, whatever the order found in. A file reached twice (named, and inside a folder
  // also named) is read once: the listing with the shorter relative path comes first and wins.
  const sourcePath = (f: Found) => toPosix(path.relative(cwd, f.absPath));
  found.sort((a, b) => byCodeUnit(sourcePath(a), sourcePath(b)) || byCodeUnit(a.rel, b.rel));
  const taken = new Set<string>();
  const unique = found.filter((f) => !taken.has(f.absPath) && taken.add(f.absPath));
  const ids = assignIds(unique);
  const inputs = unique.map((f, i) => ({
    absPath: f.absPath,
    sourcePath: sourcePath(f),
    id: ids[i]!,
  }));
  return { inputs, errors };
}
