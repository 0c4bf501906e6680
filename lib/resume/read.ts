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

/** Reads a resume file's bytes: PDF or Word by their headers, else text in its encoding. Throws ResumeError with a user-facing message. */
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
    if (!lower.endsWith('.docx')) throw new ResumeError('unsupported', `${UNSUPPORTED_PREFIX} This file is a zip archive; upload the resume inside it.`);
    return { kind: 'docx', text: normalizeResumeText(await docxToText(bytes)) };
  }
  if (/\.(docx|doc|odt|rtf|pages|png|jpe?g|gif|webp|heic)$/.test(lower)) throw new ResumeError('unsupported');
  const text = textFromBytes(bytes);
  if (lower.endsWith('.json')) return { kind: 'json', text: normalizeResumeText(jsonResumeToText(text)) };
  // A text file that merely starts like a JSON Resume but is not one is read as the text it is.
  if (looksLikeJsonResume(text)) {
    try {
      return { kind: 'json', text: normalizeResumeText(jsonResumeToText(text)) };
    } catch {
      /* read as text below */
    }
  }
  return { kind: 'text', text };
}

/** The encodings a text resume comes in: UTF-8 (with or without BOM), UTF-16 (Windows Notepad's "Unicode"), and the Western single-byte one. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Decodes a text file. A byte-order mark decides first; then UTF-16 without
 * one is known by its zero bytes (ASCII text in UTF-16 has one in every
 * pair); then strict UTF-8, which almost never accepts text in another
 * encoding by accident; else windows-1252 (what browsers read as "Latin-1",
 * and what Windows saves as "ANSI" in the West).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const body = a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes;
  const utf16 = utf16WithoutBom(body);
  if (utf16) return { text: new TextDecoder(utf16).decode(body), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/** What Windows-1252 puts at 0x80–0x9F (where ISO-8859-1 has control characters); the five it leaves undefined stay as they are. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Windows-1252. Browsers' TextDecoder does it, but Node's (the command line,
 * the tests) decodes 0x80–0x9F as ISO-8859-1's control characters, losing
 * "—", "€" and curly quotes: those 32 are mapped here.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** UTF-16 without a byte-order mark: zero bytes on one side of most pairs, almost none on the other. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

export function textFromBytes(bytes: Uint8Array): string {
  const { text } = decodeText(bytes);
  // Control characters other than tab and line breaks mean a binary file.
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > Math.max(2, text.length / 1000)) throw new ResumeError('unsupported', `${UNSUPPORTED_PREFIX} This file holds binary data, not text.`);
  return normalizeResumeText(text);
}

const UNSUPPORTED_PREFIX = 'Fitmark reads PDF, Word (.docx), JSON Resume and plain-text resumes.';

export function normalizeResumeText(text: string): string {
  const t = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  if (!t) throw new ResumeError('empty');
  return t;
}
