/**
 * Reading order for PDF text. pdf.js gives positioned runs of text; a resume
 * in two columns (Deedy) or with a sidebar must come out one column after the
 * other, never line by line across both. Pure functions over plain items, so
 * they are tested without pdf.js.
 */
import { endsRange, findDateRanges, isDateWord, isMonthName, opensRange } from './dates';

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
 * banner), with real text on both sides. Null for a one-column page. The
 * widest band is judged; one that only sets dates apart (each job's dates
 * right-aligned on its title's line) is passed over for the next.
 */
export function findGutter(page: PageRuns): number | null {
  const judged = judgeBands(page);
  return judged?.kind === 'columns' ? judged.mid : null;
}

/**
 * (s48) A margin of labels: the band between a column of labels set flush against it (Europass's "Dates", "Occupation or
 * position held", "Name and address of employer", right-aligned in a left column) and their values; null where there is
 * none. Such a page reads row by row, each label with its value (labelRows), never the labels' column first.
 */
export function findLabelMargin(page: PageRuns): number | null {
  const judged = judgeBands(page);
  return judged?.kind === 'labels' || judged?.kind === 'rows' ? judged.mid : null;
}

function judgeBands(page: PageRuns): { kind: 'columns' | 'labels' | 'rows'; mid: number } | null {
  const runs = page.runs.filter((r) => r.str.trim() && r.width > 0);
  if (runs.length < 12) return null;
  const W = Math.ceil(page.width);
  const cover = new Array<number>(W + 1).fill(0);
  // (s47) A line across the page in its top or bottom margin (a running header, a footer's consent clause, a contact line
  // under the name) is no text of the columns: it does not close the gutter between them. columnsAt still weighs it.
  for (const r of runs.filter((r) => r.y < page.height * 0.9 && r.y > page.height * 0.08)) {
    const a = Math.max(0, Math.floor(r.x));
    const b = Math.min(W, Math.ceil(r.x + r.width));
    for (let x = a; x <= b; x++) cover[x]!++;
  }
  const allowed = Math.max(1, Math.floor(runs.length * 0.03));
  const bands: Array<{ mid: number; width: number }> = [];
  let start = -1;
  for (let x = Math.floor(W * 0.2); x <= Math.ceil(W * 0.8) + 1; x++) {
    const free = x <= Math.ceil(W * 0.8) && cover[x]! <= allowed;
    if (free && start < 0) start = x;
    if (!free && start >= 0) {
      if (x - start >= 6) bands.push({ mid: (start + x) / 2, width: x - start });
      start = -1;
    }
  }
  bands.sort((a, b) => b.width - a.width);
  for (const band of bands) {
    const judged = columnsAt(runs, band.mid);
    if (judged !== 'dates') return judged === 'none' ? null : { kind: judged, mid: band.mid };
  }
  return null;
}

/** "Mar 2020 – Present", "06/2015 - 12/2018", "2011 – 2014": a line that is only a span of dates. */
const DATE_TOKEN = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?|\d{1,2}[/.]\d{2,4}|\d{4},?|['\u2019]\d{2}|present|current|now|today|to|since|until|[-\u2013\u2014/])$/i;
function dateOnly(text: string): boolean {
  const tokens = text.split(' ');
  // (s47: month names and words for the present in the languages dates.ts reads: "wrzesie\u0144 2015 - grudzie\u0144", "obecnie".)
  const dated = tokens.filter((t) => DATE_TOKEN.test(t) || isDateWord(t)).length;
  // ("Present" or "–" alone is a piece of a span of dates stacked over three lines.)
  return dated === tokens.length || (/\d/.test(text) && dated >= tokens.length * 0.75);
}

/**
 * What a band at `mid` parts: two columns; a side that only sets dates beside the other side's lines ('dates': look
 * at the next band); or neither.
 */
function columnsAt(runs: readonly Run[], mid: number): 'columns' | 'dates' | 'labels' | 'rows' | 'none' {
  const leftLines = toLines(runs.filter((r) => r.x + r.width <= mid));
  const rightLines = toLines(runs.filter((r) => r.x >= mid));
  const text = new Map([...leftLines, ...rightLines].map((l) => [l, lineText(l.runs)]));
  const words = (l: Line) => text.get(l)!.split(' ').length;
  // Dates set beside the other side's lines (right-aligned after each title, stacked beside a job, a margin of dates
  // before it) make no column: most of that side's lines are dates. Nor do labels: most of a side's lines short,
  // each on the baseline of a line across the band (a margin of headings).
  const paired = (mine: Line[], other: Line[]) => mine.filter((l) => other.some((o) => Math.abs(o.y - l.y) <= Math.min(o.size, l.size) * 0.45)).length >= mine.length * 0.8;
  const dates = (mine: Line[]) => mine.length > 0 && mine.filter((l) => dateOnly(text.get(l)!)).length >= mine.length * 0.5;
  const labels = (mine: Line[]) => mine.length > 0 && mine.filter((l) => words(l) <= 3).length >= mine.length * 0.8;
  // (s53) A side of short lines set one under another (a sidebar's contact lines, skills, languages: most lines a line's pitch
  // below the last) is a list, no margin of headings, however many of its lines share a baseline with the other side's.
  const listed = (mine: Line[]) => {
    const gaps = mine.slice(1).map((l, i) => mine[i]!.y - l.y);
    return gaps.length >= 6 && gaps.filter((g, i) => g <= Math.max(mine[i]!.size, mine[i + 1]!.size) * 1.6).length >= gaps.length * 0.5;
  };
  // (s58) A right side of spans each on the baseline of a line across the band (an entry's title), with a short note or two
  // stacked under each span (the town, "Full-time", "Part-time"): the entries' dates set beside them, no column, though the
  // notes outnumber the spans. Each line is a span or sits a line's pitch under one of the block; three spans at least.
  const datesWithNotes = (mine: Line[], other: Line[]) => {
    let spans = 0;
    let covered = 0;
    let block = false;
    mine.forEach((l, i) => {
      const dated = dateOnly(text.get(l)!);
      const under = i > 0 && mine[i - 1]!.y - l.y <= Math.max(mine[i - 1]!.size, l.size) * 1.8;
      if (dated && other.some((o) => Math.abs(o.y - l.y) <= Math.min(o.size, l.size) * 0.45)) spans++;
      block = dated || (block && under && words(l) <= 3);
      if (block) covered++;
    });
    return spans >= 3 && covered === mine.length;
  };
  if (dates(leftLines) || dates(rightLines) || datesWithNotes(rightLines, leftLines)) return 'dates';
  const left = runs.filter((r) => r.x + r.width <= mid).length;
  const right = runs.filter((r) => r.x >= mid).length;
  // Both sides must hold real text, and most lines must sit on one side.
  if (left < runs.length * 0.15 || right < runs.length * 0.15) return 'none';
  if (leftLines.length < 4 || rightLines.length < 4) return 'none';
  if ((labels(leftLines) && paired(leftLines, rightLines) && !listed(leftLines)) || (labels(rightLines) && paired(rightLines, leftLines) && !listed(rightLines))) return 'none';
  const margin = flushLabels(leftLines, rightLines, mid, words);
  // (s53: a margin of rows dates its rows; a list of short lines one under another with no span of dates is a sidebar.)
  if (margin && !(margin === 'rows' && listed(leftLines) && !leftLines.some((l) => findDateRanges(text.get(l)!).length > 0))) return margin;
  const leftWords = leftLines.reduce((n, l) => n + words(l), 0);
  const rightWords = rightLines.reduce((n, l) => n + words(l), 0);
  if (leftWords / leftLines.length < 1.5 && rightWords / rightLines.length < 1.5) return 'none';
  // A column holds prose or lists: a few lines of four words or more (not dates) on each side; or, beside such a column,
  // a sidebar of short lines (contact, skills, schools) that runs down a good part of the page (not a block of contact
  // lines beside the name at the top).
  const wordy = (ls: Line[]) => ls.filter((l) => words(l) >= 4 && !dateOnly(text.get(l)!)).length >= 2;
  if (wordy(leftLines) && wordy(rightLines)) return 'columns';
  // (s53: nor does it stretch the page's text: "Page 1 of 1" at the foot of a LinkedIn export.)
  const textRuns = runs.filter((r) => !PAGE_NUMBER.test(r.str.trim()));
  const top = Math.max(...textRuns.map((r) => r.y));
  const bottom = Math.min(...textRuns.map((r) => r.y));
  // (A page number at the foot does not make a column of the block above it.)
  // (s53) A sidebar of ten lines or more set one under another (a LinkedIn export's Contact, Top Skills, Languages,
  // Certifications) is a column from a third of the page's text down: a contact block beside the name is shorter.
  const tall = (ls: Line[]) => {
    const kept = ls.filter((l) => !PAGE_NUMBER.test(text.get(l)!));
    const ys = kept.map((l) => l.y);
    const span = ys.length > 0 ? Math.max(...ys) - Math.min(...ys) : 0;
    return ys.length > 0 && (span >= (top - bottom) * 0.4 || (kept.length >= 10 && listed(kept) && span >= (top - bottom) * 0.3));
  };
  return (wordy(leftLines) && tall(rightLines)) || (wordy(rightLines) && tall(leftLines)) ? 'columns' : 'none';
}

/**
 * (s48) A left side of labels set flush right against the band, each row's label on the baseline of its value's first line:
 * nearly every line ends at one edge by the band while their starts differ (right-aligned, not a justified column), the lines
 * are short (a label, "Name and address of employer" wrapped over two lines), more than half share a baseline with a line
 * across the band, and the other side carries more of the words. (A sidebar is set flush left, its lines' ends ragged.)
 */
function flushLabels(left: readonly Line[], right: readonly Line[], mid: number, words: (l: Line) => number): 'labels' | 'rows' | null {
  if (left.length < 6) return null;
  const edge = Math.max(...left.map((l) => l.x1));
  const x0 = Math.min(...left.map((l) => l.x0));
  const size = left.reduce((n, l) => n + l.size, 0) / left.length;
  const near = mid - edge <= size * 4;
  const flush = left.filter((l) => edge - l.x1 <= size * 0.6).length;
  const ragged = left.filter((l) => l.x0 - x0 >= size * 2).length;
  const short = left.filter((l) => words(l) <= 6).length;
  const paired = left.filter((l) => right.some((o) => Math.abs(o.y - l.y) <= Math.min(o.size, l.size) * 0.45)).length;
  const leftWords = left.reduce((n, l) => n + words(l), 0);
  const rightWords = right.reduce((n, l) => n + words(l), 0);
  if (near && flush >= left.length * 0.9 && ragged >= left.length * 0.5 && short >= left.length * 0.9 && paired >= left.length * 0.5 && rightWords > leftWords) return 'labels';
  // A margin of dates and short labels set flush left, each on the baseline of a row's first line across the band ("03.2019 \u2013
  // heute" beside "Senior Backend-Entwickler, Elbwerk GmbH" and its bullets, "Englisch" beside "verhandlungssicher"): a good part
  // of its lines stand rows apart (a sidebar's lines follow one another), all short, and all but headings paired.
  const gaps = left.slice(1).map((l, i) => left[i]!.y - l.y);
  const apart = gaps.filter((g) => g >= size * 2).length;
  const left0 = left.filter((l) => l.x0 - x0 <= size * 0.6).length;
  if (left0 >= left.length * 0.9 && left.every((l) => words(l) <= 4) && paired >= left.length * 0.6 && apart >= gaps.length * 0.35 && rightWords >= leftWords * 3) return 'rows';
  return null;
}

/**
 * (s48) A page of labelled rows (a margin of labels at `mid`), each row as one line, "label<tab>value": a label starts a row on
 * its baseline; a label's line that begins in lower case ("responsibilities", "employer" under "Name and address of")
 * goes on with the label above, its value's line with the value; a value's line with no label beside it goes on with the
 * row above (`joinValues`: a form's wrapped value) or stands as a line of its own (a margin of dates: a role's bullets).
 * Lines across the band (a heading, a footer) stand alone.
 */
export function labelRows(page: PageRuns, mid: number, joinValues = true): Array<{ text: string; y: number; size: number }> {
  const out: Array<{ text: string; y: number; size: number; label: string; value: string }> = [];
  let row: (typeof out)[number] | null = null;
  const text = (l: Line) => lineText(l.runs);
  for (const l of baselines(page.runs)) {
    if (l.runs.some((r) => r.x < mid && r.x + r.width > mid)) {
      out.push({ text: text(l), y: l.y, size: l.size, label: '', value: '' });
      row = null;
      continue;
    }
    const left = l.runs.filter((r) => r.x + r.width <= mid);
    const right = l.runs.filter((r) => r.x >= mid);
    const label = left.length ? lineText(left) : '';
    const value = right.length ? lineText(right) : '';
    // (A margin of dates beside a role's heading and its bullets: the bullets stay lines of their own.)
    if (row && label === '' && !joinValues) {
      out.push({ text: value, y: l.y, size: l.size, label: '', value: '' });
      continue;
    }
    if (row && joinValues && (label === '' || /^\p{Ll}/u.test(label))) {
      if (label) row.label = `${row.label} ${label}`;
      if (value) row.value = row.value ? `${row.value} ${value}` : value;
      continue;
    }
    row = { text: '', y: l.y, size: l.size, label, value };
    out.push(row);
  }
  return out.map((r) => ({ text: r.label || r.value ? (r.label && r.value ? `${r.label}\t${r.value}` : r.label || r.value) : r.text, y: r.y, size: r.size }));
}

/**
 * (s49) A cell of dates too narrow for its range, the end wrapped onto the cell's next line, the row's text beside the start:
 * "Sep 2019 \u2013   Postdoctoral Researcher, Department of Mathematics" / "Feb 2023   (Statistics), University of Oslo",
 * "pa\u017adziernik 2018 \u2013   Programista Java" / "luty 2022". The end goes back to its start ("Sep 2019 \u2013 Feb 2023 Postdoctoral
 * Researcher, \u2026"); what stood beside the end stays a line of its own. Only an end alone in the start's cell, on one of the
 * next lines: a date further down, or one in another column, is another row's.
 */
function withWrappedDateCells(lines: readonly Line[]): Line[] {
  const out = lines.map((l) => ({ ...l, runs: [...l.runs].sort((a, b) => a.x - b.x) }));
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!;
    let cut = 0;
    for (let j = 1; j <= l.runs.length && j <= 6; j++) if (opensRange(lineText(l.runs.slice(0, j)))) cut = j;
    if (cut === 0) continue;
    const start = l.runs.slice(0, cut);
    const x0 = Math.min(...start.map((r) => r.x));
    const x1 = Math.max(...start.map((r) => r.x + r.width));
    const rest = l.runs.slice(cut);
    // (The row's text beside the start stands apart from it: a cell's edge, not a word's space.)
    if (rest.length > 0 && rest[0]!.x - x1 < l.size * 0.3) continue;
    const edge = rest.length > 0 ? rest[0]!.x : x1 + l.size * 4;
    for (let k = i + 1; k < out.length; k++) {
      const m = out[k]!;
      if (Math.abs(m.y - l.y) <= Math.min(m.size, l.size) * 0.45) continue;
      if (l.y - m.y > Math.max(l.size, m.size) * 2.2) break;
      const cell = m.runs.filter((r) => r.x < edge - l.size * 0.3 && r.x + r.width > x0 - l.size);
      if (cell.length === 0) continue;
      if (!endsRange(lineText(cell)) || cell.some((r) => r.x + r.width > edge)) break;
      // (Set after the start, a space apart, the row's text moved on where the end would overlap it.)
      const cx0 = Math.min(...cell.map((r) => r.x));
      const cx1 = Math.max(...cell.map((r) => r.x + r.width));
      const shift = x1 + l.size * 0.3 - cx0;
      const push = Math.max(0, cx1 + shift + l.size * 0.3 - edge);
      out[i] = { ...l, runs: [...start, ...cell.map((r) => ({ ...r, x: r.x + shift, y: l.y })), ...rest.map((r) => ({ ...r, x: r.x + push }))] };
      out[k] = { ...m, runs: m.runs.filter((r) => !cell.includes(r)) };
      break;
    }
  }
  return out.filter((l) => l.runs.length > 0);
}

/**
 * (s50) A role's head that wraps beside its right-aligned dates ("Senior Frontend Developer (contract, 2" \u2026 "Jun 2023 \u2013 Feb
 * 2024" / "days/week) \u00b7 Sk\u00e4rg\u00e5rd Travel"): the line below, at the head's left edge and left of the dates, whose first word would
 * have run into the dates on the head's line, is the head's rest; it joins the head, the dates stay after it.
 */
function withWrappedHeads(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [l, d, c] = [lines[i]!, lines[i + 1], lines[i + 2]];
    if (d && c && Math.abs(d.y - l.y) <= Math.min(d.size, l.size) * 0.45 && d.x0 > l.x1 && c.y < l.y && l.y - c.y <= Math.max(l.size, c.size) * 1.6 && Math.abs(c.x0 - l.x0) <= l.size * 0.5 && c.x1 < d.x0) {
      const dates = lineText(d.runs);
      const rest = lineText(c.runs);
      const first = [...c.runs].sort((a, b) => a.x - b.x)[0]!;
      const word = first.str.trimStart().split(/\s+/)[0]!;
      const wordWidth = first.str.length > 0 ? (first.width * word.length) / first.str.length : 0;
      const wouldRunIn = l.x1 + l.size * 0.25 + wordWidth > d.x0 - l.size * 0.25;
      if (dateOnly(dates) && findDateRanges(dates).length > 0 && wouldRunIn && findDateRanges(rest).length === 0 && !/^[\u2022\u25e6\u25aa\u25cf\u2013\u2014*-]/.test(rest)) {
        const shift = l.x1 + l.size * 0.3 - c.x0;
        out.push({ y: l.y, size: l.size, x0: l.x0, x1: c.x1 + shift, runs: [...l.runs, ...c.runs.map((r) => ({ ...r, x: r.x + shift, y: l.y }))] }, d);
        i += 2;
        continue;
      }
    }
    // (The dates near enough to share the head's line: "Accessibility Consultant (contract) \u00b7 Kiruna  Sep 2022 \u2013 Nov 2022" /
    // "Municipality".)
    const sorted = [...l.runs].sort((a, b) => a.x - b.x);
    const at = sorted.findIndex((r, k) => k > 0 && r.x - (sorted[k - 1]!.x + sorted[k - 1]!.width) >= l.size * 0.8 && dateOnly(lineText(sorted.slice(k))) && findDateRanges(lineText(sorted.slice(k))).length > 0);
    const next = lines[i + 1];
    if (at > 0 && next && next.y < l.y && l.y - next.y <= Math.max(l.size, next.size) * 1.6 && Math.abs(next.x0 - l.x0) <= l.size * 0.5) {
      const head = sorted.slice(0, at);
      const datesRuns = sorted.slice(at);
      const headEnd = Math.max(...head.map((r) => r.x + r.width));
      const datesAt = datesRuns[0]!.x;
      const rest = lineText(next.runs);
      const first = [...next.runs].sort((a, b) => a.x - b.x)[0]!;
      const word = first.str.trimStart().split(/\s+/)[0]!;
      const wordWidth = first.str.length > 0 ? (first.width * word.length) / first.str.length : 0;
      if (next.x1 < datesAt && headEnd + l.size * 0.25 + wordWidth > datesAt - l.size * 0.25 && findDateRanges(rest).length === 0 && !/^[\u2022\u25e6\u25aa\u25cf\u2013\u2014*-]/.test(rest)) {
        const shift = headEnd + l.size * 0.3 - next.x0;
        const restEnd = next.x1 + shift;
        const shiftDates = Math.max(0, restEnd + l.size - datesAt);
        const runs = [...head, ...next.runs.map((r) => ({ ...r, x: r.x + shift, y: l.y })), ...datesRuns.map((r) => ({ ...r, x: r.x + shiftDates }))];
        out.push({ y: l.y, size: l.size, x0: l.x0, x1: Math.max(...runs.map((r) => r.x + r.width)), runs });
        i += 1;
        continue;
      }
    }
    out.push(l);
  }
  return out;
}

const RANGE_MARK = /^(?:[-\u2013\u2014]|to|until)$/i;

/**
 * Lines as text, with a span of dates stacked in a narrow column ("Jan 2021" / "–" / "Present", each on its own line
 * beside a job's lines) joined into one line where its first piece stands: "Jan 2021 – Present".
 */
function withStackedDates(linesIn: readonly Line[]): Array<{ text: string; y: number; size: number }> {
  const lines = withWrappedHeads(withWrappedDateCells(linesIn));
  const text = lines.map((l) => lineText(l.runs));
  const used = new Set<number>();
  const out: Array<{ text: string; y: number; size: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (used.has(i)) continue;
    const l = lines[i]!;
    let joined = text[i]!;
    // A stack starts with a date ("Jan 2021", "2019", "Jan 2021 –") that is not yet a span, and goes on below it, in the
    // same narrow column, within a few lines. (A whole span, "2019 – now", is one: the next job's dates a line below are
    // their own.)
    const own = joined.split(' ');
    const ownMark = own.findIndex((w) => RANGE_MARK.test(w));
    // (s47: "wrzesie\u0144 2015 - grudzie\u0144" / "2018": the end's month on the first line, its year on the next.)
    const endOpen = ownMark >= 0 && ownMark < own.length - 1 && own.slice(ownMark + 1).every((w) => isMonthName(w));
    if (/\d/.test(joined) && dateOnly(joined) && joined.length <= 30 && (ownMark < 0 || ownMark === own.length - 1 || endOpen)) {
      const parts = [i];
      let last = l;
      for (let k = i + 1; k < lines.length && k <= i + 6; k++) {
        const m = lines[k]!;
        if (last.y - m.y > Math.max(m.size, last.size) * 3) break;
        const overlaps = m.x0 < l.x1 && m.x1 > l.x0;
        if (!overlaps || text[k]!.length > 20 || !dateOnly(text[k]!)) continue;
        parts.push(k);
        last = m;
        const words = parts.map((p) => text[p]!).join(' ').split(' ');
        // Done once it holds a mark of range and a date or "Present" after it.
        const mark = words.findIndex((w) => RANGE_MARK.test(w));
        if (mark >= 0 && mark < words.length - 1) break;
      }
      const words = parts.map((p) => text[p]!).join(' ').split(' ');
      const mark = words.findIndex((w) => RANGE_MARK.test(w));
      if (parts.length > 1 && mark > 0 && mark < words.length - 1) {
        for (const p of parts) used.add(p);
        joined = words.join(' ');
      }
    }
    out.push({ text: joined, y: l.y, size: l.size });
  }
  return out;
}

/**
 * (s49) The name of a table's column: "Period", "Position", "Employer", "Main duties", "Qualification", "Zeitraum", "Stanowisko".
 * (s57) A freelancer's table names the client served and what was done: "Client", "Customer", "Work", "Assignment", "Engagement".
 */
const COLUMN_NAME =
  /^(?:(?:main|key|job|start|end)\s+)?(?:period|dates?|years?|from|to|duration|positions?|roles?|titles?|employers?|company|companies|organi[sz]ations?|location|place|city|team|department|duties|responsibilities|description|tasks|achievements|qualifications?|degrees?|institutions?|school|university|zeitraum|arbeitgeber|firma|ort|t\u00e4tigkeit|funktion|clients?|customers?|work|assignments?|engagements?|opdrachtgever|klant|kunde|auftraggeber|p\u00e9riode|poste|employeur|entreprise|lieu|periodo|cargo|empresa|puesto|lugar|okres|stanowisko|pracodawca|functie|werkgever|plaats|periode)$/i;

/**
 * (s49) A table of roles as a PDF gives it: a head of column names on one baseline ("Period  Position  Employer  Location  Main
 * duties"), then rows whose cells wrap over lines of their own ("10/2018 \u2013" / "04/2021" beside "Systems" / "Administrator").
 * Read by baseline, a row's cells come apart and its wrapped pieces run into the next row. Here each row is read cell by cell
 * (a cell's lines joined), rows parted where the lines stand further apart than a cell's lines do: the short cells on one line,
 * a tab between them, then each cell of prose (the row's duties) on a line of its own. The rest of the page as before.
 */
function withTables(lines: readonly Line[]): Array<{ text: string; y: number; size: number }> {
  const out: Array<{ text: string; y: number; size: number }> = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const head = splitWide(lines[i]!);
    const names = head.map((p) => lineText(p.runs));
    if (head.length < 3 || names.filter((n) => COLUMN_NAME.test(n)).length < Math.max(2, head.length * 0.6) || names.some((n) => /\d/.test(n) || n.split(' ').length > 3)) continue;
    const starts = head.map((p) => p.x0);
    const size = lines[i]!.size;
    const column = (r: Run) => {
      let c = -1;
      for (let j = 0; j < starts.length; j++) if (r.x >= starts[j]! - size * 0.6) c = j;
      return c;
    };
    // The body: the lines below, while none crosses into the next column (a heading, a paragraph across the page) and the gap
    // between them stays a table's.
    const body: Line[] = [];
    for (let k = i + 1; k < lines.length; k++) {
      const l = lines[k]!;
      const prev = body.at(-1) ?? lines[i]!;
      // (A heading after the table: set apart, or in a larger type.)
      if (prev.y - l.y > Math.max(size, prev.size) * 3 || (body.length > 0 && l.runs.some((r) => r.size > body[0]!.size * 1.15))) break;
      // (A heading in capitals, "EDUCATION", or the head of the next table ends it.)
      const own = lineText(l.runs);
      if (/^[\p{Lu}\s&/-]{3,}$/u.test(own) || (splitWide(l).length >= 2 && splitWide(l).every((p) => COLUMN_NAME.test(lineText(p.runs))))) break;
      if (l.runs.some((r) => column(r) < 0 || (column(r) + 1 < starts.length && r.x + r.width > starts[column(r) + 1]! + size * 0.3))) break;
      body.push(l);
    }
    if (body.length === 0) continue;
    const gaps = body.slice(1).map((l, k) => body[k]!.y - l.y);
    const least = Math.min(...gaps);
    const first = (l: Line) => lineText(l.runs.filter((r) => column(r) === 0));
    // Rows stand apart by more than a cell's lines (a table's padding); without such gaps, a row starts with its first cell,
    // unless that cell's line above left a range open ("10/2018 \u2013" / "04/2021": one cell wrapped).
    const padded = gaps.some((g) => g > least * 1.25);
    // With a column of dates, a row starts where a date does once the row's range is whole ("August 2017 \u2013 February" /
    // "2021" is one range wrapped; "March 2021 \u2013 Present" then "August 2017 \u2013 \u2026" two rows), whatever the gaps.
    const dateColumn = names.findIndex((n) => /^(?:period|dates?|years?|duration|zeitraum|p[\u00e9e]riode|periodo|okres)$/i.test(n));
    const dates = (l: Line) => lineText(l.runs.filter((r) => column(r) === dateColumn));
    const whole = (t: string) => findDateRanges(t).length > 0 && !opensRange(t) && !isMonthName(t.split(' ').at(-1)!);
    const rows: Line[][] = [[body[0]!]];
    body.slice(1).forEach((l, k) => {
      const above = rows.at(-1)!.map(first).filter(Boolean).at(-1) ?? '';
      const opens =
        dateColumn >= 0
          ? /\d/.test(dates(l)) && whole(rows.at(-1)!.map(dates).filter(Boolean).join(' '))
          : padded
            ? gaps[k]! > least * 1.25
            : first(l) !== '' && !opensRange(above);
      if (opens) rows.push([l]);
      else rows.at(-1)!.push(l);
    });
    // Every row opens with its first cell filled (a row's start, not a cell's last line); and some row's cells wrap (rows of one
    // line each read well by baseline already: left as they were).
    if (rows.some((row) => first(row[0]!) === '') || rows.every((row) => row.length === 1)) continue;
    if (dateColumn >= 0 && rows.some((row) => !whole(row.map(dates).filter(Boolean).join(' ')))) continue;
    out.push(...withStackedDates(lines.slice(from, i).flatMap(splitWide)));
    for (const n of head) out.push({ text: lineText(n.runs), y: lines[i]!.y, size });
    // A cell's right edge: the next column's start; the last column's, its widest line in the table.
    const edges = starts.map((_, j) => (j + 1 < starts.length ? starts[j + 1]! - size : Math.max(...body.flatMap((l) => l.runs.filter((r) => column(r) === j).map((r) => r.x + r.width)))));
    // A cell's lines: wrapped text goes on with a space (the line above had no room for the next one's first word: "Systems" /
    // "Administrator", "10/2018 \u2013" / "04/2021"); from a line set apart on (a town under a name, a bullet under a title), the
    // cell's lines stand below the row, each a line of its own, as they read before.
    const cellText = (row: Line[], j: number): [string, string[]] => {
      let text = '';
      let end = 0;
      const apart: string[] = [];
      for (const l of row) {
        const rs = l.runs.filter((r) => column(r) === j).sort((a, b) => a.x - b.x);
        if (rs.length === 0) continue;
        const t = lineText(rs);
        const word = t.split(' ')[0]!;
        const wordWidth = (rs[0]!.width * word.length) / Math.max(1, rs[0]!.str.trim().length);
        // (s57) "Schelde Logistiek" / "NV": a legal form alone on a cell's line ends the name above it (a cell too narrow for the whole).
        const wrapped = end + size * 0.25 + wordWidth > edges[j]! || opensRange(text) || (text !== '' && /^(?:NV|N\.V\.|BV|B\.V\.|vzw|GmbH|AG|AB|AS|ASA|Oy|Ltd\.?|Inc\.?|LLC|plc|S\.A\.|S\.L\.|S\.p\.A\.|S\.r\.l\.|SAS|SARL|sp\. z o\.o\.)$/.test(t.trim()));
        if (!text) text = t;
        else if (apart.length === 0 && wrapped) text = `${text} ${t}`;
        else if (wrapped) apart.push(`${apart.pop()!} ${t}`);
        else apart.push(t);
        end = Math.max(...rs.map((r) => r.x + r.width));
      }
      return [text, apart];
    };
    for (const row of rows) {
      const read = starts.map((_, j) => cellText(row, j));
      const cells = read.map(([t]) => t);
      // (A cell of prose: a column of duties, or words that run on.)
      const prose = (j: number) => /duties|responsibilities|description|tasks|achievements|t\u00e4tigkeit|^work$/i.test(names[j]!) || cells[j]!.split(' ').length > 8 || cells[j]!.includes(';');
      out.push({ text: cells.filter((c, j) => c && !prose(j)).join('\t'), y: row[0]!.y, size: row[0]!.size });
      cells.forEach((c, j) => {
        if (c && prose(j)) out.push({ text: c, y: row[0]!.y, size: row[0]!.size });
      });
      for (const [, apart] of read) for (const t of apart) out.push({ text: t, y: row[0]!.y, size: row[0]!.size });
    }
    from = i + 1 + body.length;
    i = from - 1;
  }
  out.push(...withStackedDates(lines.slice(from).flatMap(splitWide)));
  return out;
}

/**
 * A page's lines in reading order. With a gutter, lines that cross it (a
 * banner, a footer) stay where they are; between them, the left column's lines
 * come first, then the right column's.
 */
export function pageLines(page: PageRuns): Array<{ text: string; y: number; size: number }> {
  const judged = judgeBands(page);
  if (judged?.kind === 'labels' || judged?.kind === 'rows') return labelRows(page, judged.mid, judged.kind === 'labels');
  const gutter = judged?.kind === 'columns' ? judged.mid : null;
  if (gutter === null) return withTables(baselines(page.runs));
  const lines = baselines(page.runs);
  const out: Array<{ text: string; y: number; size: number }> = [];
  let left: Run[] = [];
  let right: Run[] = [];
  const flush = (): void => {
    out.push(...withStackedDates(toLines(left)), ...withStackedDates(toLines(right)));
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
