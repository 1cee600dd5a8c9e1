/**
 * Baseline (a), the floor: read the corpus, parse each JSON line, and find every word's
 * character offsets with a char-code scanner. Nothing else. framelens cannot be faster than this.
 * Prints `{"articles":N,"words":N}` on stdout.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const isWord = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c >= 0xc0;

const offsets = new Int32Array(1 << 16);
let articles = 0;
let words = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]!) })) {
  if (line === '') continue;
  const text = (JSON.parse(line) as { text: string }).text;
  let n = 0;
  for (let i = 0; i < text.length; ) {
    if (!isWord(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < text.length && isWord(text.charCodeAt(i))) i += 1;
    if (n + 2 <= offsets.length) {
      offsets[n] = start;
      offsets[n + 1] = i;
    }
    n += 2;
  }
  words += n / 2;
  articles += 1;
}
process.stdout.write(`${JSON.stringify({ articles, words })}\n`);
