/**
 * Measures the validity figures and writes them into lexicons/validity.json (format: see
 * src/report/validity.ts), so the README and the JSON never carry a number typed by hand. Runs the same code as `framelens eval bias` and
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
const fmt = (v: number | null) => (v === null ? '-' : v.toFixed(3));
const lexicon = await loadLexicon();

const babe = await readJsonl(path.join(data, 'bias-babe-dev.jsonl'), babeRecord);
const fact = await readJsonl(path.join(data, 'hedge-factbank-dev.jsonl'), factbankRecord);
const bias = (h?: 'a' | 'b') => evaluateBias(selectHalf(babe, h), lexicon).summary;
const hedge = (h?: 'a' | 'b') => evaluateHedge(selectHalf(fact, h), lexicon).summary;
const [ba, bb, ball] = [bias('a'), bias('b'), bias()];
const [ha, hb, hall] = [hedge('a'), hedge('b'), hedge()];

// lexicons/validity.json, in the format of src/report/validity.ts: per measure key a list of
// figures. Only the keys these evaluations measure are replaced; the others are kept.
const babeSet = 'BABE (Spinde et al. 2021), development half (bias-babe-dev.jsonl)';
const factSet =
  'FactBank part of the Szeged Uncertainty Corpus (Szarvas et al. 2012), development half (hedge-factbank-dev.jsonl)';
const biasCmd = 'framelens eval bias --gold bias-babe-dev.jsonl --json';
const hedgeCmd = 'framelens eval hedge --gold hedge-factbank-dev.jsonl --json';
const fig = (
  figure: string,
  value: number | null,
  n: number,
  dataset: string,
  command: string,
  note: string,
) => ({
  figure,
  value: r3(value) ?? 0,
  n,
  dataset,
  command,
  date: measured,
  note,
});
const biasNote = `sentence biased when the summed weight of its writer-voice loaded findings is at least ${BIAS_THRESHOLD} (threshold chosen on half a of the split by id)`;
const hedgeNote = `sentence uncertain when the summed weight of its lexicon hedges, any voice, is at least ${HEDGE_THRESHOLD} (chosen on half a); scare quotes are not FactBank cues and are left out`;
const file = path.join(root, 'lexicons', 'validity.json');
const current = JSON.parse(readFileSync(file, 'utf8')) as {
  description?: string;
  measures: Record<string, unknown[]>;
};
current.measures.loaded_writer_per_1k = [
  fig('sentence macro-F1', ball.macro_f1, ball.n, babeSet, biasCmd, biasNote),
  fig(
    'sentence macro-F1, held-out half b',
    bb.macro_f1,
    bb.n,
    babeSet,
    `${biasCmd} --half b`,
    'half b was not read while tuning the lexicons',
  ),
  fig(
    'AUROC of the sentence score',
    ball.auroc,
    ball.n,
    babeSet,
    biasCmd,
    'score: summed weights of writer-voice loaded findings',
  ),
  fig(
    'word F1',
    ball.word_f1,
    ball.n,
    babeSet,
    biasCmd,
    `findings' words against the annotated biased words; precision ${fmt(ball.word_precision)}, recall ${fmt(ball.word_recall)}`,
  ),
  fig(
    'word F1, held-out half b',
    bb.word_f1,
    bb.n,
    babeSet,
    `${biasCmd} --half b`,
    'half b was not read while tuning the lexicons',
  ),
];
current.measures.hedge_per_1k = [
  fig(
    'sentence F1 (uncertain)',
    f1(hall.precision, hall.recall),
    hall.n,
    factSet,
    hedgeCmd,
    `${hedgeNote}; precision ${fmt(hall.precision)}, recall ${fmt(hall.recall)}`,
  ),
  fig(
    'sentence F1, held-out half b',
    f1(hb.precision, hb.recall),
    hb.n,
    factSet,
    `${hedgeCmd} --half b`,
    'half b was not read while tuning the lexicons',
  ),
  fig(
    'AUROC of the sentence score',
    hall.auroc,
    hall.n,
    factSet,
    hedgeCmd,
    'score: summed weights of lexicon hedges',
  ),
  fig(
    'cue F1',
    hall.cue_f1,
    hall.n,
    factSet,
    hedgeCmd,
    `a finding is right when it overlaps an annotated cue; precision ${fmt(hall.cue_precision)}, recall ${fmt(hall.cue_recall)}`,
  ),
];
writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
process.stderr.write(`wrote ${path.relative(process.cwd(), file)}\n`);

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
