import { MAX_RESUME_BYTES, ResumeError } from './errors';
import { documentText, type PageRuns, type Run } from './layout';

/**
 * The part of pdf.js this module uses. The caller passes the module in: the
 * extension gives the browser build with its bundled worker, Node gives the
 * legacy build (see lib/cli/pdfjs-node.ts).
 */
export interface PdfJs {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    stopAtErrors?: boolean;
    verbosity?: number;
  }): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfPage {
  getTextContent(): Promise<{ items: unknown[] }>;
  getViewport(o: { scale: number }): { width: number; height: number };
}
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

export interface PdfText {
  text: string;
  pages: number;
}

/**
 * The text of a PDF, page by page, lines in reading order. Items on one
 * baseline form a line; a gap wider than a space inserts one. Bounded in time.
 */
export async function pdfToText(
  bytes: Uint8Array,
  pdfjs: PdfJs,
  o: { timeoutMs?: number; onPage?: (done: number, total: number) => void } = {},
): Promise<PdfText> {
  const timeoutMs = o.timeoutMs ?? 20_000;
  if (bytes.byteLength > MAX_RESUME_BYTES) throw new ResumeError('too-large');
  if (bytes.byteLength === 0) throw new ResumeError('empty');
  if (!startsWithPdfHeader(bytes)) throw new ResumeError('corrupt', 'no %PDF header');
  // pdf.js may take ownership of the buffer; keep the caller's bytes intact.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ResumeError('timeout')), timeoutMs);
  });
  try {
    return await Promise.race([read(task.promise, o.onPage), timeout]);
  } catch (e) {
    throw classify(e);
  } finally {
    clearTimeout(timer);
    void task.destroy().catch(() => undefined);
  }
}

async function read(loading: Promise<PdfDocument>, onPage?: (done: number, total: number) => void): Promise<PdfText> {
  const doc = await loading;
  const pages: PageRuns[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    pages.push({ width, height, runs: content.items.filter(isTextItem).map(toRun) });
    onPage?.(n, doc.numPages);
  }
  const text = documentText(pages);
  if (text.replace(/\s/g, '').length < 20) throw new ResumeError('image-only');
  return { text, pages: doc.numPages };
}

function isTextItem(x: unknown): x is TextItem {
  return typeof x === 'object' && x !== null && typeof (x as TextItem).str === 'string' && Array.isArray((x as TextItem).transform);
}

function toRun(it: TextItem): Run {
  const [a = 0, b = 0, , d = 0, e = 0, f = 0] = it.transform;
  return { str: it.str, x: e, y: f, width: it.width, size: Math.hypot(a, b) || Math.abs(d) || it.height || 10 };
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow a little junk; pdf.js allows 1024 bytes.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function classify(e: unknown): ResumeError {
  if (e instanceof ResumeError) return e;
  const name = (e as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return new ResumeError('encrypted');
  return new ResumeError('corrupt', name || undefined);
}
