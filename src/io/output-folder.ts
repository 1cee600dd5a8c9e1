/**
 * The report folder of one run, written so that it never holds a truncated report and never
 * mixes two runs:
 *
 *   1. begin   remove temporary files a killed run left behind; write a manifest marked
 *              `"complete": false` that lists every file of the previous run and of this one
 *   2. write   each report atomically (temporary file, then rename)
 *   3. finish  remove the previous run's files this run did not write; write the final
 *              manifest (`"complete": true`) listing exactly this run's files, last
 *
 * Killed at any point, the folder holds whole files only, and its manifest either describes a
 * finished run or says it is unfinished and names every file that may belong to framelens; the
 * next run starts from that list. Files framelens never listed are never touched.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { isTempName, writeFileAtomic } from './atomic-write.js';

export const MANIFEST = 'manifest.json';

/** A name a manifest may list: a plain file in the folder, never a path out of it. */
const PLAIN_NAME = /^[\w][\w.-]*$/;

async function listedOutputs(dir: string): Promise<string[]> {
  try {
    const old = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as {
      outputs?: { file?: unknown }[];
    };
    return (old.outputs ?? [])
      .map((o) => o.file)
      .filter((f): f is string => typeof f === 'string' && PLAIN_NAME.test(f) && f !== MANIFEST);
  } catch {
    return [];
  }
}

/** True when a process with this id is running (or exists but is not ours to signal). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files that runs no longer alive left in `dir`; returns their names. */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter((n) => {
    const pid = isTempName(n);
    return pid !== null && pid !== process.pid && !alive(pid);
  });
  for (const name of stale) await rm(path.join(dir, name), { force: true });
  return stale.sort();
}

export interface WrittenFile {
  readonly file: string;
  readonly content: string;
}

export class OutputFolder {
  private readonly written: WrittenFile[] = [];

  private constructor(
    readonly dir: string,
    private readonly previous: readonly string[],
  ) {}

  /** Step 1: `planned` are the names this run will write (the manifest excepted). */
  static async begin(dir: string, planned: readonly string[]): Promise<OutputFolder> {
    await removeStaleTemps(dir);
    const previous = await listedOutputs(dir);
    const all = [...new Set([...previous, ...planned])].sort();
    const marker = { tool: 'framelens', complete: false, outputs: all.map((file) => ({ file })) };
    await writeFileAtomic(path.join(dir, MANIFEST), `${JSON.stringify(marker, null, 2)}\n`);
    return new OutputFolder(dir, previous);
  }

  /** Step 2: one report, atomically. */
  async write(file: string, content: string): Promise<void> {
    await writeFileAtomic(path.join(this.dir, file), content);
    this.written.push({ file, content });
  }

  /**
   * Step 3: removes what the previous run wrote and this one did not, then writes the
   * manifest that `manifestFor` builds from the files written, in the order written.
   */
  async finish(manifestFor: (written: readonly WrittenFile[]) => object): Promise<void> {
    const now = new Set(this.written.map((w) => w.file));
    for (const stale of this.previous) {
      if (!now.has(stale)) await rm(path.join(this.dir, stale), { force: true });
    }
    const manifest = { ...manifestFor(this.written), complete: true };
    await writeFileAtomic(path.join(this.dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  }
}
