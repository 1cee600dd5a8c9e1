/**
 * The report's stylesheet. Category colours are the Okabe–Ito palette and stance colours the
 * ColorBrewer PuOr scale, both readable with the common colour-vision deficiencies; every colour
 * also comes with text (a label, a number), so nothing is told by colour alone. Text on coloured
 * backgrounds meets WCAG AA contrast. The print rules give one column, no controls, open details.
 */
import { stanceColour } from '../html-parts.js';

const heatBins = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]
  .map((b) => {
    const { bg, fg } = stanceColour(b / 5);
    return `.s-${b < 0 ? `m${-b}` : b} { background: ${bg}; color: ${fg}; }`;
  })
  .join('\n');

export const STYLE = `
:root { --loaded:#D55E00; --hedge:#0072B2; --booster:#009E73; --reporting_verb:#CC79A7; --label:#E69F00; --actor:#56B4E9; --ink:#1a1a1a; --muted:#555; --rule:#d0d0d0; }
* { box-sizing: border-box; }
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: var(--ink); background: #fff; margin: 0 auto; max-width: 84rem; padding: 1.5rem; }
h1, h2, h3, th, nav, caption, .meta, .legend, .controls, table, .reading, .caption, summary, .empty { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
h1 { margin: 0 0 .25rem; } h2 { margin-top: 2.2rem; border-bottom: 2px solid var(--rule); } h3 { margin: 1.4rem 0 .5rem; font-size: 1.05rem; }
a { color: #0b5394; }
nav a { margin-right: .2rem; }
.meta { color: var(--muted); font-size: .9rem; }
.empty { color: var(--muted); font-style: italic; }
code { font-size: .85em; }
code.hash { word-break: break-all; font-size: .75em; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-size: .86rem; margin: .6rem 0; }
caption { text-align: left; font-size: .85rem; color: var(--muted); padding-bottom: .25rem; caption-side: top; }
th, td { border: 1px solid var(--rule); padding: .28rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f3f3f3; }
tbody th { font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
details { margin: .5rem 0; }
summary { cursor: pointer; font-size: .92rem; }
/* overview cards */
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(25rem, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--rule); border-radius: 4px; padding: .6rem .8rem; break-inside: avoid; }
.card h3 { margin: 0 0 .2rem; font-size: 1rem; }
.card .meta { margin: 0 0 .4rem; font-size: .82rem; }
.reading { font-size: .9rem; margin: .4rem 0 0; }
svg { max-width: 100%; height: auto; }
svg text { font: 11px system-ui, sans-serif; fill: var(--ink); }
svg .tick { stroke: #cfcfcf; stroke-width: 1; }
svg .tick-label { fill: var(--muted); font-size: 10px; }
svg .bar { fill: var(--c); }
svg .bar.few { fill-opacity: .35; stroke: var(--c); stroke-dasharray: 3 2; }
.footnote { font-size: .78rem; margin: .2rem 0 0; }
svg .value { font-variant-numeric: tabular-nums; }
svg .axis { stroke: #888; stroke-width: 1; }
svg.zbar rect { fill: #0072B2; }
/* sortable table */
table.sortable th button { all: unset; cursor: pointer; display: inline-block; width: 100%; }
table.sortable thead th { vertical-align: bottom; }
table.sortable th.sort-num { text-align: right; max-width: 7.5rem; }
table.sortable tbody th { min-width: 15rem; font-weight: 500; }
table.sortable td.date { white-space: nowrap; }
table.sortable th button:focus-visible { outline: 2px solid var(--ink); outline-offset: 2px; }
table.sortable th[aria-sort="ascending"] .arrow::after { content: " ▲"; }
table.sortable th[aria-sort="descending"] .arrow::after { content: " ▼"; }
/* actors */
.heatmap td.heat { text-align: center; font-variant-numeric: tabular-nums; min-width: 6.5rem; }
.heatmap td.heat a { color: inherit; font-weight: 600; }
.heatmap .ci { display: block; font-size: .72rem; }
.s-none { background: #eeeeee; color: #1a1a1a; }
.s-absent { background: #ffffff; }
${heatBins}
.heat-legend { font: .75rem system-ui, sans-serif; display: flex; flex-wrap: wrap; gap: 0; }
.heat-legend span { padding: .1rem .35rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.labels, .rv { color: var(--muted); font-size: .8rem; }
details.evidence { border-left: 3px solid var(--rule); padding-left: .6rem; }
details:target { border-left-color: var(--ink); }
/* distinctive words */
.term-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: .4rem 1.2rem; }
.terms .caption { font-size: .85rem; color: var(--muted); margin: .6rem 0 .2rem; }
/* texts */
.legend { font-size: .85rem; margin: .4rem 0; }
.legend > span { display: inline-block; margin: 0 .9rem .35rem 0; }
.legend-title { font-weight: 600; }
.sw { display: inline-block; width: .9rem; height: .9rem; vertical-align: middle; margin-right: .3rem; border-radius: 2px; background: var(--c); }
.controls { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: flex-start; font-size: .85rem; margin: .5rem 0 1rem; }
.controls fieldset { border: 1px solid var(--rule); padding: .2rem .6rem .4rem; margin: 0; }
.controls label { display: inline-block; margin: 0 .7rem .2rem 0; }
#filter-status { flex-basis: 100%; margin: 0; }
.articles { display: grid; grid-template-columns: repeat(auto-fit, minmax(28rem, 1fr)); gap: 1.5rem; }
.text-col h3 { margin-top: 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fcfcfa; border: 1px solid #e3e3e3; padding: 1rem; }
mark { background: transparent; color: inherit; }
mark.f, mark.demo { border-bottom: 3px solid var(--c); padding: 0 1px; }
mark.f { cursor: help; }
mark.v-writer { background: color-mix(in srgb, var(--c) 22%, #ffffff); }
mark.v-quoted { border-bottom-style: dotted; }
mark.f:focus { outline: 2px solid var(--ink); outline-offset: 1px; }
mark.f:target { outline: 3px solid var(--ink); }
.c-loaded { --c: var(--loaded); } .c-hedge { --c: var(--hedge); } .c-booster { --c: var(--booster); }
.c-reporting_verb { --c: var(--reporting_verb); } .c-label { --c: var(--label); } .c-actor { --c: var(--actor); }
body.hide-loaded mark.c-loaded, body.hide-hedge mark.c-hedge, body.hide-booster mark.c-booster,
body.hide-reporting_verb mark.c-reporting_verb, body.hide-label mark.c-label, body.hide-actor mark.c-actor,
body.hide-writer mark.f.v-writer, body.hide-quoted mark.f.v-quoted, mark.f.off { background: none; border-bottom-color: transparent; }
.excluded { color: #6b6b6b; }
.sm { font: 600 .68rem/1 system-ui, sans-serif; white-space: nowrap; border: 1px solid var(--c); color: var(--ink); background: #fff; border-radius: .6rem; padding: .1rem .35rem; margin-right: .25rem; vertical-align: .15em; cursor: help; }
.sm-bias { --c: var(--loaded); } .sm-hedge { --c: var(--hedge); }
.sm:focus { outline: 2px solid var(--ink); outline-offset: 1px; }
.ctl { font-size: .7rem; color: #a00; border: 1px solid #a00; }
#tip { position: absolute; z-index: 10; max-width: 26rem; background: #fff; border: 1px solid #333; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: .5rem .7rem; font: .82rem/1.4 system-ui, sans-serif; }
#tip[hidden] { display: none; }
#tip dl { margin: 0; }
#tip dt { font-weight: 600; float: left; clear: left; margin-right: .4rem; }
#tip dd { margin: 0; }
.methods { font-size: .92rem; }
.methods pre { background: #f6f6f6; padding: .5rem; overflow-x: auto; font-size: .8rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav, .controls, #tip { display: none; }
  .articles, .cards { display: block; }
  .card, .text-col { margin-bottom: 1rem; }
  .scroll { overflow: visible; }
  mark.f { border-bottom-width: 2px; }
  mark.v-writer { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .heat, .sw, svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; } h3 { break-after: avoid; }
  section#texts, section[aria-labelledby="texts"], section[aria-labelledby="methods"] { break-before: page; }
  a { color: inherit; text-decoration: none; }
  .card, tr { break-inside: avoid; }
}
`;
