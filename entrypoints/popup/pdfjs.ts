import type { PdfJs } from '@/lib/resume/pdf';

/** pdf.js for extension pages, loaded on first use, with its worker bundled (no remote code, CSP-safe). */
export async function loadBrowserPdfJs(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs as unknown as PdfJs;
}
