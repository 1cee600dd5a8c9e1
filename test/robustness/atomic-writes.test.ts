/**
 * An interrupted run never leaves half a report, and a rerun never mixes two runs. The CLI is
 * killed (SIGKILL, no chance to clean up) while it writes a large report; every file left must
 * then be a whole file of the earlier run or of the killed one, and the next run must leave
 * exactly its own files, listed by its manifest, with no temporary file behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, framelens } from '../helpers/cli.js';

const SENTENCES = [
  'The minister said the reckless plan was a provocation that no one could defend.',
  '“We will not accept these so-called reforms,” the spokesperson said on Tuesday.',
  'Critics claimed the regime had staged a “false flag” operation near the border.',
  'Officials in Moscow insisted there was no doubt about who was responsible.',
];

/** About `bytes` of news-like prose in paragraphs, written by this test. */
function prose(bytes: number): string {
  const paragraphs: string[] = [];
  for (let n = 0, i = 0; n < bytes; i += 1) {
    const p = [0, 1, 2, 3].map((k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ');
    paragraphs.push(p);
    n += p.length + 2;
  }
  return `${paragraphs.join('\n\n')}\n`;
}

type Files = Map<string, Buffer>;

/** The reports in a folder, without the manifest and without hidden (temporary) files. */
function reports(dir: string): Files {
  const out: Files = new Map();
  for (const name of readdirSync(dir).sort()) {
    if (name !== 'manifest.json' && !name.startsWith('.'))
      out.set(name, readFileSync(path.join(dir, name)));
  }
  return out;
}

const temps = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

function manifestOf(dir: string): {
  complete?: boolean;
  outputs: { file: string; sha256?: string }[];
} {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}

/** Spawns the CLI and SIGKILLs it as soon as it has begun writing reports into `out`. */
async function killWhileWriting(args: string[], cwd: string, out: string): Promise<void> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let running = true;
  void exited.then(() => {
    running = false;
  });
  while (running) {
    const writing =
      temps(out).length > 0 ||
      (readdirSync(out).includes('manifest.json') && manifestOf(out).complete === false);
    if (writing) {
      child.kill('SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await exited;
}

describe('atomic reports', () => {
  it('a run killed while writing leaves only whole files; the rerun leaves exactly its own', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'framelens-kill-'));
    mkdirSync(path.join(cwd, 'a'));
    mkdirSync(path.join(cwd, 'b'));
    writeFileSync(path.join(cwd, 'a', 'small.txt'), 'The reckless regime staged a provocation.');
    writeFileSync(path.join(cwd, 'b', 'small.txt'), 'Critics said the plan was clearly reckless.');
    writeFileSync(path.join(cwd, 'b', 'large.txt'), prose(2_500_000));
    const out = path.join(cwd, 'out');

    // Run A: every format. Run B, the one to kill: CSV and HTML only, other articles.
    expect(framelens(['analyze', 'a', '--out', 'out'], cwd).status).toBe(0);
    const before = reports(out);
    expect([...before.keys()]).toContain('articles.jsonl');
    const argsB = ['analyze', 'b', '-f', 'csv', '-f', 'html', '--out', 'out'];
    expect(framelens([...argsB.slice(0, -1), 'ref'], cwd).status).toBe(0);
    const after = reports(path.join(cwd, 'ref'));

    let landedMidWrite = false;
    for (let attempt = 0; attempt < 4 && !landedMidWrite; attempt += 1) {
      await killWhileWriting(argsB, cwd, out);
      landedMidWrite = temps(out).length > 0 || manifestOf(out).complete === false;
      // Whatever moment the kill hit: each report is whole, the earlier run's or the new one's.
      for (const [name, bytes] of reports(out)) {
        const whole = before.get(name)?.equals(bytes) || after.get(name)?.equals(bytes);
        expect(whole, `${name} is a truncated or foreign file`).toBe(true);
      }
      const m = manifestOf(out);
      if (m.complete === false) {
        // The marker names every file that may be framelens's, of both runs.
        const listed = m.outputs.map((o) => o.file);
        for (const name of [...before.keys(), ...after.keys()]) expect(listed).toContain(name);
      }
    }
    expect(landedMidWrite, 'the kill never landed while the reports were being written').toBe(true);

    // The rerun: exactly run B's files, byte for byte; the jsonl of run A is gone; no temp file.
    expect(framelens(argsB, cwd).status).toBe(0);
    expect(temps(out)).toEqual([]);
    const final = reports(out);
    expect([...final.keys()]).toEqual([...after.keys()]);
    for (const [name, bytes] of final) expect(bytes.equals(after.get(name)!), name).toBe(true);
    const m = manifestOf(out);
    expect(m.complete).toBe(true);
    expect(m.outputs.map((o) => o.file).sort()).toEqual([...final.keys()]);
    for (const o of m.outputs) {
      expect(o.sha256).toBe(createHash('sha256').update(final.get(o.file)!).digest('hex'));
    }
  }, 300_000);

  it("removes temporary files of dead runs, keeps a live run's, never touches unlisted files", () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'framelens-tmp-'));
    writeFileSync(path.join(cwd, 'a.txt'), 'The reckless regime staged a provocation.');
    const out = path.join(cwd, 'out');
    mkdirSync(out);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const stale = `.report.html.${dead}.0123abcd.tmp`;
    const live = `.report.html.${process.pid}.89abcdef.tmp`;
    for (const name of [stale, live, 'notes.md', 'report.html.bak']) {
      writeFileSync(path.join(out, name), 'x');
    }
    expect(framelens(['analyze', 'a.txt', '--out', 'out'], cwd).status).toBe(0);
    const names = readdirSync(out);
    expect(names).not.toContain(stale);
    expect(names).toContain(live);
    expect(names).toContain('notes.md');
    expect(names).toContain('report.html.bak');
  });
});
