import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';

describe('a reader that closes the pipe early (framelens lexicons list | head -1)', () => {
  it('ends the output quietly with exit 0, no stack trace', async () => {
    const child = spawn('sh', ['-c', `"${process.execPath}" "${CLI}" lexicons list | head -1`]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^category\tterm/);
    expect(err).not.toMatch(/EPIPE|Unhandled/);
  });
});
