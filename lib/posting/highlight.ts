/**
 * Finds where skills are mentioned in the page itself, as DOM Ranges, so they
 * can be painted with the CSS Custom Highlight API — which marks text without
 * touching the page's DOM. Pure: the caller registers the ranges.
 */
export interface MarkRequest {
  /** The mention exactly as it reads in the posting ("k8s", "Terraform"). */
  text: string;
  kind: string;
  skillId: string;
}

export interface Mark {
  range: Range;
  kind: string;
  skillId: string;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON', 'SVG']);
const WORD = /[\p{L}\p{N}]/u;

/** Every mention of the requested texts under `root`, on word boundaries, case as written. */
export function findMarks(root: Element, requests: readonly MarkRequest[], skip?: (el: Element) => boolean): Mark[] {
  const doc = root.ownerDocument;
  const wanted = [...new Map(requests.filter((r) => r.text.trim()).map((r) => [r.text, r])).values()].sort((a, b) => b.text.length - a.text.length);
  if (wanted.length === 0) return [];
  const marks: Mark[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || SKIP.has(parent.tagName.toUpperCase()) || parent.closest('[hidden],[aria-hidden="true"]') || (skip && skip(parent))) continue;
    const value = node.data;
    const taken: Array<[number, number]> = [];
    for (const w of wanted) {
      for (let at = value.indexOf(w.text); at >= 0; at = value.indexOf(w.text, at + 1)) {
        const end = at + w.text.length;
        if ((at > 0 && WORD.test(value[at - 1]!)) || (end < value.length && WORD.test(value[end]!))) continue;
        if (taken.some(([a, b]) => at < b && a < end)) continue; // the longer mention already holds it
        taken.push([at, end]);
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, end);
        marks.push({ range, kind: w.kind, skillId: w.skillId });
      }
    }
  }
  return marks;
}
