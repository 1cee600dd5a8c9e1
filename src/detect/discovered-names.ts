/**
 * Names the gazetteer does not know, discovered in the text so the report can list them and a
 * user can promote them to an `--actors` file. A candidate is a run of capitalized words (with
 * "of", "al", "bin" ... and hyphens inside: "Jean-Pierre", "Bank of England"):
 *
 *   two or more words            "James Nixey", "Postal Service"
 *   one word after a title       "Senator Sestak", "Mr. Bauer" (the title is not part of the id)
 *   one word that ends a longer  "Nixey" after "James Nixey" in the same article
 *   discovered name
 *
 * A sentence-initial word is left out when it is a common opener, looks like an inflected word
 * (-ly, -ed, -ing), or occurs in lower case elsewhere in the article ("Leaked Pentagon
 * documents"). Runs that end in a place or event word ("Kerch Bridge", "World War") and runs
 * of month and day names are not actors. Ids are `new:<slug>`; the finding's class is a
 * guessed type: `person` after a title, `organisation` with an organisation word, else
 * `unknown`.
 */
import { COMMON_SENTENCE_OPENERS } from '../text/function-words.js';
import type { Finding, Token } from '../types.js';
import { type DetectContext, voiceOfToken } from './context.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

const TITLES = set(`
  president mr mrs ms dr sen senator rep representative gov governor judge justice gen general
  col colonel lt lieutenant minister secretary chancellor king queen prince princess pope
  ambassador mayor sheikh sir dame professor prof sgt sergeant capt captain adm admiral speaker
  commissioner premier
`);
const CONNECTORS = set(`of al bin de van von der la le du del da`);
const ORG_WORDS = set(`
  party ministry council institute university committee agency department court bank service
  services forces army navy corps association union foundation times post news corporation
  inc group company commission office federation league organization organisation network
  parliament assembly senate congress tribunal fund brigade battalion movement front
  international coalition alliance authority board bureau
`);
const NOT_ACTOR_HEADS = set(`
  bridge street avenue square building region sea river ocean island islands mountains valley
  europe asia africa east west north south middle pacific atlantic arctic center centre
  day war prize award act bill cup games olympics airport station road highway lake province
  county district peninsula strait gulf bay desert museum cathedral church palace tower
  stadium hall week month year
`);
const CALENDAR = set(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
`);

export interface DiscoveredName {
  readonly id: string;
  readonly name: string;
  readonly type: 'person' | 'organisation' | 'unknown';
  /** Token range `[start, end)` of the mention, title excluded. */
  readonly start: number;
  readonly end: number;
}

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const isCap = (t: Token | undefined): t is Token =>
  t !== undefined && t.kind === 'word' && t.capitalized && !t.excluded;

/**
 * Whether token `k` joins two capitalized words into one name: "Bank of England", a glued
 * hyphen ("Jean-Pierre"), or the period of an initial ("George W. Bush").
 */
function joins(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1]!;
  if (t.kind === 'word') return CONNECTORS.has(t.norm);
  const glued = t.start === prev.end;
  if (t.norm === '-') return glued && tokens[k + 1]!.start === t.end;
  return t.norm === '.' && glued && prev.end - prev.start === 1;
}

export function discoverNames(ctx: DetectContext): DiscoveredName[] {
  const { tokens, sentences } = ctx.layer;
  const { text } = ctx.article;
  const known = new Uint8Array(tokens.length);
  for (const m of ctx.matches) {
    if (m.entry.category === 'actor') for (let k = m.start; k < m.end; k += 1) known[k] = 1;
  }
  const lowerWords = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && !t.capitalized) lowerWords.add(t.norm);
  const sentenceStart = new Set(sentences.map((s) => s.tokenStart));
  const dropInitial = (t: Token) =>
    COMMON_SENTENCE_OPENERS.has(t.norm) ||
    /(?:ly|ed|ing)$/.test(t.norm) ||
    lowerWords.has(t.norm) ||
    TITLES.has(t.norm);

  const runs: { start: number; end: number; titled: boolean }[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isCap(tokens[i]) || known[i]) continue;
    let end = i + 1;
    for (;;) {
      const t = tokens[end];
      if (isCap(t) && !known[end] && t.sentence === tokens[i]!.sentence) end += 1;
      else if (t && isCap(tokens[end + 1]) && !known[end + 1] && joins(tokens, end)) end += 2;
      else break;
    }
    let start = i;
    if (sentenceStart.has(i) || tokens[i - 1]?.quote !== tokens[i]!.quote) {
      if (dropInitial(tokens[i]!)) start += 1;
    }
    // "in The Hague": a capitalized article is not part of the name.
    if (tokens[start]?.norm === 'the') start += 1;
    // "George W." before the gazetteer's "Bush": part of a known name, not a new one.
    const initial =
      tokens[end]?.norm === '.' && tokens[end - 1]!.end - tokens[end - 1]!.start === 1;
    const after = initial ? end + 1 : end;
    const sameSentence = (k: number) => tokens[k]?.sentence === tokens[i]!.sentence;
    if ((known[after] && sameSentence(after)) || (known[i - 1] && sameSentence(i - 1))) {
      i = end - 1;
      continue;
    }
    let titled = false;
    const prev = tokens[start - 1];
    while (start < end && TITLES.has(tokens[start]!.norm)) {
      start += 1;
      titled = true;
    }
    if (!titled && prev && prev.kind === 'word' && TITLES.has(prev.norm)) titled = true;
    if (start < end) runs.push({ start, end, titled });
    i = end - 1;
  }

  const nameOf = (r: { start: number; end: number }) =>
    text.slice(tokens[r.start]!.start, tokens[r.end - 1]!.end);
  const words = (r: { start: number; end: number }) =>
    tokens.slice(r.start, r.end).filter((t) => t.kind === 'word' && !CONNECTORS.has(t.norm));

  const out: DiscoveredName[] = [];
  const bySurname = new Map<string, { id: string; name: string; type: DiscoveredName['type'] }>();
  const pending: typeof runs = [];
  for (const r of runs) {
    const ws = words(r);
    const last = ws[ws.length - 1];
    if (!last || ws.some((w) => NOT_ACTOR_HEADS.has(w.norm))) continue;
    if (ws.every((w) => CALENDAR.has(w.norm))) continue;
    if (ws.length < 2 && !r.titled) {
      pending.push(r);
      continue;
    }
    const name = nameOf(r);
    const type = ws.some((w) => ORG_WORDS.has(w.norm))
      ? 'organisation'
      : r.titled
        ? 'person'
        : 'unknown';
    const id = `new:${slug(name)}`;
    out.push({ id, name, type, start: r.start, end: r.end });
    if (type !== 'organisation' && !bySurname.has(last.norm))
      bySurname.set(last.norm, { id, name, type });
  }
  for (const r of pending) {
    const found = bySurname.get(tokens[r.start]!.norm);
    if (found) out.push({ ...found, start: r.start, end: r.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function discoveredNameFindings(
  ctx: DetectContext,
  discovered: readonly DiscoveredName[] = discoverNames(ctx),
): Finding[] {
  const { tokens } = ctx.layer;
  return discovered.map((d) => {
    const start = tokens[d.start]!.start;
    const end = tokens[d.end - 1]!.end;
    const { voice, speaker } = voiceOfToken(ctx, d.start);
    return {
      rule_id: 'discovered-name',
      category: 'actor',
      start,
      end,
      text: ctx.article.text.slice(start, end),
      voice,
      speaker,
      actor: d.id,
      class: d.type,
      weight: 1,
      polarity: null,
      negated: false,
      lexicon: 'rule',
      entry_id: 'rule:discovered-name',
      source: 'framelens',
      sentence: tokens[d.start]!.sentence,
    };
  });
}
