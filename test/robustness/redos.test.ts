/**
 * Adversarial inputs of 1 MB against every regular expression and loop that reads article
 * text (readers, front matter, bylines, footers, titles, tokens, sentences, quotations,
 * speakers, lexicon matching). Each row names what it attacks. Before the fixes, the rows
 * marked "was" took from 7 s to over a minute, or overflowed the stack; now each finishes in
 * well under a second or two (bench/robustness.ts prints the times). The bound asserted here
 * is deliberately loose (5 s, under full test load): it catches quadratic behaviour, not speed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ADVERSARIAL } from '../../bench/adversarial.js';
import { analyzeArticle, InputError, parseArticle } from '../../src/index.js';
import type { Lexicon } from '../../src/lexicon/compile.js';
import { loadLexicon } from '../../src/lexicon/lexicon-set.js';

const BOUND_MS = 5000;

describe('adversarial 1 MB inputs finish quickly (no catastrophic backtracking)', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  });

  it.each(ADVERSARIAL)('$name ($format): $attacks', (c) => {
    const text = c.make(1_000_000);
    const t0 = performance.now();
    let outcome: string;
    try {
      const article = parseArticle(text, { id: 'x', sourcePath: 'x', format: c.format });
      const r = analyzeArticle(article, lexicon);
      for (const f of r.findings) expect(article.text.slice(f.start, f.end)).toBe(f.text);
      outcome = 'analyzed';
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      outcome = err.code;
    }
    const ms = performance.now() - t0;
    expect(outcome).toBe(c.expect ?? 'analyzed');
    expect(ms, `${c.name} took ${ms.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
  });
});
