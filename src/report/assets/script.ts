/**
 * The report's only script: category filters and the evidence tooltip shown on hover and on
 * keyboard focus. It reads data attributes and writes text nodes only (never innerHTML), so
 * article text can never become markup through it.
 */
export const SCRIPT = `
(() => {
  const tip = document.getElementById('tip');
  const fields = [['entry','Entry'],['cat','Category'],['class','Class'],['weight','Weight'],['polarity','Polarity'],['voice','Voice'],['speaker','Speaker'],['actor','Actor'],['lexicon','Lexicon'],['source','Source']];
  function show(el) {
    tip.replaceChildren();
    const dl = document.createElement('dl');
    for (const [key, label] of fields) {
      const v = el.dataset[key];
      if (!v) continue;
      const dt = document.createElement('dt'); dt.textContent = label;
      const dd = document.createElement('dd'); dd.textContent = v;
      dl.append(dt, dd);
    }
    tip.append(dl);
    const r = el.getBoundingClientRect();
    tip.style.left = (window.scrollX + r.left) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
    tip.hidden = false;
    el.setAttribute('aria-describedby', 'tip');
  }
  function hide(el) { tip.hidden = true; if (el) el.removeAttribute('aria-describedby'); }
  for (const el of document.querySelectorAll('mark.f')) {
    el.addEventListener('mouseenter', () => show(el));
    el.addEventListener('mouseleave', () => hide(el));
    el.addEventListener('focus', () => show(el));
    el.addEventListener('blur', () => hide(el));
  }
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(null); });
  for (const box of document.querySelectorAll('input[data-filter]')) {
    box.addEventListener('change', () => document.body.classList.toggle('hide-' + box.dataset.filter, !box.checked));
  }
})();
`;
