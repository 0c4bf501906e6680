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
    throw new ResumeError(
      'corrupt',
      /document\.xml|Could not find|end of central directory|zip/i.test(msg)
        ? 'This file is named .docx but is not a Word document inside, so it could not be read. Open it in your word processor and save it as .docx again, or paste your resume as text.'
        : 'This Word document is damaged, so Fitmark could not read it. If it opens on your computer, save a new copy and upload that, or paste your resume as text.',
    );
  }
  // mammoth separates paragraphs with blank lines; one line break reads better.
  return result.value.replace(/\n{2,}/g, '\n').trim();
}
