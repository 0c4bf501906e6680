import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { analyzeResume } from '@/lib/analyze';
import { createService, type SaveReply } from '@/lib/background/service';
import { loadNodePdfJs } from '@/lib/cli/pdfjs-node';
import { openDb } from '@/lib/db';
import { ResumeError } from '@/lib/resume/errors';
import { clipFileName, clipNotice, clipResumeText, MAX_RESUME_CHARS, MAX_RESUME_NAME } from '@/lib/resume/limits';
import { decodeText, readResumeBytes } from '@/lib/resume/read';
import { bundled } from '@/lib/skills/taxonomy';
import { projectFixture, quietHost } from '../helpers';

const read = (b: Uint8Array, name: string) => readResumeBytes(b, name, loadNodePdfJs);
async function failure(p: Promise<unknown>): Promise<ResumeError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ResumeError) return e;
    throw e;
  }
  throw new Error('expected a ResumeError, got a result');
}

/** The sample text, with letters outside ASCII in the Western range, and a skill to find. */
const SAMPLE = 'José Müller — naïve café\r\nSkills: Kubernetes, Terraform\r\n';
const EXPECTED = 'José Müller — naïve café\nSkills: Kubernetes, Terraform';

// Real bytes, written by hand as each editor writes them (not by the decoder under test).
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array(le);
};
const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const BOM8 = new Uint8Array([0xef, 0xbb, 0xbf]);
const BOM16LE = new Uint8Array([0xff, 0xfe]);
const BOM16BE = new Uint8Array([0xfe, 0xff]);
/** Windows-1252 ("ANSI" in Notepad): é E9, ü FC, ï EF, — 97 (a byte that is a C1 control in ISO-8859-1). */
const CP1252 = new Uint8Array([
  ...Buffer.from('Jos', 'latin1'), 0xe9, 0x20, 0x4d, 0xfc, ...Buffer.from('ller ', 'latin1'), 0x97,
  ...Buffer.from(' na', 'latin1'), 0xef, ...Buffer.from('ve caf', 'latin1'), 0xe9,
  ...Buffer.from('\r\nSkills: Kubernetes, Terraform\r\n', 'latin1'),
]);

describe('text resumes in every encoding an editor saves', () => {
  it.each([
    ['UTF-8', utf8(SAMPLE), 'utf-8'],
    ['UTF-8 with BOM', cat(BOM8, utf8(SAMPLE)), 'utf-8'],
    ['UTF-16 LE with BOM (Notepad "Unicode")', cat(BOM16LE, utf16le(SAMPLE)), 'utf-16le'],
    ['UTF-16 BE with BOM', cat(BOM16BE, utf16be(SAMPLE)), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16le(SAMPLE), 'utf-16le'],
    ['Windows-1252 (Notepad "ANSI")', CP1252, 'windows-1252'],
  ])('%s reads to the same text, and its skills are found', async (_, bytes, encoding) => {
    expect(decodeText(bytes).encoding).toBe(encoding);
    const r = await read(bytes, 'cv.txt');
    expect(r).toEqual({ kind: 'text', text: EXPECTED });
    const skills = analyzeResume(bundled(), 'cv.txt', r.text).skills.map((s) => s.id);
    expect(skills).toEqual(expect.arrayContaining(['kubernetes', 'terraform']));
  });

  it('maps the Windows-1252 bytes 0x80–0x9F to their characters (€, curly quotes, dashes), not to control characters', () => {
    const bytes = new Uint8Array([0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0x91, 0x73, 0x92, 0x20, 0x96, 0x20, 0x97, 0x20, 0x85, 0x20, 0x99]);
    expect(decodeText(bytes)).toEqual({ text: '€ “q” ‘s’ – — … ™', encoding: 'windows-1252' });
  });

  it('reads ISO-8859-1 (Latin-1) as the Western letters it holds', async () => {
    const bytes = new Uint8Array(Buffer.from('Renée Faßbender, Zürich\nKubernetes', 'latin1'));
    expect((await read(bytes, 'cv.txt')).text).toBe('Renée Faßbender, Zürich\nKubernetes');
  });

  it('keeps strict UTF-8 for text that is UTF-8, even where Windows-1252 would also decode it', () => {
    // "é" in UTF-8 is C3 A9, which Windows-1252 would read as "Ã©": UTF-8 is tried first and fits.
    expect(decodeText(utf8('café')).text).toBe('café');
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xc3, 0xa9])).encoding).toBe('utf-8');
    // A lone E9 is not UTF-8: the fallback reads it.
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).text).toBe('café');
  });

  it('reads a JSON Resume saved as UTF-16 with a BOM', async () => {
    const json = JSON.stringify({ basics: { name: 'José Müller' }, skills: [{ name: 'Cloud', keywords: ['Kubernetes'] }] });
    const r = await read(cat(BOM16LE, utf16le(json)), 'resume.json');
    expect(r.kind).toBe('json');
    expect(r.text).toBe('José Müller\nSkills\nCloud: Kubernetes');
  });

  it('still refuses binary files and empty ones, whatever their name', async () => {
    expect((await failure(read(new Uint8Array([0, 1, 2, 3, 0, 0, 5, 6, 7, 0, 0, 9, 0, 4]), 'cv.txt'))).message).toMatch(/binary data, not text/);
    expect((await failure(read(cat(BOM16LE, utf16le('  \r\n ')), 'cv.txt'))).code).toBe('empty');
  });
});

describe('error messages say what is wrong', () => {
  it.each([
    ['an object of another shape', '{"name": "José", "items": [1, 2, 3]}'],
    ['an array', '[{"work": "x"}]'],
    ['the parts with the wrong types', '{"basics": "José", "work": "lots of it", "skills": 42}'],
    ['empty parts', '{"basics": {}, "work": [{}], "skills": []}'],
  ])('a .json file holding %s is not in the JSON Resume format (not "holds no text")', async (_, json) => {
    const e = await failure(read(utf8(json), 'resume.json'));
    expect(e.code).toBe('not-json-resume');
    expect(e.message).toMatch(/not in the JSON Resume format/);
    expect(e.message).not.toMatch(/holds no text/);
  });

  it('a .json file cut short is damaged: not valid JSON', async () => {
    const e = await failure(read(utf8('{"basics": {"name": "José"}, "work": [{"position": "SRE"'), 'resume.json'));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/damaged: it is not valid JSON/);
  });

  it('a text file that only starts like a JSON Resume is read as text', async () => {
    const r = await read(utf8('{"skills": are what I list below}\nKubernetes, Terraform'), 'notes.txt');
    expect(r.kind).toBe('text');
    expect(r.text).toContain('Kubernetes');
  });

  const pdfBytes = (p: string) => new Uint8Array(readFileSync(projectFixture(p)));
  /** Flips bits the way a failing disk or a broken download does (the seeds are ones pdf.js used to read as "no text": a scan). */
  function flipped(bytes: Uint8Array, seed: number): Uint8Array {
    const out = bytes.slice();
    for (let i = 0; i < 12; i++) {
      const at = (seed * (i + 7) * 40503) % out.length;
      out[at] = out[at]! ^ (1 << (i % 8));
    }
    return out;
  }

  it.each([4, 10, 11, 16, 19, 20, 21, 24, 49, 56, 59])('a bit-flipped PDF (seed %i) is called damaged, not a scanned image', async (seed) => {
    const e = await failure(read(flipped(pdfBytes('sample-resume.pdf'), seed), 'cv.pdf'));
    expect(e.code).not.toBe('image-only');
    expect(e.message).toMatch(/damaged/);
    expect(e.message).not.toMatch(/scanned|no text layer/);
  });

  it('a truncated PDF is damaged', async () => {
    const whole = pdfBytes('sample-resume.pdf');
    for (const cut of [300, Math.floor(whole.length / 2), whole.length - 40]) {
      const e = await failure(read(whole.slice(0, cut), 'cv.pdf'));
      expect(e.message, `cut at ${cut}`).toMatch(/damaged/);
    }
  });

  it('a scanned PDF (a valid file whose page is an image, with no text) has no text layer', async () => {
    const e = await failure(read(scannedPdf(), 'scan.pdf'));
    expect(e.code).toBe('image-only');
    expect(e.message).toMatch(/no text layer: it is a scanned image/);
  });

  it('a PDF whose words were turned into shapes has no text layer either', async () => {
    expect((await failure(read(pdfBytes('image-only.pdf'), 'cv.pdf'))).code).toBe('image-only');
  });

  it('a valid PDF with a blank page says it shows nothing, not that it is a scan', async () => {
    const e = await failure(read(pdfWith('', ''), 'blank.pdf'));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/shows nothing Fitmark can read: its pages are blank, or the file is damaged/);
  });

  it('an encrypted PDF says it is protected by a password', async () => {
    const e = await failure(read(pdfBytes('encrypted.pdf'), 'cv.pdf'));
    expect(e.code).toBe('encrypted');
    expect(e.message).toMatch(/protected by a password/);
  });

  it('a file named .pdf that is not one says so', async () => {
    const e = await failure(read(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'photo.pdf'));
    expect(e.message).toMatch(/named \.pdf but holds no PDF/);
  });

  it('a zip named .docx is not a Word document; a damaged .docx says damaged', async () => {
    expect((await failure(read(pdfBytes('zip-renamed.docx'), 'cv.docx'))).message).toMatch(/not a Word document/);
    const docx = pdfBytes('sample-resume.docx');
    expect((await failure(read(docx.slice(0, Math.floor(docx.length * 0.6)), 'cv.docx'))).message).toMatch(/damaged|not a Word document/);
  });
});

/** A minimal valid PDF: one page with the given content stream and resources. */
function pdfWith(content: string, resources: string, extra: string[] = []): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << ${resources} >> /Contents 4 0 R >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...extra,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** What a scanner writes: the page is one image (8×8 grey pixels here), drawn over the whole page, and no text. */
function scannedPdf(): Uint8Array {
  const pixels = Buffer.alloc(64, 0x80).toString('latin1');
  return pdfWith('q 612 0 0 792 0 0 cm /Im1 Do Q', '/XObject << /Im1 5 0 R >>', [
    `<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n${pixels}\nendstream`,
  ]);
}

describe('sizes within the advertised 10 MB', () => {
  it('clips text beyond what is kept at a line break, and says how much', () => {
    const line = 'Kubernetes and Terraform on AWS, every day.\n';
    const text = line.repeat(Math.ceil(5_000_000 / line.length));
    const { text: kept, clipped } = clipResumeText(text);
    expect(kept.length).toBeLessThanOrEqual(MAX_RESUME_CHARS);
    expect(kept.length).toBeGreaterThan(MAX_RESUME_CHARS - 1000);
    expect(kept.endsWith('every day.')).toBe(true);
    expect(clipped).toEqual({ kept: kept.length, total: text.length });
    expect(clipNotice({ name: 'cv.txt', clipped, nameClipped: false })).toBe(
      `This resume is ${text.length.toLocaleString('en-US')} characters long; Fitmark keeps the first ${kept.length.toLocaleString('en-US')} and left the rest out of the match.`,
    );
  });

  it('keeps a text within the limit whole, and never cuts a character in two', () => {
    const exact = 'a'.repeat(MAX_RESUME_CHARS);
    expect(clipResumeText(exact)).toEqual({ text: exact, clipped: null });
    const emoji = '😀'.repeat(10); // 20 UTF-16 units
    const r = clipResumeText(emoji, 7);
    expect(r.text).toBe('😀😀😀');
    expect(r.clipped).toEqual({ kept: 6, total: 20 });
  });

  it('clips a 261-character file name to fit, keeping its extension', () => {
    const name = `${'Senior Site Reliability Engineer resume '.repeat(7).slice(0, 257)}.pdf`;
    expect(name).toHaveLength(261);
    const clipped = clipFileName(name);
    expect(clipped).toHaveLength(MAX_RESUME_NAME);
    expect(clipped.endsWith('….pdf')).toBe(true);
    expect(name.startsWith(clipped.slice(0, 150))).toBe(true);
    expect(clipFileName('cv.pdf')).toBe('cv.pdf');
    // No extension to keep: the name is cut and marked.
    const plain = clipFileName('x'.repeat(300));
    expect(plain).toHaveLength(MAX_RESUME_NAME);
    expect(plain.endsWith('x…')).toBe(true);
    expect(clipNotice({ name: clipped, clipped: null, nameClipped: true })).toBe(`Its file name was too long, so it is saved as “${clipped}”.`);
  });

  it('reads a 5 MB text file whole (within 10 MB), leaving clipping to what is kept', async () => {
    const bytes = utf8('Skills: Kubernetes, Terraform\n'.repeat(Math.ceil((5 * 1024 * 1024) / 30)));
    expect(bytes.length).toBeGreaterThan(5 * 1024 * 1024);
    const r = await read(bytes, 'big.txt');
    expect(r.kind).toBe('text');
    expect(r.text.length).toBeGreaterThan(5_000_000);
  });
});

describe('saving big resumes through the background', () => {
  async function service() {
    const db = openDb(`big-${Math.random()}`, new IDBFactory(), IDBKeyRange);
    return { db, s: createService(db, bundled, quietHost()) };
  }
  type Reply = { ok: true; value: SaveReply } | { ok: false; error: string };

  it('a 5 MB .txt is saved, its text clipped to what is kept, and the reply says how much', async () => {
    const { db, s } = await service();
    const bytes = utf8('Skills: Kubernetes, Terraform\n'.repeat(Math.ceil((5 * 1024 * 1024) / 30)));
    const { kind, text } = await read(bytes, 'big.txt');
    const reply = (await s.handle({ type: 'resume.save', name: 'big.txt', kind, text, size: bytes.length }, {})) as Reply;
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.value.clipped).toEqual({ kept: expect.any(Number), total: text.length });
    expect(reply.value.clipped!.kept).toBeLessThanOrEqual(MAX_RESUME_CHARS);
    expect(reply.value.skills.map((x) => x.id)).toEqual(expect.arrayContaining(['kubernetes', 'terraform']));
    const [saved] = await db.resumes.toArray();
    expect(saved!.text.length).toBe(reply.value.clipped!.kept);
    expect(clipNotice(reply.value)).toMatch(/^This resume is 5,2\d\d,\d\d\d characters long; Fitmark keeps the first 1,99\d,\d\d\d and left the rest/);
  });

  it('a 2-million-character paste is saved whole', async () => {
    const { db, s } = await service();
    const text = 'Kubernetes and Terraform. '.repeat(MAX_RESUME_CHARS / 26 + 1).slice(0, MAX_RESUME_CHARS);
    const reply = (await s.handle({ type: 'resume.save', name: 'Pasted resume', kind: 'paste', text, size: text.length }, {})) as Reply;
    expect(reply.ok && reply.value.clipped).toBe(null);
    expect((await db.resumes.toArray())[0]!.text).toBe(text);
  });

  it('a 261-character file name is saved clipped, extension kept; the same file again replaces it', async () => {
    const { db, s } = await service();
    const name = `${'Senior Site Reliability Engineer resume '.repeat(7).slice(0, 257)}.txt`;
    const save = async (text: string) => (await s.handle({ type: 'resume.save', name, kind: 'text', text, size: text.length }, {})) as Reply;
    const first = await save('Terraform');
    if (!first.ok) throw new Error(first.error);
    expect(first.value.nameClipped).toBe(true);
    expect(first.value.name).toHaveLength(MAX_RESUME_NAME);
    expect(first.value.name.endsWith('….txt')).toBe(true);
    expect(clipNotice(first.value)).toBe(`Its file name was too long, so it is saved as “${first.value.name}”.`);
    const second = await save('Kubernetes');
    expect(second.ok && second.value.id).toBe(first.value.id);
    expect((await db.resumes.toArray()).map((r) => r.text)).toEqual(['Kubernetes']);
  });
});
