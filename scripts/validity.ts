/**
 * Measures the validity figures and writes them to lexicons/validity.json, so the README and the
 * JSON never carry a number typed by hand. Runs the same code as `framelens eval bias` and
 * `framelens eval hedge`, on the whole development file and on each half of the split by id.
 *
 *   npx tsx scripts/validity.ts --data /path/to/shared/data
 *
 * Prints the README table (markdown) on stdout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIAS_THRESHOLD, babeRecord, evaluateBias } from '../src/eval/bias.js';
import { evaluateHedge, factbankRecord, HEDGE_THRESHOLD } from '../src/eval/hedge.js';
import { readJsonl } from '../src/eval/read-jsonl.js';
import { selectHalf } from '../src/eval/split.js';
import { loadLexicon } from '../src/lexicon/lexicon-set.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--data');
const data = at > 0 ? process.argv[at + 1] : undefined;
if (!data) {
  process.stderr.write(
    'usage: npx tsx scripts/validity.ts --data DIR (the folder of bias-babe-dev.jsonl)\n',
  );
  process.exit(2);
}
const r3 = (v: number | null): number | null => (v === null ? null : Math.round(v * 1000) / 1000);
const f1 = (p: number | null, r: number | null) =>
  p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r);
const measured = new Date().toISOString().slice(0, 10);
const lexicon = await loadLexicon();

const babe = await readJsonl(path.join(data, 'bias-babe-dev.jsonl'), babeRecord);
const fact = await readJsonl(path.join(data, 'hedge-factbank-dev.jsonl'), factbankRecord);
const bias = (h?: 'a' | 'b') => evaluateBias(selectHalf(babe, h), lexicon).summary;
const hedge = (h?: 'a' | 'b') => evaluateHedge(selectHalf(fact, h), lexicon).summary;
const [ba, bb, ball] = [bias('a'), bias('b'), bias()];
const [ha, hb, hall] = [hedge('a'), hedge('b'), hedge()];

const round = (s: object) =>
  Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === 'n' ? v : r3(v as number)]));
const file = path.join(root, 'lexicons', 'validity.json');
let current: { measures?: Record<string, unknown> } = {};
try {
  current = JSON.parse(readFileSync(file, 'utf8'));
} catch {}
const measures = {
  ...current.measures,
  loaded_language: {
    dataset: 'BABE (Spinde et al. 2021), development half, bias-babe-dev.jsonl',
    ...round(ball),
    threshold: BIAS_THRESHOLD,
    tuned_on: 'half a (split by id, src/eval/split.ts); half b held out',
    half_a_macro_f1: r3(ba.macro_f1),
    half_b_macro_f1: r3(bb.macro_f1),
    half_a_word_f1: r3(ba.word_f1),
    half_b_word_f1: r3(bb.word_f1),
    command: 'framelens eval bias --gold bias-babe-dev.jsonl --json',
    measured,
  },
  hedging: {
    dataset:
      'FactBank part of the Szeged Uncertainty Corpus (Szarvas et al. 2012), development half, hedge-factbank-dev.jsonl',
    ...round(hall),
    f1: r3(f1(hall.precision, hall.recall)),
    threshold: HEDGE_THRESHOLD,
    tuned_on: 'half a (split by document id, src/eval/split.ts); half b held out',
    half_a_f1: r3(f1(ha.precision, ha.recall)),
    half_b_f1: r3(f1(hb.precision, hb.recall)),
    command: 'framelens eval hedge --gold hedge-factbank-dev.jsonl --json',
    measured,
  },
};
writeFileSync(file, `${JSON.stringify({ measures }, null, 2)}\n`);
process.stderr.write(`wrote ${path.relative(process.cwd(), file)}\n`);

const fmt = (v: number | null) => (v === null ? '-' : v.toFixed(3));
const row = (name: string, s: Record<string, number | null>, words: string) =>
  `| ${name} | ${s.n} | ${fmt(s.precision!)} | ${fmt(s.recall!)} | ${fmt(f1(s.precision!, s.recall!))} | ${fmt(s.macro_f1!)} | ${fmt(s.auroc!)} | ${fmt(s[`${words}_precision`]!)} | ${fmt(s[`${words}_recall`]!)} | ${fmt(s[`${words}_f1`]!)} |`;
const table = (title: string, words: string, rows: [string, object][]) =>
  [
    `${title}`,
    '',
    `| part | n | precision | recall | F1 | macro-F1 | AUROC | ${words} precision | ${words} recall | ${words} F1 |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(([n, s]) => row(n, s as Record<string, number | null>, words)),
    '',
  ].join('\n');
process.stdout.write(
  `${table('Loaded language on BABE (bias-babe-dev.jsonl)', 'word', [
    ['half a (tuned on)', ba],
    ['half b (held out)', bb],
    ['whole file', ball],
  ])}\n${table('Hedges on FactBank (hedge-factbank-dev.jsonl)', 'cue', [
    ['half a (tuned on)', ha],
    ['half b (held out)', hb],
    ['whole file', hall],
  ])}`,
);
