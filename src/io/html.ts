/**
 * HTML to blocks, through htmlparser2's DOM (entities decoded by the parser). Block elements
 * (`<p>`, `<li>`, headings, ...) become paragraphs; inline whitespace collapses as a browser
 * would show it; `<br>` is a line break. Scripts, styles, navigation, footers and the like
 * carry no article words and are dropped with their content. When the page marks its story
 * with exactly one `<article>` (or else one `<main>`), only that part is read, which leaves
 * out menus, cookie notices and teasers for other stories.
 */
import { DomHandler, DomUtils, Parser, type parseDocument } from 'htmlparser2';
import { InputError } from '../errors.js';
import { type Block, type DocMeta, oneLine, pushBlock, type SourceDoc } from './blocks.js';

type DomNode = ReturnType<typeof parseDocument>['children'][number];

const DROPPED = new Set([
  ...['script', 'style', 'nav', 'footer', 'noscript', 'template', 'head'],
  ...['svg', 'iframe', 'button', 'select', 'object', 'canvas'],
]);
const BLOCKS = new Set([
  ...['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details'],
  ...['dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'form', 'header'],
  ...['hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table'],
  ...['tbody', 'tfoot', 'thead', 'tr', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
]);
const CELLS = new Set(['td', 'th']);

interface Placed {
  block: Block;
  /** Which `<article>` element holds the block (its order in the page), or -1. */
  article: number;
  inMain: boolean;
}

class Collector {
  readonly placed: Placed[] = [];
  firstH1: Placed | null = null;
  /** Inline text of the block being built; null marks a `<br>`. */
  private parts: (string | null)[] = [];
  private heading = 0;
  private pre = 0;
  private article = -1;
  private articles = 0;
  private main = 0;

  /**
   * Walks the tree with an explicit stack rather than recursion: a page of 100,000 nested
   * `<div>`s is nonsense, but it must be read (or refused) with a message, not overflow the
   * call stack.
   */
  walk(root: DomNode): void {
    const stack: { node: DomNode; exit: boolean }[] = [{ node: root, exit: false }];
    const saved: { heading: number; article: number }[] = [];
    while (stack.length > 0) {
      const { node, exit } = stack.pop()!;
      if (exit) this.leave(node, saved.pop()!);
      else if (DomUtils.isText(node)) this.parts.push(node.data);
      else if (DomUtils.isTag(node) && !DROPPED.has(node.name)) {
        if (node.name === 'br') {
          this.parts.push(null);
          continue;
        }
        saved.push(this.enter(node.name));
        stack.push({ node, exit: true });
        for (let i = node.children.length - 1; i >= 0; i -= 1) {
          stack.push({ node: node.children[i]!, exit: false });
        }
      }
    }
  }

  private enter(name: string): { heading: number; article: number } {
    if (BLOCKS.has(name)) this.flush();
    const saved = { heading: this.heading, article: this.article };
    const level = /^h([1-6])$/.exec(name);
    if (level) this.heading = Number(level[1]);
    if (name === 'pre') this.pre += 1;
    if (name === 'main') this.main += 1;
    if (name === 'article' && this.article < 0) this.article = this.articles++;
    return saved;
  }

  private leave(node: DomNode, saved: { heading: number; article: number }): void {
    if (!DomUtils.isTag(node)) return;
    const name = node.name;
    if (CELLS.has(name)) this.parts.push(' ');
    if (BLOCKS.has(name)) this.flush();
    if (name === 'pre') this.pre -= 1;
    if (name === 'main') this.main -= 1;
    this.heading = saved.heading;
    this.article = saved.article;
  }

  flush(): void {
    const lines: string[] = [''];
    for (const part of this.parts) {
      if (part === null) lines.push('');
      else lines[lines.length - 1] += part;
    }
    this.parts = [];
    const text = this.pre > 0 ? lines.join('\n') : lines.map(collapse).join('\n');
    const blocks: Block[] = [];
    pushBlock(blocks, text, this.heading ? 'heading' : 'paragraph', this.heading);
    for (const block of blocks) {
      const placed = { block, article: this.article, inMain: this.main > 0 };
      this.placed.push(placed);
      if (this.heading === 1 && this.firstH1 === null) this.firstH1 = placed;
    }
  }

  /** The blocks to read: the one `<article>`, else the `<main>`, else everything. */
  chosen(): Placed[] {
    const inArticle = this.placed.filter((p) => p.article >= 0);
    if (inArticle.length > 0 && new Set(inArticle.map((p) => p.article)).size === 1) {
      return inArticle;
    }
    const inMain = this.placed.filter((p) => p.inMain);
    return inMain.length > 0 ? inMain : this.placed;
  }
}

function collapse(line: string): string {
  return line.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

function readHead(nodes: DomNode[]): DocMeta {
  const meta: DocMeta = {};
  const tags = DomUtils.findAll((el) => ['meta', 'link', 'time', 'title'].includes(el.name), nodes);
  const first = (test: (name: string, attr: Record<string, string>) => boolean, key: string) => {
    // The first tag that passes the test and has a non-empty value for `key`.
    const el = tags.find((t) => test(t.name, t.attribs) && t.attribs[key]?.trim());
    return el?.attribs[key]?.trim();
  };
  const metaNamed = (n: string) =>
    first(
      (tag, a) => tag === 'meta' && (a.property ?? a.name ?? '').toLowerCase() === n,
      'content',
    );
  const author = metaNamed('author');
  if (author && !/^https?:/i.test(author)) meta.author = author;
  const outlet = metaNamed('og:site_name');
  if (outlet) meta.outlet = outlet;
  const date = metaNamed('article:published_time') ?? first((tag) => tag === 'time', 'datetime');
  if (date) meta.date = date;
  const rel = (a: Record<string, string>) => (a.rel ?? '').toLowerCase().split(/\s+/);
  const url =
    first((tag, a) => tag === 'link' && rel(a).includes('canonical'), 'href') ??
    metaNamed('og:url');
  if (url) meta.url = url;
  const titleEl = tags.find((t) => t.name === 'title');
  const pageTitle = titleEl ? collapse(DomUtils.textContent(titleEl)) : '';
  const title = metaNamed('og:title') ?? (pageTitle ? stripOutlet(pageTitle, outlet) : undefined);
  if (title) meta.title = title;
  return meta;
}

const TITLE_SEPARATORS = new Set(['|', '-', '–', '—', ':', '·']);
const isSpace = (ch: string | undefined): boolean => ch !== undefined && ch.trim() === '';

/**
 * "Drone over the Kremlin | Example News" → "Drone over the Kremlin" when the outlet is known:
 * the title ends with spaces, a separator, spaces and the outlet's name. Scanned by hand; the
 * regex it replaces (`/^(.+?)\s+[|–]\s+(.+)$/`) was quadratic on long runs of spaces.
 */
function stripOutlet(title: string, outlet: string | undefined): string {
  if (!outlet || !title.toLowerCase().endsWith(outlet.toLowerCase())) return title;
  let i = title.length - outlet.length;
  const spacesBefore = (at: number): number => {
    let k = at;
    while (isSpace(title[k - 1])) k -= 1;
    return k;
  };
  const afterSeparator = spacesBefore(i);
  if (afterSeparator === i || !TITLE_SEPARATORS.has(title[afterSeparator - 1] ?? '')) return title;
  i = afterSeparator - 1;
  const headEnd = spacesBefore(i);
  return headEnd === i || headEnd === 0 ? title : title.slice(0, headEnd);
}

/**
 * Deeper nesting than this is not a page a person wrote (browsers stop nesting at 512). The
 * parser's cost grows with depth at every tag, so a page of 200,000 nested `<div>`s took
 * minutes; it is refused at this depth with a message instead.
 */
const MAX_DEPTH = 1000;

/** htmlparser2's DOM builder, counting open elements and refusing a page nested too deeply. */
class DepthLimitedHandler extends DomHandler {
  private depth = 0;
  private source: { startIndex: number } | null = null;

  constructor(
    private readonly body: string,
    private readonly file: string,
  ) {
    super();
  }

  override onparserinit(parser: Parser): void {
    super.onparserinit(parser);
    this.source = parser;
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) {
      const at = this.source?.startIndex ?? 0;
      throw new InputError('HTML nested too deeply to be an article', {
        code: 'E_HTML_NESTING',
        file: this.file,
        line: this.body.slice(0, at).split('\n').length,
        expected: `at most ${MAX_DEPTH.toLocaleString('en')} nested elements`,
        found: `<${name}> at depth ${this.depth}`,
        hint: 'save the article text as .txt and analyze that',
      });
    }
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    this.depth -= 1;
    super.onclosetag();
  }
}

function parseHtml(body: string, file: string): ReturnType<typeof parseDocument> {
  const handler = new DepthLimitedHandler(body, file);
  new Parser(handler).end(body);
  return handler.root;
}

export function htmlToDoc(body: string, file = ''): SourceDoc {
  const dom = parseHtml(body, file);
  const collector = new Collector();
  for (const node of dom.children) collector.walk(node);
  collector.flush(); // text after the last block element
  const chosen = collector.chosen();
  const blocks = chosen.map((p) => p.block);
  const meta = readHead(dom.children);
  // The page's own `<h1>` is the headline; `<title>` often carries the site name too.
  const h1 = collector.firstH1;
  const titleIndex = h1 ? chosen.indexOf(h1) : -1;
  if (h1) meta.title = oneLine(h1.block.text);
  return { blocks, titleBlock: titleIndex >= 0 ? titleIndex : null, meta };
}
