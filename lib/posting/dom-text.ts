/**
 * Text of an element as a reader sees it: block elements on their own lines,
 * <br> as a line break, scripts and styles skipped, white space folded.
 * (jsdom has no innerText, and innerText forces layout in the browser.)
 */
export const BLOCK: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
export const SKIP: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA']);

export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    if (tag === 'LI') parts.push('• ');
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n');
  };
  walk(root);
  return tidy(parts.join(''));
}

/** Folds runs of spaces, trims lines, keeps at most one blank line. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0\u200b]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/^• *$/gm, '');
}

/** Whitespace-folded text of the first element matching one of `selectors`, tried in order. */
export function firstText(root: ParentNode, selectors: readonly string[]): string {
  for (const s of selectors) {
    const el = root.querySelector(s);
    const t = el?.textContent?.replace(/\s+/g, ' ').trim();
    if (t) return t;
  }
  return '';
}

export function firstElement(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el && (el.textContent ?? '').trim()) return el;
  }
  return null;
}

/**
 * The text `blockText(root)` gives, and for each of its characters the text
 * node and offset it came from (null for the line breaks and bullets the
 * reading adds). Mentions found at offsets in the description then map back
 * to DOM Ranges directly, without searching the page's text again.
 */
export interface MappedText {
  text: string;
  /** Where character `i` of `text` came from, or null when the reading added it. */
  at(i: number): { node: Text; offset: number } | null;
}

interface Tracked {
  text: string;
  nodes: Array<Text | null>;
  offs: number[];
}

/**
 * Like String.replace over a tracked string: replacement characters take the
 * sources of the characters they replace, in order, starting `skip` characters
 * into the match (a trimmed line's first letter keeps its own source).
 */
function replaceTracked(t: Tracked, re: RegExp, rep: (m: string) => string | [string, number]): Tracked {
  const out: Tracked = { text: '', nodes: [], offs: [] };
  const chunks: string[] = [];
  let last = 0;
  const copy = (from: number, to: number): void => {
    chunks.push(t.text.slice(from, to));
    for (let i = from; i < to; i++) {
      out.nodes.push(t.nodes[i]!);
      out.offs.push(t.offs[i]!);
    }
  };
  for (const m of t.text.matchAll(re)) {
    const i = m.index;
    copy(last, i);
    const got = rep(m[0]);
    const [r, skip] = typeof got === 'string' ? [got, 0] : got;
    chunks.push(r);
    for (let k = 0; k < r.length; k++) {
      const from = i + skip + k;
      const inside = skip + k < m[0].length;
      out.nodes.push(inside ? t.nodes[from]! : null);
      out.offs.push(inside ? t.offs[from]! : 0);
    }
    last = i + m[0].length;
  }
  copy(last, t.text.length);
  out.text = chunks.join('');
  return out;
}

/** `tidy`, step by step, on a tracked string: the same regular expressions, and trim as String.prototype.trim does it. */
function tidyTracked(t: Tracked): Tracked {
  t = replaceTracked(t, /\r\n?/g, () => '\n');
  t = replaceTracked(t, /[ \t\f\v\u00a0\u200b]+/g, () => ' ');
  // Each line trimmed: `\s` is exactly the set String.prototype.trim removes.
  t = replaceTracked(t, /[^\n]+/g, (line) => {
    const lead = /^\s*/.exec(line)![0].length;
    return [line.slice(lead).replace(/\s+$/, ''), lead];
  });
  t = replaceTracked(t, /\n{3,}/g, () => '\n\n');
  t = replaceTracked(t, /^\n+|\n+$/g, () => '');
  t = replaceTracked(t, /^• *$/gm, () => '');
  return t;
}

export function mappedBlockText(root: Node): MappedText {
  const raw: Tracked = { text: '', nodes: [], offs: [] };
  const chunks: string[] = [];
  const synthetic = (s: string): void => {
    chunks.push(s);
    for (let i = 0; i < s.length; i++) {
      raw.nodes.push(null);
      raw.offs.push(0);
    }
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      chunks.push(v);
      for (let i = 0; i < v.length; i++) {
        raw.nodes.push(node as Text);
        raw.offs.push(i);
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    if (tag === 'BR') return synthetic('\n');
    const block = BLOCK.has(tag);
    if (block) synthetic('\n');
    if (tag === 'LI') synthetic('• ');
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) synthetic('\n');
  };
  walk(root);
  raw.text = chunks.join('');
  const t = tidyTracked(raw);
  return {
    text: t.text,
    at: (i) => {
      const node = t.nodes[i];
      return node ? { node, offset: t.offs[i]! } : null;
    },
  };
}
