import type { PdfJs } from '../resume/pdf';

/** pdf.js for Node: the legacy build (the modern one wants browser globals). */
export async function loadNodePdfJs(): Promise<PdfJs> {
  const mod = await import('pdfjs-dist/legacy/build/pdf.mjs');
  mod.GlobalWorkerOptions.workerSrc ||= new URL(import.meta.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  return mod as unknown as PdfJs;
}
