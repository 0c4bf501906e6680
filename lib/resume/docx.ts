import { ResumeError } from './errors';

/** The text of a .docx, paragraphs on their own lines, via mammoth (loaded on first use). */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const ab = bytes.slice().buffer;
  let result: { value: string };
  try {
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`.
    result = await mammoth.extractRawText({ buffer: ab, arrayBuffer: ab } as unknown as { arrayBuffer: ArrayBuffer });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new ResumeError('corrupt', /document\.xml|Could not find|end of central directory|zip/i.test(msg) ? 'not a Word document' : msg.slice(0, 80));
  }
  // mammoth separates paragraphs with blank lines; one line break reads better.
  return result.value.replace(/\n{2,}/g, '\n').trim();
}
