export type ResumeErrorCode = 'too-large' | 'empty' | 'encrypted' | 'corrupt' | 'image-only' | 'not-json-resume' | 'unsupported' | 'timeout';

export const MAX_RESUME_BYTES = 10 * 1024 * 1024;

const MESSAGES: Record<ResumeErrorCode, string> = {
  'too-large': 'This file is larger than 10 MB. Save a smaller export of your resume and try again.',
  empty: 'This file holds no text.',
  encrypted: 'This PDF is protected by a password. Save an unprotected copy and upload that.',
  corrupt:
    'This file is damaged, so Fitmark could not read it. If it opens on your computer, save a new copy and upload that, or paste your resume as text.',
  'image-only':
    'This PDF has no text layer: it is a scanned image, or its words were turned into drawings, so there is no text to read. Paste your resume as text instead, or upload the document it was made from.',
  'not-json-resume':
    'This JSON file is not in the JSON Resume format (jsonresume.org): it has none of the parts a JSON Resume has (basics, work, education, skills…). Upload your resume as PDF, Word or text, or paste it.',
  unsupported: 'Fitmark reads PDF, Word (.docx), JSON Resume and plain-text resumes. Save your resume as one of those, or paste its text.',
  timeout: 'Reading this file took too long, so Fitmark stopped. Try a smaller file or paste the text.',
};

/**
 * A resume that cannot be read, with a message a user can act on. `message`
 * replaces the code's usual words when the case is more specific (a damaged
 * PDF, a file that is not what its name says); it is shown as is.
 */
export class ResumeError extends Error {
  constructor(
    readonly code: ResumeErrorCode,
    message?: string,
  ) {
    super(message ?? MESSAGES[code]);
    this.name = 'ResumeError';
  }
}

/** The words for a PDF whose bytes are damaged (pdf.js could not parse it, or its pages draw nothing readable). */
export const DAMAGED_PDF =
  'This PDF is damaged, so Fitmark could not read it. If it opens on your computer, save or print it again as a PDF and upload the new copy, or paste your resume as text.';

/** A PDF that reads without error but whose pages draw nothing: blank, or damaged in a way pdf.js recovered from. */
export const BLANK_OR_DAMAGED_PDF =
  'This PDF shows nothing Fitmark can read: its pages are blank, or the file is damaged. If your resume shows when you open it, save or print it again as a PDF and upload the new copy, or paste your resume as text.';
