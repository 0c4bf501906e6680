import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNodePdfJs } from '@/lib/cli/pdfjs-node';
import { ResumeError } from '@/lib/resume/errors';
import { pdfToText } from '@/lib/resume/pdf';
import { readResumeBytes } from '@/lib/resume/read';
import { projectFixture, sharedPath, withoutShared } from '../helpers';

const bytes = (p: string) => new Uint8Array(readFileSync(p));
const read = (b: Uint8Array, name = 'resume.pdf') => readResumeBytes(b, name, loadNodePdfJs);
const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return e instanceof ResumeError ? e.code : `other: ${String(e)}`;
  }
};

describe('PDF resumes', () => {
  it('reads the text of a real PDF in line order', async () => {
    const { text, pages } = await pdfToText(bytes(projectFixture('sample-resume.pdf')), await loadNodePdfJs());
    expect(pages).toBe(1);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Sam Rivera');
    expect(text).toContain('Ran 40 EKS clusters on AWS');
    expect(lines.indexOf('Experience')).toBeLessThan(lines.indexOf('Skills'));
  });

  it.skipIf(withoutShared('resumes/sourabh_bajaj_resume.pdf'))('reads a real third-party resume', async () => {
    const { text } = await read(bytes(sharedPath('resumes/sourabh_bajaj_resume.pdf')));
    expect(text).toMatch(/Sourabh Bajaj/);
    expect(text.length).toBeGreaterThan(1500);
  });

  it('says an encrypted PDF is protected', async () => {
    expect(await code(read(bytes(projectFixture('encrypted.pdf'))))).toBe('encrypted');
  });

  it('says an image-only PDF has no text layer', async () => {
    expect(await code(read(bytes(projectFixture('image-only.pdf'))))).toBe('image-only');
  });

  it('says a truncated or fake PDF is corrupt', async () => {
    const whole = bytes(projectFixture('sample-resume.pdf'));
    expect(await code(read(whole.slice(0, 300)))).toBe('corrupt');
    expect(await code(read(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]), 'photo.pdf'))).toBe('corrupt');
  });

  it('refuses files over 10 MB before reading them', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode('%PDF-1.4'));
    expect(await code(read(big))).toBe('too-large');
  });

  it('reads a Word document', async () => {
    const r = await read(bytes(projectFixture('sample-resume.docx')), 'Sam Rivera.docx');
    expect(r.kind).toBe('docx');
    expect(r.text.split('\n')[0]).toBe('Sam Rivera');
    expect(r.text).toContain('Wrote Terraform modules for VPCs');
  });

  it('says a zip of something else named .docx is not a Word document, and refuses other zips', async () => {
    const zip = bytes(projectFixture('zip-renamed.docx'));
    const err = await read(zip, 'cv.docx').catch((e: ResumeError) => e);
    expect(err).toBeInstanceOf(ResumeError);
    expect((err as ResumeError).code).toBe('corrupt');
    expect((err as ResumeError).message).toMatch(/not a Word document/);
    expect(await code(read(zip, 'cv.zip'))).toBe('unsupported');
  });

  it.skipIf(withoutShared('resumes/jsonresume-sample.resume.json'))('reads a JSON Resume file into sections', async () => {
    const r = await read(bytes(sharedPath('resumes/jsonresume-sample.resume.json')), 'resume.json');
    expect(r.kind).toBe('json');
    const lines = r.text.split('\n');
    expect(lines).toContain('Experience');
    expect(lines).toContain('Skills');
    expect(r.text).toMatch(/HTML/);
  });

  it('reads text files and refuses binary ones', async () => {
    const ok = await read(new TextEncoder().encode('\uFEFFSkills\r\nTerraform, Go\r\n'), 'cv.txt');
    expect(ok).toEqual({ kind: 'text', text: 'Skills\nTerraform, Go' });
    expect(await code(read(new Uint8Array([0, 1, 2, 3, 0, 0, 5, 6, 7, 0, 0]), 'cv.txt'))).toBe('unsupported');
    expect(await code(read(new Uint8Array(0), 'cv.txt'))).toBe('empty');
  });
});
