export type ResumeErrorCode = 'too-large' | 'empty' | 'encrypted' | 'corrupt' | 'image-only' | 'unsupported' | 'timeout';

export const MAX_RESUME_BYTES = 10 * 1024 * 1024;

const MESSAGES: Record<ResumeErrorCode, string> = {
  'too-large': 'This file is larger than 10 MB. Save a smaller export of your resume and try again.',
  empty: 'This file holds no text.',
  encrypted: 'This PDF is protected by a password. Save an unprotected copy and upload that.',
  corrupt: 'This file could not be read; it may be damaged, or not the kind of file its name says.',
  'image-only':
    'This PDF has no text layer (it looks like a scanned image). Paste your resume as text instead.',
  unsupported: 'Fitmark reads PDF, Word (.docx), JSON Resume and plain-text resumes. Save your resume as one of those, or paste its text.',
  timeout: 'Reading this file took too long, so Fitmark stopped. Try a smaller file or paste the text.',
};

/** A resume that cannot be read, with a message a user can act on. */
export class ResumeError extends Error {
  constructor(
    readonly code: ResumeErrorCode,
    detail?: string,
  ) {
    super(MESSAGES[code] + (detail ? ` (${detail})` : ''));
    this.name = 'ResumeError';
  }
}
