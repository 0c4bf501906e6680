import { docxToText } from './docx';
import { MAX_RESUME_BYTES, ResumeError } from './errors';
import { jsonResumeToText, looksLikeJsonResume } from './json-resume';
import { pdfToText, type PdfJs } from './pdf';

export type ResumeKind = 'pdf' | 'docx' | 'json' | 'text';

export interface ReadResume {
  kind: ResumeKind;
  text: string;
  pages?: number;
}

/** Reads a resume file's bytes: PDF by its header, else UTF-8 text. Throws ResumeError with a user-facing message. */
export async function readResumeBytes(
  bytes: Uint8Array,
  fileName: string,
  loadPdfJs: () => Promise<PdfJs>,
  onPage?: (done: number, total: number) => void,
): Promise<ReadResume> {
  if (bytes.byteLength > MAX_RESUME_BYTES) throw new ResumeError('too-large');
  if (bytes.byteLength === 0) throw new ResumeError('empty');
  const lower = fileName.toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  // The bytes decide, not the name: a .png renamed .pdf is not a PDF.
  if (head.startsWith('%PDF-') || lower.endsWith('.pdf')) {
    const { text, pages } = await pdfToText(bytes, await loadPdfJs(), { onPage });
    return { kind: 'pdf', text, pages };
  }
  if (head.startsWith('PK\u0003\u0004')) {
    if (!lower.endsWith('.docx')) throw new ResumeError('unsupported', 'a zip archive');
    return { kind: 'docx', text: normalizeResumeText(await docxToText(bytes)) };
  }
  if (/\.(docx|doc|odt|rtf|pages|png|jpe?g|gif|webp|heic)$/.test(lower)) throw new ResumeError('unsupported');
  const text = textFromBytes(bytes);
  if (lower.endsWith('.json') || looksLikeJsonResume(text)) {
    try {
      return { kind: 'json', text: normalizeResumeText(jsonResumeToText(text)) };
    } catch (e) {
      if (e instanceof ResumeError) throw e;
      throw new ResumeError('unsupported', 'not a JSON Resume file');
    }
  }
  return { kind: 'text', text };
}

export function textFromBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ResumeError('unsupported', 'not UTF-8 text');
  }
  // Control characters other than tab and line breaks mean a binary file.
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > Math.max(2, text.length / 1000)) throw new ResumeError('unsupported', 'binary data');
  return normalizeResumeText(text);
}

export function normalizeResumeText(text: string): string {
  const t = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  if (!t) throw new ResumeError('empty');
  return t;
}
