/**
 * Writes a file atomically: the content goes to a temporary file in the same folder, which is
 * then renamed over the target. A reader (or an interrupted run) sees the old file or the new
 * one, never half of either.
 *
 * Temporary files are hidden and named `.<target>.<pid>.<8 hex>.tmp`, so they never look like
 * reports, folder walks skip them, and a later run can tell (by the process id) which ones a
 * killed run left behind (see `removeStaleTemps` in output-folder.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** The process id in a temporary file's name, or null when the name is not one of ours. */
export function isTempName(name: string): number | null {
  const m = TEMP_NAME.exec(name);
  return m ? Number(m[1]) : null;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(tmp, data);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
