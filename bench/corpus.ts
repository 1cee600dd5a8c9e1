/**
 * A reproducible synthetic news corpus for the benchmark and the scale tests: seeded, so the
 * same `seed` and `articles` give the same bytes on any machine.
 *
 * Each article is about 300 words of news-like prose: sentences built from templates over a
 * Zipf-distributed vocabulary (a core of real English words and a long tail of made-up ones,
 * so the stem cache meets about as many distinct words as real news gives it), with loaded
 * words, hedges, boosters, reporting verbs, quotations with speakers, and actor names. The
 * words here are written for this generator; none come from a data set.
 */

/** mulberry32: a small, fast, seeded PRNG with a full 2^32 period. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = [
  'Vladimir Putin',
  'Volodymyr Zelensky',
  'Joe Biden',
  'the Kremlin',
  'the White House',
  'NATO',
  'the European Union',
  'Dmitry Peskov',
  'John Kirby',
  'the United Nations',
  'Beijing',
  'Kyiv',
  'Moscow',
  'Washington',
  'the Pentagon',
  'Olaf Scholz',
  'Emmanuel Macron',
  'Rishi Sunak',
];
const LOADED = [
  'reckless',
  'staggering',
  'brutal',
  'shameless',
  'disastrous',
  'outrageous',
  'heroic',
  'regime',
  'provocation',
  'unhinged',
  'draconian',
  'catastrophic',
  'barbaric',
  'chaotic',
  'savage',
  'illegal',
];
const HEDGES = [
  'allegedly',
  'reportedly',
  'so-called',
  'purported',
  'apparently',
  'may',
  'might',
  'possibly',
  'critics say',
  'some experts believe',
];
const BOOSTERS = ['clearly', 'undeniably', 'in fact', 'without doubt', 'obviously', 'certainly'];
const VERBS = [
  'said',
  'said',
  'said',
  'told reporters',
  'claimed',
  'insisted',
  'admitted',
  'noted',
  'explained',
  'warned',
  'boasted',
  'complained',
];
const NOUNS = [
  'attack',
  'agreement',
  'government',
  'officials',
  'talks',
  'sanctions',
  'border',
  'forces',
  'election',
  'economy',
  'drone',
  'strike',
  'ceasefire',
  'report',
  'policy',
  'minister',
  'city',
  'region',
  'aid',
  'budget',
  'investigation',
  'statement',
  'offensive',
  'negotiations',
];
const CORE = `the of and to a in that is was for on with as by at from it be this have are
has had not but were which their his her they an will been its more after about would
who also over into than when there two some other new first last year years people week
officials said could against since during while under before between most many what
state states country war military security president prime minister spokesman capital
morning night day monday tuesday wednesday thursday friday month several three four
international national local public political economic foreign domestic energy oil gas
prices market workers union plans plan rules law court judge trial vote voters party
leaders leader meeting summit visit decision move support opposition response crisis`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = ['ka', 'ro', 'ven', 'sel', 'mar', 'ti', 'lo', 'dra', 'nes', 'por', 'quil', 'ba'];

/** A long tail of made-up words with a Zipf distribution over ranks. */
function tailWord(rank: number): string {
  let w = '';
  let r = rank + 7;
  while (r > 0) {
    w += SYLLABLES[r % SYLLABLES.length];
    r = Math.floor(r / SYLLABLES.length);
  }
  return w;
}

export interface SyntheticArticle {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  readonly date: string;
  readonly text: string;
}

const OUTLETS = ['Daily Ledger', 'Evening Courier', 'Metro Wire', 'Coastal Times', 'News Desk'];

export function* syntheticCorpus(opts: {
  readonly articles: number;
  readonly seed: number;
}): Generator<SyntheticArticle> {
  const rand = rng(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // Zipf over a 12,000-word vocabulary: core words take the top ranks.
  const zipf = (): string => {
    const rank = Math.floor(Math.exp(rand() * Math.log(12_000))) - 1;
    return rank < CORE.length ? CORE[rank]! : tailWord(rank);
  };
  const filler = (n: number): string => Array.from({ length: n }, zipf).join(' ');
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const sentence = (): string => {
    const kind = rand();
    if (kind < 0.18) {
      return `“${cap(filler(5))} ${pick(LOADED)} ${pick(NOUNS)} ${filler(4)},” ${pick(ACTORS)} ${pick(VERBS)}.`;
    }
    if (kind < 0.26) {
      return `${cap(pick(ACTORS))} ${pick(VERBS)} that the ${pick(NOUNS)} was “${pick(LOADED)}” and ${filler(6)}.`;
    }
    if (kind < 0.4) {
      return `The ${pick(HEDGES)} ${pick(NOUNS)} by ${pick(ACTORS)} ${filler(7)} ${pick(NOUNS)}.`;
    }
    if (kind < 0.5) {
      return `${cap(pick(BOOSTERS))}, the ${pick(LOADED)} ${pick(NOUNS)} ${filler(8)}.`;
    }
    if (kind < 0.58) {
      return `According to ${pick(ACTORS)}, the ${pick(NOUNS)} ${filler(9)} a “${pick(LOADED)} ${pick(NOUNS)}.”`;
    }
    return `${cap(filler(6))} ${pick(NOUNS)} ${filler(3 + Math.floor(rand() * 10))}.`;
  };
  for (let i = 0; i < opts.articles; i += 1) {
    const paragraphs: string[] = [];
    let words = 0;
    const target = 220 + Math.floor(rand() * 160);
    while (words < target) {
      const sentences = Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence);
      const para = sentences.join(' ');
      words += para.split(/\s+/).length;
      paragraphs.push(para);
    }
    const day = 1 + Math.floor(rand() * 28);
    yield {
      id: `a${String(i).padStart(7, '0')}`,
      title: `${cap(pick(NOUNS))} ${pick(['talks', 'strike', 'vote', 'deal'])} ${tailWord(i)}`,
      outlet: pick(OUTLETS),
      date: `2023-05-${String(day).padStart(2, '0')}`,
      text: paragraphs.join('\n\n'),
    };
  }
}
