/**
 * Writes the synthetic benchmark corpus as JSONL: `tsx bench/generate.ts OUT.jsonl [articles] [seed]`.
 * Same arguments, same bytes.
 */

import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { syntheticCorpus } from './corpus.js';

export async function writeCorpus(file: string, articles: number, seed: number): Promise<number> {
  // A fresh clone has no bench/out/ yet.
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const out = createWriteStream(file);
  let words = 0;
  for (const a of syntheticCorpus({ articles, seed })) {
    words += a.text.split(/\s+/).length;
    if (!out.write(`${JSON.stringify(a)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return words;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file = 'bench/out/corpus.jsonl', n = '10000', seed = '42'] = process.argv.slice(2);
  const words = await writeCorpus(file, Number(n), Number(seed));
  process.stderr.write(`wrote ${n} articles, ${words} words to ${file}\n`);
}
