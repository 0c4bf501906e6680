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
  it.skipIf(withoutShared(DEEDY))('keeps each Deedy column whole and in order', async () => {
    const { text } = await pdfToText(new Uint8Array(readFileSync(sharedPath(DEEDY))), await loadNodePdfJs());
    // A bullet from the right column reads whole, across its line break, with nothing from the left column inside.
    expect(text).toContain('• Full-stack developer - Wrote and reviewed code for JS using Backbone, Jade,\nStylus and Require and Scala using Play');
    // The left column's list is contiguous.
    expect(text).toContain('Java • Shell • Python • Javascript\nOCaml • Matlab • Rails • LATEX');
    // Left column (education) comes before the right (experience), each heading once.
    expect(text.indexOf('EDUCATION')).toBeLessThan(text.indexOf('EXPERIENCE'));
    expect(text.indexOf('MENG IN COMPUTER SCIENCE')).toBeLessThan(text.indexOf('EXPERIENCE'));
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
