/**
 * The report's only script:
 * - the evidence tooltip of a highlight, and of a stance cell's trained-model figures, shown on
 *   hover and on keyboard focus, hidden on Escape;
 * - filters: by category and voice (a class on <body> per hidden one), and by actor (marks that
 *   do not concern the chosen actor get the class `off`), with a live count of what is shown;
 * - sortable tables: a button in each heading sorts by that column, numbers as numbers;
 * - a link to an evidence block opens it; printing opens every <details> and closes them after.
 * It reads data attributes and writes text nodes only (never innerHTML), so article text can
 * never become markup through it.
 */
export const SCRIPT = `
(() => {
  const tip = document.getElementById('tip');
  const fields = [['f','Finding'],['text','Text'],['entry','Entry'],['cat','Category'],['class','Class'],['weight','Weight'],['polarity','Polarity'],['negated','Negated'],['voice','Voice'],['speaker','Speaker'],['actor','Actor'],['lexicon','Lexicon'],['source','Source']];
  const marks = [...document.querySelectorAll('mark.f')];
  const modelFields = [['mstance','Trained model'],['mtop','Top features']];
  function show(el) {
    tip.replaceChildren();
    const dl = document.createElement('dl');
    for (const [key, label] of el.classList.contains('tipped') ? modelFields : fields) {
      const v = el.dataset[key];
      if (!v) continue;
      const dt = document.createElement('dt'); dt.textContent = label;
      const dd = document.createElement('dd'); dd.textContent = v;
      dl.append(dt, dd);
    }
    tip.append(dl);
    const r = el.getBoundingClientRect();
    tip.style.left = Math.max(0, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - 420)) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
    tip.hidden = false;
    el.setAttribute('aria-describedby', 'tip');
  }
  function hide(el) { tip.hidden = true; if (el) el.removeAttribute('aria-describedby'); }
  for (const el of [...marks, ...document.querySelectorAll('.tipped')]) {
    el.addEventListener('mouseenter', () => show(el));
    el.addEventListener('mouseleave', () => hide(el));
    el.addEventListener('focus', () => show(el));
    el.addEventListener('blur', () => hide(el));
  }
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(document.activeElement); });

  const status = document.getElementById('filter-status');
  const actorSelect = document.getElementById('actor-filter');
  function visible(el) {
    const b = document.body.classList;
    if (b.contains('hide-' + el.dataset.cat) || b.contains('hide-' + el.dataset.voice)) return false;
    return !el.classList.contains('off');
  }
  function update() {
    const actor = actorSelect ? actorSelect.value : '';
    for (const el of marks) el.classList.toggle('off', actor !== '' && !(el.dataset.actors || '').split(' ').includes(actor));
    if (status) {
      const ids = new Set(marks.map((el) => el.dataset.f));
      const shown = new Set(marks.filter(visible).map((el) => el.dataset.f));
      status.textContent = 'Showing ' + shown.size + ' of ' + ids.size + ' findings.';
    }
  }
  for (const box of document.querySelectorAll('input[data-filter]')) {
    box.addEventListener('change', () => { document.body.classList.toggle('hide-' + box.dataset.filter, !box.checked); update(); });
  }
  if (actorSelect) actorSelect.addEventListener('change', update);
  update();

  for (const table of document.querySelectorAll('table.sortable')) {
    const heads = [...table.tHead.rows[0].cells];
    for (const th of heads) {
      const button = th.querySelector('button');
      if (!button) continue;
      button.addEventListener('click', () => {
        const col = Number(button.dataset.col);
        const numeric = button.dataset.type === 'num';
        const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        for (const h of heads) h.setAttribute('aria-sort', 'none');
        th.setAttribute('aria-sort', dir);
        const body = table.tBodies[0];
        const rows = [...body.rows];
        const key = (row) => row.cells[col].dataset.v ?? row.cells[col].textContent;
        rows.sort((a, b) => {
          const x = key(a), y = key(b);
          let c;
          if (numeric) {
            // Missing numbers sort last in both directions.
            if (x === '' || y === '') return (x === '') - (y === '');
            c = Number(x) - Number(y);
          } else c = x.localeCompare(y);
          return dir === 'ascending' ? c : -c;
        });
        body.append(...rows);
      });
    }
  }

  function openTarget() {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = id && document.getElementById(id);
    if (el && el.tagName === 'DETAILS') el.open = true;
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
  let closed = [];
  window.addEventListener('beforeprint', () => {
    closed = [...document.querySelectorAll('details:not([open])')];
    for (const d of closed) d.open = true;
  });
  window.addEventListener('afterprint', () => { for (const d of closed) d.open = false; closed = []; });
})();
`;
