/**
 * Escaping for the HTML report. Everything that comes from articles, metadata, lexicons or actor
 * files passes through `text()` or `attr()` before it reaches the page, and through `safeUrl()`
 * before it becomes a link.
 *
 * Both escapes emit no markup at all, so each is safe in any context: element text, a quoted
 * attribute, SVG text. (An earlier `text()` wrapped direction controls in a `<span title="…">`,
 * which broke out of the `id="…"` attributes and the SVG chart it was used in.)
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Bidirectional controls could reorder what a reader sees (an RLO makes "txt.exe" read
 * "exe.txt"); they are shown as visible `[U+202E]` tags instead.
 */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
    .replace(BIDI, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** For a quoted attribute value. */
export function attr(value: string | number | null | undefined): string {
  return escapeHtml(value);
}

/** For element content (HTML or SVG). */
export function text(value: string | number | null | undefined): string {
  return escapeHtml(value);
}

/**
 * A URL from metadata, as an `href`, or null when it must not be a link: only absolute http(s)
 * URLs are, so `javascript:`, `data:` and `vbscript:` URLs (in any case, with any spaces or
 * control characters a browser would skip) are shown as text only.
 */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? attr(url.href) : null;
}
