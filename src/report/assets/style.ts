/** The report's stylesheet. Colours are from the Okabe–Ito palette, readable with colour-blindness. */
export const STYLE = `
:root { --loaded:#D55E00; --hedge:#0072B2; --booster:#009E73; --reporting_verb:#CC79A7; --label:#E69F00; --actor:#56B4E9; --ink:#1a1a1a; --muted:#555; }
* { box-sizing: border-box; }
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: var(--ink); margin: 0 auto; max-width: 78rem; padding: 1.5rem; }
h1, h2, h3, th, .meta, .legend, .controls, table { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
h1 { margin: 0 0 .25rem; } h2 { margin-top: 2rem; border-bottom: 2px solid #ddd; }
.meta { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; font-size: .88rem; margin: .75rem 0; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.legend span, .controls label { display: inline-block; margin: 0 .9rem .4rem 0; font-size: .85rem; }
.sw { display: inline-block; width: .9rem; height: .9rem; vertical-align: middle; margin-right: .3rem; border-radius: 2px; background: var(--c); }
.articles { display: grid; grid-template-columns: repeat(auto-fit, minmax(30rem, 1fr)); gap: 1.5rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fcfcfa; border: 1px solid #e3e3e3; padding: 1rem; }
mark.f { background: transparent; color: inherit; border-bottom: 3px solid var(--c); padding: 0 1px; cursor: help; }
mark.f.v-writer { background: color-mix(in srgb, var(--c) 22%, transparent); }
mark.f.v-quoted { border-bottom-style: dotted; }
mark.f:focus { outline: 2px solid var(--ink); outline-offset: 1px; }
.c-loaded { --c: var(--loaded); } .c-hedge { --c: var(--hedge); } .c-booster { --c: var(--booster); }
.c-reporting_verb { --c: var(--reporting_verb); } .c-label { --c: var(--label); } .c-actor { --c: var(--actor); }
body.hide-loaded mark.c-loaded, body.hide-hedge mark.c-hedge, body.hide-booster mark.c-booster,
body.hide-reporting_verb mark.c-reporting_verb, body.hide-label mark.c-label, body.hide-actor mark.c-actor { background: none; border-bottom: none; }
.excluded { color: #888; }
.ctl { font-size: .7rem; color: #a00; border: 1px solid #a00; }
#tip { position: absolute; z-index: 10; max-width: 26rem; background: #fff; border: 1px solid #333; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: .5rem .7rem; font: .82rem/1.4 system-ui, sans-serif; }
#tip[hidden] { display: none; }
#tip dt { font-weight: 600; float: left; clear: left; margin-right: .4rem; }
svg text { font: 11px system-ui, sans-serif; fill: var(--ink); }
.methods { font-size: .92rem; }
@media print { .controls, #tip { display: none; } .articles { display: block; } mark.f { border-bottom-width: 2px; } h2 { break-before: page; } }
`;
