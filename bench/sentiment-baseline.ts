/**
 * Baseline (b), what a user might pick instead: the `sentiment` package (AFINN word list)
 * scoring every article of the corpus, read and parsed the same way. Prints
 * `{"articles":N,"words":N}` on stdout.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import Sentiment from 'sentiment';

const sentiment = new Sentiment();
let articles = 0;
let words = 0;
let total = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]!) })) {
  if (line === '') continue;
  const text = (JSON.parse(line) as { text: string }).text;
  const r = sentiment.analyze(text);
  words += r.tokens.length;
  total += r.score;
  articles += 1;
}
process.stdout.write(`${JSON.stringify({ articles, words, score: total })}\n`);
