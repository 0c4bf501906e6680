import { BLANK_OR_DAMAGED_PDF, DAMAGED_PDF, MAX_RESUME_BYTES, ResumeError } from './errors';
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
  /** pdf.js's operator codes (paintImageXObject, showText, …): tell a scan from a damaged file. */
  OPS?: Record<string, number>;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfPage {
  getTextContent(): Promise<{ items: unknown[] }>;
  getViewport(o: { scale: number }): { width: number; height: number };
  getOperatorList?(): Promise<{ fnArray: ArrayLike<number> }>;
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
  if (!startsWithPdfHeader(bytes)) throw new ResumeError('corrupt', NOT_A_PDF);
  // pdf.js may take ownership of the buffer; keep the caller's bytes intact.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ResumeError('timeout')), timeoutMs);
  });
  try {
    return await Promise.race([read(task.promise, o.onPage, () => readsStrictly(bytes, pdfjs), pdfjs.OPS), timeout]);
  } catch (e) {
    throw classify(e);
  } finally {
    clearTimeout(timer);
    void task.destroy().catch(() => undefined);
  }
}

async function read(
  loading: Promise<PdfDocument>,
  onPage: ((done: number, total: number) => void) | undefined,
  strict: () => Promise<boolean>,
  ops: Record<string, number> | undefined,
): Promise<PdfText> {
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
  if (text.replace(/\s/g, '').length < 20) throw await whyNoText(doc, text, strict, ops);
  return { text, pages: doc.numPages };
}

const IMAGE_OPS = ['paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject', 'paintImageXObjectRepeat', 'paintInlineImageXObjectGroup', 'paintImageMaskXObjectGroup', 'paintImageMaskXObjectRepeat', 'paintSolidColorImageMask'];
const TEXT_OPS = ['beginText', 'setFont', 'showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText'];
const SHAPE_OPS = ['constructPath', 'fill', 'eoFill', 'stroke', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke', 'closeStroke', 'shadingFill'];

/**
 * A PDF that gave (almost) no text is one of: a scan (its pages paint
 * images), a document whose words were turned into shapes (outlines: still no
 * text layer), or a damaged file — pdf.js recovers from damage quietly and
 * hands back pages with nothing on them, or text operators whose strings or
 * fonts it could not read. Calling damage "a scanned image" sends the user
 * looking for OCR they do not need.
 */
async function whyNoText(doc: PdfDocument, text: string, strict: () => Promise<boolean>, ops: Record<string, number> | undefined): Promise<ResumeError> {
  if (!(await strict())) return new ResumeError('corrupt', DAMAGED_PDF);
  if (!ops) return new ResumeError('image-only');
  const codes = (names: string[]) => new Set(names.map((n) => ops[n]).filter((c): c is number => c !== undefined));
  const [image, textOp, shape] = [codes(IMAGE_OPS), codes(TEXT_OPS), codes(SHAPE_OPS)];
  let sawText = false;
  let sawShape = false;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    if (!page.getOperatorList) return new ResumeError('image-only');
    const { fnArray } = await page.getOperatorList();
    for (let i = 0; i < fnArray.length; i++) {
      const f = fnArray[i]!;
      if (image.has(f)) return new ResumeError('image-only');
      if (textOp.has(f)) sawText = true;
      else if (shape.has(f)) sawShape = true;
    }
  }
  // A few characters read of a page that shows text: a PDF with a line or two, or damage that ate the rest.
  if (sawText && text.trim())
    return new ResumeError(
      'empty',
      'Fitmark could read almost no text in this PDF: it holds only a few words, or it is damaged. If your resume shows when you open it, save or print it again as a PDF and upload the new copy, or paste your resume as text.',
    );
  // Text operators whose text could not be read: the text is there, damaged.
  if (sawText) return new ResumeError('corrupt', DAMAGED_PDF);
  if (!sawShape) return new ResumeError('corrupt', BLANK_OR_DAMAGED_PDF);
  return new ResumeError('image-only');
}

/** Whether pdf.js reads every page without recovering from an error (it recovers silently otherwise). */
async function readsStrictly(bytes: Uint8Array, pdfjs: PdfJs): Promise<boolean> {
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true, verbosity: 0 });
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      await page.getOperatorList?.();
    }
    return true;
  } catch (e) {
    return (e as { name?: string } | null)?.name === 'PasswordException';
  } finally {
    void task.destroy().catch(() => undefined);
  }
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

const NOT_A_PDF =
  'This file is named .pdf but holds no PDF, so it could not be read: it is damaged, or another kind of file renamed. Open it on your computer and save it as a PDF again, or paste your resume as text.';

/** pdf.js names its errors (InvalidPDFException, PasswordException, …); each becomes the user's words. */
function classify(e: unknown): ResumeError {
  if (e instanceof ResumeError) return e;
  const name = (e as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return new ResumeError('encrypted');
  // InvalidPDFException (no document structure pdf.js can rebuild), FormatError, UnknownErrorException: damage.
  return new ResumeError('corrupt', DAMAGED_PDF);
}
