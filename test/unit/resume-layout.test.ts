import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeResume } from '@/lib/analyze';
import { loadNodePdfJs } from '@/lib/cli/pdfjs-node';
import { documentText, findGutter, lineText, type PageRuns, type Run } from '@/lib/resume/layout';
import { pdfToText } from '@/lib/resume/pdf';
import { bundled } from '@/lib/skills/taxonomy';
import { sharedPath, withoutShared } from '../helpers';

const DEEDY = 'resumes/OpenFonts__deedy_resume-openfont.pdf';
const MODERNCV_STYLES = ['banking_red', 'casual_orange', 'classic_green-right', 'classic_green', 'fancy_purple', 'oldstyle_grey'];
const moderncv = (style: string) => `resumes/moderncv__template_${style}.pdf`;
const LETTER = 'resumes/examples__coverletter.pdf';
const RESUME = 'resumes/examples__resume.pdf';

/** Runs for lines of text at x, from the top of a 600×800 page, 12 units apart. */
function column(x: number, top: number, lines: string[], size = 10): Run[] {
  return lines.map((str, i) => ({ str, x, y: top - i * 12, width: str.length * size * 0.5, size }));
}

describe('layout', () => {
  it('rebuilds a word that kerning split into runs, and keeps real spaces', () => {
    expect(lineText([{ str: 'Kuber', x: 0, y: 0, width: 25, size: 10 }, { str: 'netes', x: 25.5, y: 0, width: 25, size: 10 }, { str: 'on', x: 54, y: 0, width: 10, size: 10 }])).toBe('Kubernetes on');
  });

  it('reads two columns one after the other, never interleaved', () => {
    const left = column(40, 700, ['EDUCATION', 'State University', 'BS in Computer Science', 'SKILLS', 'Go • Rust • Python', 'Terraform']);
    const right = column(260, 700, ['EXPERIENCE', 'Acme | Site Reliability Engineer', 'Ran Kubernetes clusters for forty teams', 'and cut paging by half with better alerts.', 'Beta | Systems Engineer', 'Automated Linux fleet patching.']);
    const page: PageRuns = { width: 600, height: 800, runs: [...column(40, 760, ['Alex Doe — alex@example.org — a banner line that spans the page']), ...left, ...right] };
    expect(findGutter(page)).not.toBeNull();
    const lines = documentText([page]).split('\n');
    expect(lines[0]).toMatch(/^Alex Doe/);
    expect(lines.slice(1, 7)).toEqual(['EDUCATION', 'State University', 'BS in Computer Science', 'SKILLS', 'Go • Rust • Python', 'Terraform']);
    expect(lines.slice(7)).toEqual(['EXPERIENCE', 'Acme | Site Reliability Engineer', 'Ran Kubernetes clusters for forty teams', 'and cut paging by half with better alerts.', 'Beta | Systems Engineer', 'Automated Linux fleet patching.']);
  });

  it('finds no column in a one-column page with right-aligned dates', () => {
    const runs: Run[] = [];
    for (let i = 0; i < 14; i++) {
      runs.push({ str: `Did a thing with systems and services number ${i}, at some length`, x: 40, y: 700 - i * 12, width: 330, size: 10 });
      if (i % 3 === 0) runs.push({ str: '2019 – 2021', x: 500, y: 700 - i * 12, width: 50, size: 10 });
    }
    expect(findGutter({ width: 600, height: 800, runs })).toBeNull();
  });

  it('reads a title and its right-aligned dates as one job, not a column of dates after the page (session 31)', () => {
    // Short job lines leave a free band between the titles and their dates; the dates sit each on its title's baseline.
    const runs: Run[] = [];
    const jobs: Array<[string, string]> = [['Senior Site Reliability Engineer', 'Mar 2020 – Present'], ['Site Reliability Engineer', 'Jan 2017 – Feb 2020'], ['Linux Administrator', 'Aug 2014 – Dec 2016'], ['BSc Computer Engineering, Bergen', '2011 – 2014']];
    jobs.forEach(([title, dates], k) => {
      const y = 700 - k * 60;
      runs.push({ str: title, x: 40, y, width: title.length * 5, size: 10 }, { str: dates, x: 470, y, width: 90, size: 10 });
      runs.push(...column(40, y - 12, ['Nordlys Energy, Oslo', 'Ran the fleet and its alerts well', 'Wrote the runbooks for on-call']));
    });
    expect(findGutter({ width: 600, height: 800, runs })).toBeNull();
    const lines = documentText([{ width: 600, height: 800, runs }]).split('\n');
    expect(lines.slice(0, 2)).toEqual(['Senior Site Reliability Engineer', 'Mar 2020 – Present']);
  });

  it('joins a span of dates stacked over three lines beside a job into one line where it starts', () => {
    const runs: Run[] = [];
    const jobs: Array<[string, string, string]> = [['Backend Lead, Lisboa Pay', 'Jan 2021', 'Present'], ['Backend Engineer, Porto Ride', 'Mar 2018', 'Dec 2020'], ['Software Developer, Coimbra Labs', 'Sep 2016', 'Feb 2018']];
    jobs.forEach(([title, from, to], k) => {
      const y = 700 - k * 60;
      runs.push(...column(40, y, [title, 'Led engineers building payment services in Java', 'Introduced contract tests and on-call reviews']));
      runs.push(...column(520, y, [from, '–', to]));
    });
    const lines = documentText([{ width: 600, height: 800, runs }]).split('\n');
    expect(lines.slice(0, 2)).toEqual(['Backend Lead, Lisboa Pay', 'Jan 2021 – Present']);
    expect(lines).toContain('Sep 2016 – Feb 2018');
    expect(lines).not.toContain('–');
  });

  it('keeps whole spans of dates on rows one line apart apart: each job keeps its own', () => {
    const runs: Run[] = [];
    const rows: Array<[string, string]> = [['2019 – present', 'Platform Engineer, Acme'], ['2016 – 2019', 'DevOps Engineer, Beta Health'], ['2013 – 2016', 'Systems Administrator, Gamma IT']];
    rows.forEach(([dates, title], k) => runs.push({ str: dates, x: 40, y: 700 - k * 14, width: 60, size: 10 }, { str: title, x: 160, y: 700 - k * 14, width: 200, size: 10 }));
    runs.push(...column(40, 600, ['Prose about the work, long enough to cross the page', 'More prose about the work, long enough to cross', 'And a third line of prose about the work done']));
    const lines = documentText([{ width: 600, height: 800, runs }]).split('\n');
    expect(lines.slice(0, 4)).toEqual(['2019 – present', 'Platform Engineer, Acme', '2016 – 2019', 'DevOps Engineer, Beta Health']);
  });

  it('reads a sidebar of short lines (contact, skills, school) apart from the main column beside it', () => {
    const side = column(40, 740, ['Alex Moreno', 'CONTACT', 'alex@example.org', 'Sevilla, Spain', 'SKILLS', 'Kubernetes, Helm', 'Terraform, AWS', 'Go, Python', 'LANGUAGES', 'Spanish', 'English', 'EDUCATION', 'BSc Computer Science', '2012 – 2016'], 10).map((r, i) => ({ ...r, y: 740 - i * 40 }));
    const main = column(230, 735, ['EXPERIENCE', 'Platform Engineer, Kestrel Logistics', 'Built an internal platform on EKS for eighty services', 'Terraform modules for fourteen AWS accounts', 'DevOps Engineer, Bluefin Media', 'Moved forty services from VMs to Kubernetes']);
    const page: PageRuns = { width: 600, height: 800, runs: [...side, ...main] };
    expect(findGutter(page)).not.toBeNull();
    const lines = documentText([page]).split('\n');
    expect(lines.indexOf('EXPERIENCE')).toBe(side.length);
  });

  it('drops page numbers and keeps a repeated header once', () => {
    const page = (n: number): PageRuns => ({
      width: 600,
      height: 800,
      runs: [...column(40, 780, ['Alex Doe — Resume']), ...column(40, 600, [`Body of page ${n}`]), { str: `${n}/2`, x: 300, y: 20, width: 15, size: 9 }],
    });
    expect(documentText([page(1), page(2)])).toBe('Alex Doe — Resume\nBody of page 1\n\nBody of page 2');
  });
});

describe('real resumes', () => {
  // Checked against the PDF's own text runs, not against quoted lines (../shared's text stays there):
  // every run is the header (above the first left-column heading), the left column or the right one.
  it.skipIf(withoutShared(DEEDY))('keeps each Deedy column whole and in order', async () => {
    const pdfjs = await loadNodePdfJs();
    const bytes = new Uint8Array(readFileSync(sharedPath(DEEDY)));
    const { text } = await pdfToText(bytes.slice(), pdfjs);
    const doc = await pdfjs.getDocument({ data: bytes.slice() }).promise;
    const runs = (await (await doc.getPage(1)).getTextContent()).items as Array<{ str: string; transform: number[] }>;
    await doc.destroy();
    const GUTTER = 190; // the left column's runs start left of it, the right column's right of it (page width 612)
    const left = runs.filter((r) => r.transform[4]! < GUTTER);
    const headingTop = Math.max(...left.filter((r) => /^[A-Z]{4,}$/.test(r.str.trim())).map((r) => r.transform[5]!));
    const where = new Map<string, Set<string>>();
    const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}+#]+/gu) ?? [];
    for (const r of runs) {
      const part = r.transform[5]! > headingTop + 1 ? 'H' : r.transform[4]! < GUTTER ? 'L' : 'R';
      for (const w of words(r.str)) (where.get(w) ?? where.set(w, new Set()).get(w)!).add(part);
    }
    // Each line read, by the parts its words belong to (words found in more than one part say nothing).
    const lines = text.split('\n').map((l) => [...new Set(words(l).flatMap((w) => (where.get(w)?.size === 1 ? [...where.get(w)!] : [])))].join(''));
    expect(lines.filter((l) => l.length > 1), 'lines that mix parts of the page').toEqual([]);
    const order = lines.filter(Boolean).join('');
    expect(order, 'header, then the whole left column, then the whole right column').toMatch(/^H+L{20,}R{20,}$/);
    // Left column (education) comes before the right (experience), each heading once.
    expect(text.indexOf('EDUCATION')).toBeLessThan(text.indexOf('EXPERIENCE'));
    expect(text.split('EXPERIENCE')).toHaveLength(2);
  });

  // The template names no real skill (its skills are placeholders), so comparing skill sets across styles
  // proves nothing; each style must still read as a resume, with its experience found.
  const asResume = async (style: string) => {
    const { text } = await pdfToText(new Uint8Array(readFileSync(sharedPath(moderncv(style)))), await loadNodePdfJs());
    expect(text, style).toContain('John Doe');
    expect(text, style).not.toMatch(/^\d\/4$/m); // page numbers dropped
    const r = analyzeResume(bundled(), style, text);
    expect(r.warning, style).toBeNull();
    expect(r.sections.map((x) => x.kind), style).toContain('experience');
  };

  it.skipIf(withoutShared(...MODERNCV_STYLES.map(moderncv)))('reads five moderncv styles of one template as a resume, without page numbers', async () => {
    for (const s of MODERNCV_STYLES.filter((x) => x !== 'fancy_purple')) await asResume(s);
  });

  // Known weakness, kept visible: this style's headings are not found, so it reads as a letter. Flips when fixed.
  it.skipIf(withoutShared(moderncv('fancy_purple'))).fails('reads the fancy_purple moderncv style as a resume', () => asResume('fancy_purple'));

  it.skipIf(withoutShared(LETTER, RESUME))('accepts the cover letter but flags it as not a resume', async () => {
    const { text } = await pdfToText(new Uint8Array(readFileSync(sharedPath(LETTER))), await loadNodePdfJs());
    expect(analyzeResume(bundled(), 'letter', text).warning).toMatch(/reads like a letter/);
    const r = await pdfToText(new Uint8Array(readFileSync(sharedPath(RESUME))), await loadNodePdfJs());
    expect(analyzeResume(bundled(), 'resume', r.text).warning).toBeNull();
  });
});
