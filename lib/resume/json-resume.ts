import { z } from '../zod';
import { ResumeError } from './errors';

/** The parts of a JSON Resume (jsonresume.org schema) that carry skills and experience. */
const Str = z.catch(z.optional(z.string()), undefined);
const List = <T extends z.ZodMiniType>(t: T) => z.catch(z.optional(z.array(t)), undefined);
const JsonResume = z.object({
  basics: z.catch(z.optional(z.partial(z.object({ name: Str, label: Str, summary: Str }))), undefined),
  work: List(z.object({ name: Str, position: Str, summary: Str, highlights: List(z.string()), startDate: Str, endDate: Str })),
  volunteer: List(z.object({ organization: Str, position: Str, summary: Str, highlights: List(z.string()) })),
  education: List(z.object({ institution: Str, area: Str, studyType: Str, courses: List(z.string()) })),
  projects: List(z.object({ name: Str, description: Str, highlights: List(z.string()), keywords: List(z.string()) })),
  skills: List(z.object({ name: Str, level: Str, keywords: List(z.string()) })),
  certificates: List(z.object({ name: Str, issuer: Str })),
  awards: List(z.object({ title: Str, summary: Str })),
  languages: List(z.object({ language: Str, fluency: Str })),
});

export function looksLikeJsonResume(text: string): boolean {
  const t = text.trimStart();
  return t.startsWith('{') && /"(basics|work|skills)"\s*:/.test(t.slice(0, 5000));
}

const PARTS = ['basics', 'work', 'volunteer', 'education', 'projects', 'skills', 'certificates', 'awards', 'languages'] as const;

/**
 * A JSON Resume as plain text with the usual section headings, so the same
 * reader serves it. Throws a ResumeError that says which is wrong: the file
 * is not JSON at all (damaged), or it is JSON of another shape (not a JSON
 * Resume) — never "holds no text" for a file full of it.
 */
export function jsonResumeToText(text: string): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ResumeError(
      'corrupt',
      'This .json file is damaged: it is not valid JSON (it may be cut short, or was edited by hand). Upload your resume as PDF, Word or text, or paste it.',
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !PARTS.some((k) => k in json))
    throw new ResumeError('not-json-resume');
  const r = JsonResume.parse(json);
  const out: string[] = [];
  const push = (...xs: Array<string | undefined>) => out.push(...xs.filter((x): x is string => !!x && x.trim() !== ''));
  push(r.basics?.name, r.basics?.label);
  if (r.basics?.summary) push('Summary', r.basics.summary);
  if (r.work?.length) {
    push('Experience');
    for (const w of r.work) {
      push([w.position, w.name].filter(Boolean).join(', ') + (w.startDate ? ` (${w.startDate} – ${w.endDate ?? 'present'})` : ''));
      push(w.summary, ...(w.highlights ?? []).map((h) => `• ${h}`));
    }
  }
  if (r.volunteer?.length) for (const v of r.volunteer) push([v.position, v.organization].filter(Boolean).join(', '), v.summary, ...(v.highlights ?? []).map((h) => `• ${h}`));
  if (r.projects?.length) {
    push('Projects');
    for (const p of r.projects) push(p.name, p.description, ...(p.highlights ?? []).map((h) => `• ${h}`), p.keywords?.join(', '));
  }
  if (r.skills?.length) {
    push('Skills');
    for (const s of r.skills) push([s.name, s.keywords?.join(', ')].filter(Boolean).join(': '));
  }
  if (r.education?.length) {
    push('Education');
    for (const e of r.education) push([e.studyType, e.area, e.institution].filter(Boolean).join(', '), e.courses?.join(', '));
  }
  if (r.certificates?.length) {
    push('Certifications');
    for (const c of r.certificates) push([c.name, c.issuer].filter(Boolean).join(', '));
  }
  if (r.languages?.length) push('Languages', r.languages.map((l) => l.language).filter(Boolean).join(', '));
  // The parts are there but none holds what a JSON Resume puts in it (say, "work": "lots"): another shape.
  const headings = new Set(['Summary', 'Experience', 'Projects', 'Skills', 'Education', 'Certifications', 'Languages']);
  if (!out.some((l) => !headings.has(l) && /\p{L}|\p{N}/u.test(l))) throw new ResumeError('not-json-resume');
  return out.join('\n');
}
