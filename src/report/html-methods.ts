/**
 * The methods section: what each measure means (from the measure registry), its validity
 * figures (from validity.json, whatever it holds), how the comparisons are made, the lexicons
 * used and the run's manifest (options and input hashes), so a reader can reproduce the page.
 */
import type { CorpusView } from '../compare/corpus.js';
import { details, esc, table } from './html-parts.js';
import type { Measure } from './measures.js';
import type { Validity, ValidityFigure } from './validity.js';

export interface RunRecord {
  readonly version: string;
  readonly options: Record<string, unknown>;
  readonly inputs: readonly { id: string; source_path: string; sha256: string; bytes: number }[];
  readonly lexicons: readonly {
    file: string;
    id: string;
    version: string;
    entries: number;
    licence: string;
    sha256?: string;
  }[];
}

const MAX_INPUT_ROWS = 50;

function figureText(f: ValidityFigure): string {
  return `${esc(f.figure)} ${esc(f.value.toFixed(3))}${f.n !== undefined ? ` (n = ${f.n})` : ''}`;
}

function validityTable(validity: Validity, measures: readonly Measure[]): string {
  const label = new Map(measures.map((m) => [m.key, m.label]));
  const entries = Object.entries(validity.measures);
  const measured = entries.flatMap(([key, figures]) =>
    figures.map((f) => [
      `${esc(label.get(key) ?? key)}<br><code>${esc(key)}</code>`,
      figureText(f),
      `${esc(f.dataset)}${f.note ? `<br><span class="meta">${esc(f.note)}</span>` : ''}`,
      `<code>${esc(f.command)}</code>`,
      esc(f.date),
    ]),
  );
  const missing = entries.filter(([, figures]) => figures.length === 0).map(([key]) => key);
  const intro = validity.description ? `<p>${esc(validity.description)}</p>` : '';
  const table1 =
    measured.length > 0
      ? table(
          'Validity figures (validity.json beside the lexicons)',
          ['Measure', 'Figure', 'Dataset', 'Command', 'Measured'],
          measured,
          { rowHeaders: true },
        )
      : '<p class="empty">No validity figure has been measured for these lexicons yet.</p>';
  const notYet =
    missing.length > 0
      ? `<p>Not measured yet: ${missing.map((k) => `${esc(label.get(k) ?? k)} (<code>${esc(k)}</code>)`).join(', ')}.</p>`
      : '';
  return intro + table1 + notYet;
}

/** The rates, with the meaning of the count behind each; every column in a collapsed table. */
function measuresTable(measures: readonly Measure[], validity: Validity): string {
  const byKey = new Map(measures.map((m) => [m.key, m]));
  const rates = measures.filter((m) => m.rate);
  const rows = rates.map((m) => {
    const figures = validity.measures[m.key] ?? [];
    return [
      `${esc(m.label)}<br><code>${esc(m.key)}</code>`,
      esc(byKey.get(m.rate!.count)?.description ?? m.description),
      esc(m.unit),
      figures.length > 0 ? figures.map(figureText).join('<br>') : 'not measured yet',
    ];
  });
  const all = table(
    'Every measure: the columns of articles.csv',
    ['Measure', 'Unit', 'Meaning'],
    measures.map((m) => [
      `${esc(m.label)}<br><code>${esc(m.key)}</code>`,
      esc(m.unit),
      esc(m.description),
    ]),
    { rowHeaders: true },
  );
  return `${table('The rates on this page', ['Rate', 'What is counted', 'Per', 'Validity'], rows, { rowHeaders: true })}${details('Every measure (the columns of articles.csv)', all, 'all-measures')}`;
}

function manifest(run: RunRecord): string {
  const lex = table(
    'Lexicons used',
    ['File', 'Id', 'Version', 'Entries', 'Licence'],
    run.lexicons.map((l) => [
      esc(l.file.split(/[\\/]/).pop() ?? l.file),
      esc(l.id),
      esc(l.version),
      String(l.entries),
      esc(l.licence),
    ]),
    { numeric: new Set([3]) },
  );
  const inputs =
    run.inputs.length <= MAX_INPUT_ROWS
      ? table(
          'Inputs, with the SHA-256 of each file as read',
          ['Article id', 'File', 'Bytes', 'SHA-256'],
          run.inputs.map((i) => [
            esc(i.id),
            `<code>${esc(i.source_path)}</code>`,
            String(i.bytes),
            `<code class="hash">${esc(i.sha256)}</code>`,
          ]),
          { numeric: new Set([2]) },
        )
      : `<p>${run.inputs.length} inputs; their hashes are in manifest.json.</p>`;
  // The output folder is left out: the page is the same wherever it is written.
  const shown = Object.fromEntries(Object.entries(run.options).filter(([k]) => k !== 'out'));
  const options = `<pre><code>${esc(JSON.stringify(shown, null, 2))}</code></pre>`;
  return `${lex}${details(`Run manifest: framelens ${esc(run.version)}, ${run.inputs.length} input${run.inputs.length === 1 ? '' : 's'}, options`, `${options}${inputs}<p class="meta">manifest.json beside this page also lists the hash of every output file and the time of the run.</p>`, 'manifest')}`;
}

export function methodsSection(
  view: CorpusView,
  measures: readonly Measure[],
  validity: Validity,
  run: RunRecord,
): string {
  return `<section class="methods" aria-labelledby="methods"><h2 id="methods">Methods</h2>
<p>Every number on this page is computed from findings: words and phrases matched against lexicons (data files with a source for every entry) and a few named rules (scare quotes). Focus or hover over a highlight to see its entry, class, weight, lexicon and source. <strong>Voice</strong>: words inside a speech quotation are the speaker’s, never the writer’s; the writer’s rates count only the writer’s words, and loaded language inside quotations is counted apart. Rates are per 1,000 words of the voice they count.</p>
${measuresTable(measures, validity)}
<h3>Validity</h3>
${validityTable(validity, measures)}
<h3>How articles are compared</h3>
<ul>
<li><strong>Plain-English readings</strong> set an article’s rate against the other article’s (or the median of the others) and name the largest differences: a difference needs a ratio of at least 1.5 after adding 1 per 1,000 words to both sides, and at least two findings on the higher side.</li>
<li><strong>Stance toward actors</strong> (−1 to +1, writer’s voice) combines evaluative words about the actor, the actor’s role in events, labels attached to it, how its speech is introduced and hedges on claims by or about it; each cell of the heat map links to its evidence.</li>
<li><strong>Distinctive words</strong>: the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008, “Fightin’ Words”, eq. 22): δ = log((y<sub>i</sub>+α<sub>w</sub>)/(n<sub>i</sub>+α<sub>0</sub>−y<sub>i</sub>−α<sub>w</sub>)) − log((y<sub>j</sub>+α<sub>w</sub>)/(n<sub>j</sub>+α<sub>0</sub>−y<sub>j</sub>−α<sub>w</sub>)), z = δ/√(1/(y<sub>i</sub>+α<sub>w</sub>)+1/(y<sub>j</sub>+α<sub>w</sub>)), where i is the article or outlet and j the rest of the corpus; the prior α<sub>w</sub> is the word’s count in the whole corpus (α<sub>0</sub> = ${view.totalWords} counted words). Writer’s voice only, stop words removed; words used at least ${view.options.minCount} times in the group, ranked by z; z ≥ 1.96 is marked as a clear difference. With few articles these describe these texts; they are not tests (no correction for the many words compared).</li>
<li><strong>Map of articles</strong> (for ${'larger'} corpora): principal components of the rates, each standardized across articles (a missing rate counts as the mean), computed with ml-matrix’s singular value decomposition.</li>
</ul>
${manifest(run)}
</section>`;
}
