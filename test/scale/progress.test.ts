import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/run/progress.js';

/** A stderr stand-in that records what is written; `isTTY` as asked. */
function fakeStderr(isTTY: boolean) {
  const s = new PassThrough() as PassThrough & { isTTY: boolean; columns: number; text: string };
  s.isTTY = isTTY;
  s.columns = 100;
  s.text = '';
  s.on('data', (d: Buffer) => {
    s.text += d.toString();
  });
  return s as unknown as NodeJS.WriteStream & { text: string };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('progress bar', () => {
  it('on a terminal, after 2 s, shows articles and words per second', async () => {
    const stream = fakeStderr(true);
    const p = createProgress({ enabled: true, paths: ['-'], cwd: '.', stream });
    p.onArticle(10, 3000);
    await wait(500);
    expect(stream.text).toBe('');
    await wait(2300);
    p.onArticle(20, 6000);
    await wait(400);
    p.stop();
    expect(stream.text).toMatch(/20 articles \| [\d,]+ words\/s/);
  });

  it.each([
    ['stderr is not a terminal', false, true],
    ['--quiet', true, false],
  ])('silent when %s', async (_why, isTTY, enabled) => {
    const stream = fakeStderr(isTTY);
    const p = createProgress({ enabled, paths: ['-'], cwd: '.', stream });
    p.onArticle(10, 3000);
    await wait(2600);
    p.stop();
    expect(stream.text).toBe('');
  });
});
