/**
 * Reading order for PDF text. pdf.js gives positioned runs of text; a resume
 * in two columns (Deedy) or with a sidebar must come out one column after the
 * other, never line by line across both. Pure functions over plain items, so
 * they are tested without pdf.js.
 */
export interface Run {
  str: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (height of the run). */
  size: number;
}

export interface PageRuns {
  width: number;
  height: number;
  runs: Run[];
}

interface Line {
  y: number;
  size: number;
  runs: Run[];
  x0: number;
  x1: number;
}

/**
 * Splits a line where runs stand far apart (a label in the margin, a
 * right-aligned date): each part reads as its own line.
 */
function splitWide(line: Line): Line[] {
  const sorted = [...line.runs].sort((a, b) => a.x - b.x);
  const parts: Line[] = [];
  for (const r of sorted) {
    const last = parts[parts.length - 1];
    if (last && r.x - last.x1 <= Math.max(r.size, line.size) * 2.5) {
      last.runs.push(r);
      last.x1 = Math.max(last.x1, r.x + r.width);
    } else parts.push({ y: line.y, size: line.size, runs: [r], x0: r.x, x1: r.x + r.width });
  }
  return parts;
}

/** Groups runs on one baseline into lines, top to bottom; far-apart runs on one baseline make separate lines. */
export function toLines(runs: readonly Run[]): Line[] {
  return baselines(runs).flatMap(splitWide);
}

function baselines(runs: readonly Run[]): Line[] {
  const sorted = runs.filter((r) => r.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const r of sorted) {
    const line = lines.find((l) => Math.abs(l.y - r.y) <= Math.min(l.size, r.size) * 0.45);
    if (line) {
      line.runs.push(r);
      line.x0 = Math.min(line.x0, r.x);
      line.x1 = Math.max(line.x1, r.x + r.width);
    } else lines.push({ y: r.y, size: r.size, runs: [r], x0: r.x, x1: r.x + r.width });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines;
}

/** The text of a line: runs left to right, a space where the gap is wider than a kerning gap. */
export function lineText(runs: readonly Run[]): string {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  let out = '';
  let prevEnd = -Infinity;
  for (const r of sorted) {
    // Kerning splits a word into runs a hair apart; a real space is about a quarter of the font size.
    if (out && r.x - prevEnd > r.size * 0.18 && !out.endsWith(' ') && !r.str.startsWith(' ')) out += ' ';
    out += r.str;
    prevEnd = r.x + r.width;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * A vertical gutter between columns: a band between 20% and 80% of the page
 * width that no run crosses (but for a few full-width lines such as a name
 * banner), with enough text on both sides. Null for a one-column page.
 */
export function findGutter(page: PageRuns): number | null {
  const runs = page.runs.filter((r) => r.str.trim() && r.width > 0);
  if (runs.length < 12) return null;
  const W = Math.ceil(page.width);
  const cover = new Array<number>(W + 1).fill(0);
  for (const r of runs) {
    const a = Math.max(0, Math.floor(r.x));
    const b = Math.min(W, Math.ceil(r.x + r.width));
    for (let x = a; x <= b; x++) cover[x]!++;
  }
  const allowed = Math.max(1, Math.floor(runs.length * 0.03));
  let best: { mid: number; width: number } | null = null;
  let start = -1;
  for (let x = Math.floor(W * 0.2); x <= Math.ceil(W * 0.8) + 1; x++) {
    const free = x <= Math.ceil(W * 0.8) && cover[x]! <= allowed;
    if (free && start < 0) start = x;
    if (!free && start >= 0) {
      const width = x - start;
      if (width >= 6 && (!best || width > best.width)) best = { mid: (start + x) / 2, width };
      start = -1;
    }
  }
  if (!best) return null;
  const left = runs.filter((r) => r.x + r.width <= best.mid).length;
  const right = runs.filter((r) => r.x >= best.mid).length;
  // Both sides must hold real text, and most lines must sit on one side: right-aligned dates alone are no column.
  if (left < runs.length * 0.15 || right < runs.length * 0.15) return null;
  const leftLines = toLines(runs.filter((r) => r.x + r.width <= best.mid));
  const rightLines = toLines(runs.filter((r) => r.x >= best.mid));
  const leftWords = leftLines.reduce((n, l) => n + lineText(l.runs).split(' ').length, 0);
  const rightWords = rightLines.reduce((n, l) => n + lineText(l.runs).split(' ').length, 0);
  if (leftLines.length < 4 || rightLines.length < 4) return null;
  if (leftWords / leftLines.length < 1.5 && rightWords / rightLines.length < 1.5) return null;
  // A column holds prose or lists, not only dates: a few lines of four words or more on each side.
  const wordy = (ls: Line[]) => ls.filter((l) => lineText(l.runs).split(' ').length >= 4).length;
  if (wordy(leftLines) < 2 || wordy(rightLines) < 2) return null;
  return best.mid;
}

/**
 * A page's lines in reading order. With a gutter, lines that cross it (a
 * banner, a footer) stay where they are; between them, the left column's lines
 * come first, then the right column's.
 */
export function pageLines(page: PageRuns): Array<{ text: string; y: number; size: number }> {
  const gutter = findGutter(page);
  const lines = gutter === null ? toLines(page.runs) : baselines(page.runs);
  if (gutter === null) return lines.map((l) => ({ text: lineText(l.runs), y: l.y, size: l.size }));
  const out: Array<{ text: string; y: number; size: number }> = [];
  let left: Run[] = [];
  let right: Run[] = [];
  const flush = (): void => {
    for (const l of toLines(left)) out.push({ text: lineText(l.runs), y: l.y, size: l.size });
    for (const l of toLines(right)) out.push({ text: lineText(l.runs), y: l.y, size: l.size });
    left = [];
    right = [];
  };
  for (const l of lines) {
    const crossing = l.runs.some((r) => r.x < gutter && r.x + r.width > gutter);
    if (crossing) {
      flush();
      out.push({ text: lineText(l.runs), y: l.y, size: l.size });
      continue;
    }
    for (const r of l.runs) (r.x + r.width <= gutter ? left : right).push(r);
  }
  flush();
  return out;
}

const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$/i;

/**
 * The document's text: pages in order, page numbers dropped, and headers or
 * footers (the same line in the top or bottom margin of several pages) kept
 * only once.
 */
export function documentText(pages: readonly PageRuns[]): string {
  const perPage = pages.map((p) => ({ page: p, lines: pageLines(p) }));
  const margin = (p: PageRuns, y: number) => y > p.height * 0.92 || y < p.height * 0.08;
  const seen = new Map<string, number>();
  for (const { page, lines } of perPage) {
    for (const l of lines) if (margin(page, l.y)) seen.set(l.text, (seen.get(l.text) ?? 0) + 1);
  }
  const repeated = new Set([...seen].filter(([, n]) => n >= 2 && pages.length >= 2).map(([t]) => t));
  const kept = new Set<string>();
  return perPage
    .map(({ page, lines }) =>
      lines
        .filter((l, i) => {
          // A page number sits first or last on its page, or in a margin.
          const total = /^\d{1,3}\s*(?:\/|of)\s*(\d{1,3})$/.exec(l.text)?.[1];
          const edge = i === 0 || i === lines.length - 1 || margin(page, l.y) || Number(total) === pages.length;
          if (edge && PAGE_NUMBER.test(l.text)) return false;
          if (!margin(page, l.y)) return true;
          if (!repeated.has(l.text)) return true;
          if (kept.has(l.text)) return false;
          kept.add(l.text);
          return true;
        })
        .map((l) => l.text)
        .join('\n'),
    )
    .join('\n\n')
    .trim();
}
