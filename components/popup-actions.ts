import type { PendingImport } from './DataControls';
import type { ResumeActions } from './ResumeManager';
import type { PageAsk } from '@/lib/protocol';
import { saveNotice } from '@/lib/resume/limits';
import type { PdfJs } from '@/lib/resume/pdf';
import { readResumeBytes } from '@/lib/resume/read';

/**
 * What the popup's buttons do, over the one typed client: the popup passes the
 * browser's messaging and pdf.js build, the component tests the real background
 * service and Node's pdf.js — the same code either way.
 */
export function resumeActions(ask: PageAsk, loadPdfJs: () => Promise<PdfJs>): ResumeActions {
  return {
    async upload(file, progress) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const read = await readResumeBytes(bytes, file.name, loadPdfJs, (done, total) => progress(`Reading ${file.name}: page ${done} of ${total}…`));
      progress(`Finding skills in ${file.name}…`);
      return saveNotice(await ask('resume.save', { name: file.name, kind: read.kind, text: read.text, size: file.size }));
    },
    async paste(name, text) {
      return saveNotice(await ask('resume.save', { name, kind: 'paste', text, size: text.length }));
    },
    remove: (id) => ask('resume.delete', { id }),
    restore: async (record) => void (await ask('resume.restore', { record })),
    activate: async (id) => void (await ask('resume.activate', { id })),
    rename: async (id, name) => void (await ask('resume.rename', { id, name })),
    correct: async (id, change) => void (await ask('resume.correct', { id, ...change })),
  };
}

/** Reads an export file and asks the background what importing it would do; the import itself waits for the user's yes. */
export async function prepareImport(ask: PageAsk, file: File): Promise<PendingImport> {
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch {
    throw new Error('This file is not JSON, so it is not a Fitmark export. Nothing was imported.');
  }
  const summary = await ask('data.importPreview', { data });
  return { summary, run: () => ask('data.import', { data }) };
}
