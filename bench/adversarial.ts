/**
 * Adversarial article texts, each built to a given length, and what each attacks. Shared by the
 * ReDoS test (test/robustness/redos.test.ts, 1 MB each, loose time bound) and the benchmark
 * (bench/robustness.ts, which prints the times). `was` records what the input did before the
 * fixes of issue 7, measured on the 1 MB version.
 */
import type { ArticleFormat } from '../src/io/parse-article.js';

export interface AdversarialCase {
  readonly name: string;
  readonly format: ArticleFormat;
  /** The code or regular expression the input is aimed at. */
  readonly attacks: string;
  readonly make: (n: number) => string;
  /** The InputError code expected instead of an analysis. */
  readonly expect?: string;
  readonly was?: string;
}

/** `unit` repeated to exactly `n` characters. */
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export const ADVERSARIAL: readonly AdversarialCase[] = [
  {
    name: 'run of spaces',
    format: 'txt',
    attacks: 'trailing-space trim in blocks.ts (was /[ \\t]+$/gm)',
    make: (n) => `a${' '.repeat(n - 2)}b`,
    was: 'over 30 s',
  },
  {
    name: 'spaces and tabs',
    format: 'txt',
    attacks: 'trailing-space trim, BLANK_LINE split',
    make: (n) => `a${fill(' \t', n - 2)}b`,
    was: 'over 30 s',
  },
  {
    name: 'run of no-break spaces',
    format: 'txt',
    attacks: 'tokenizer spaces, paragraph breaks',
    make: (n) => `a${'\u00a0'.repeat(n - 2)}b`,
  },
  {
    name: 'straight quotes',
    format: 'txt',
    attacks: 'quote pairing, attribution',
    make: (n) => `a ${'"'.repeat(n - 4)} b`,
  },
  {
    name: 'curly opening quotes',
    format: 'txt',
    attacks: 'quote pairing (overlapping unclosed quotes), scare quotes',
    make: (n) => `a ${'“'.repeat(n - 4)} b`,
    was: 'over 60 s (a million overlapping quotations)',
  },
  {
    name: 'short quotations',
    format: 'txt',
    attacks: 'attribution: scan back for a reporting verb per quotation',
    make: (n) => fill('“a b c d e f” and ', n),
    was: 'over 30 s',
  },
  {
    name: 'quotations after one pronoun speaker',
    format: 'txt',
    attacks: 'attribution: pronoun resolution over earlier quotations',
    make: (n) => fill('“a b c d e,” he said ', n),
    was: 'over 30 s',
  },
  {
    name: '"according to" and quotations',
    format: 'txt',
    attacks: 'attribution: according-to scan per quotation',
    make: (n) => fill('the “a b c d e f” according ', n),
    was: 'over 30 s',
  },
  {
    name: 'hyphens',
    format: 'txt',
    attacks: 'phrase matching across hyphens, negation scope',
    make: (n) => `not ${fill('- ', n - 13)} reckless`,
  },
  {
    name: "a'a'a'",
    format: 'txt',
    attacks: 'tokenizer apostrophes, clitics',
    make: (n) => fill("a'", n),
  },
  {
    name: 'newlines',
    format: 'txt',
    attacks: 'paragraph and sentence breaks',
    make: (n) => `a${'\n'.repeat(n - 2)}b`,
  },
  {
    name: 'blank lines of spaces',
    format: 'txt',
    attacks: 'BLANK_LINE, paragraph-break regex',
    make: (n) => `a${fill('\n \t', n - 3)}\nb`,
  },
  {
    name: 'one word of a million letters',
    format: 'txt',
    attacks: 'tokenizer, stemmer',
    make: (n) => 'a'.repeat(n),
  },
  {
    name: 'byline of many "and"s',
    format: 'txt',
    attacks: 'byline author list regex (lazy .+? with [^,]+$)',
    make: (n) => `Title here\n\nBy ${fill('Ab and ', n - 30)},\n\nBody text.`,
    was: 'over 30 s',
  },
  {
    name: 'byline of spaces',
    format: 'txt',
    attacks: 'byline separator regex /\\s+[|·•—–]\\s+/',
    make: (n) => `Title here\n\nBy A${' '.repeat(n - 30)}b\n\nBody text.`,
    was: 'over 30 s',
  },
  {
    name: 'date-like first line',
    format: 'txt',
    attacks: 'date regexes (weekday and month alternations)',
    make: (n) => `Title\n\nmon${'a'.repeat(n - 20)}\n\nBody.`,
  },
  {
    name: 'link-like footer',
    format: 'txt',
    attacks: 'footer BARE_LINK regex',
    make: (n) => `Body text.\n\nSubscribe now\n\n${fill('aa.', n - 30)}!`,
  },
  {
    name: 'front matter lookalikes',
    format: 'md',
    attacks: 'front matter fences, Markdown thematic breaks',
    make: (n) => fill('---\n', n),
    expect: 'E_EMPTY',
  },
  {
    name: 'front matter of a megabyte',
    format: 'md',
    attacks: 'YAML parser (duplicate-key check is quadratic)',
    make: (n) => `---\n${fill('a: b\n', n - 20)}---\nText here.`,
    expect: 'E_FRONT_MATTER',
    was: '7 s',
  },
  {
    name: 'Markdown emphasis',
    format: 'md',
    attacks: 'Markdown parser (micromark: 75 s for 100 kB)',
    make: (n) => fill('*a', n),
    was: 'minutes',
  },
  {
    name: 'Markdown brackets',
    format: 'md',
    attacks: 'Markdown link parsing',
    make: (n) => fill('[', n),
    was: '17 s',
  },
  {
    name: 'Markdown block quotes nested',
    format: 'md',
    attacks: 'Markdown nesting (micromark overflowed the stack)',
    make: (n) => `${'>'.repeat(n - 2)} a`,
    expect: 'E_MARKDOWN_NESTING',
    was: 'stack overflow after minutes',
  },
  {
    name: 'Markdown lists nested',
    format: 'md',
    attacks: 'Markdown nesting',
    make: (n) => `${fill('- ', n - 1)}a`,
    expect: 'E_MARKDOWN_NESTING',
    was: 'over 2 minutes for 20 kB',
  },
  {
    name: 'Markdown heading of spaces',
    format: 'md',
    attacks: 'title one-line regex (was /\\s*\\n\\s*/g)',
    make: (n) => `# a${' '.repeat(n - 12)}b\n\ntext`,
    was: 'over 40 s for 100 kB',
  },
  {
    name: 'HTML nested divs',
    format: 'html',
    attacks: 'HTML parser stack and DOM walk (recursion)',
    make: (n) => `${'<div>'.repeat(Math.floor(n / 11))}x${'</div>'.repeat(Math.floor(n / 11))}`,
    expect: 'E_HTML_NESTING',
    was: 'stack overflow; htmlparser2 quadratic in depth',
  },
  {
    name: 'HTML title of no-break spaces',
    format: 'html',
    attacks: 'outlet stripping in titles (was /^(.+?)\\s+[|–]\\s+(.+)$/)',
    make: (n) =>
      `<head><meta property="og:site_name" content="X"><title>a${'\u00a0'.repeat(n - 100)}b</title></head><p>text</p>`,
    was: 'over 30 s',
  },
  {
    name: 'HTML heading of no-break spaces',
    format: 'html',
    attacks: 'title one-line regex',
    make: (n) => `<h1>a${'\u00a0'.repeat(n - 30)}b</h1><p>text</p>`,
    was: 'over 30 s',
  },
  {
    name: 'capitals after punctuation',
    format: 'txt',
    attacks: 'matcher capitalization look-back',
    make: (n) => fill('!!!!!!!!!A ', n),
  },
  {
    name: 'many lexicon hits',
    format: 'txt',
    attacks: 'matcher, negation, findings sort',
    make: (n) => fill('not so-called reckless said ', n),
  },
  {
    name: 'lone surrogates and emoji',
    format: 'txt',
    attacks: 'tokenizer surrogate handling',
    make: (n) => fill('\ud800😀\udc00', n),
  },
];
