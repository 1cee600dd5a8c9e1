/**
 * Escaping for the HTML report. Everything that comes from articles, metadata, lexicons or actor
 * files passes through `text()` or `attr()` before it reaches the page.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Bidirectional controls could reorder what a reader sees; they are shown as visible tags. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function attr(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
    .replace(BIDI, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

export function text(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
    .replace(
      BIDI,
      (c) =>
        `<span class="ctl" title="invisible direction control">[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]</span>`,
    );
}
