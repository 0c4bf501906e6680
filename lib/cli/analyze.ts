/**
 * The Fitmark pipeline on the command line. The contract (flags and JSON keys)
 * is in ../shared/DESIGN.md: keys may be added, never renamed.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze, analyzeResume, type Analysis, type ResumeAnalysis } from '../analyze';
import { guideLink } from '../match/role';
import { readAnyPage } from '../posting/generic';
import { readPosting } from '../posting/sites';
import { postingFromText } from '../posting/text';
import type { Posting } from '../posting/types';
import { ResumeError } from '../resume/errors';
import { readResumeBytes } from '../resume/read';
import { bundled } from '../skills/taxonomy';
import { loadNodePdfJs } from './pdfjs-node';

class UsageError extends Error {}

interface Options {
  page?: string;
  /** Read --page as "Analyze this page" does: a known board's adapter, JSON-LD, then the posting-like block. */
  any: boolean;
  url?: string;
  text?: string;
  jsonl?: string;
  resume?: string;
  skills: boolean;
  json: boolean;
  /** "Present" in the resume's dates: --today YYYY-MM-DD, else the real today. */
  today: Date;
}

const USAGE = `usage: npm run --silent analyze -- [--page FILE.html [--url URL] [--any] | --text FILE | --jsonl FILE] [--resume FILE] [--today YYYY-MM-DD] [--json]
       npm run --silent analyze -- --skills [--json]
       npm run --silent analyze            (a bundled sample posting and resume)`;

export function parseArgs(argv: string[]): Options {
  const o: Options = { skills: false, json: false, any: false, today: new Date() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--page') o.page = value();
    else if (a === '--url') o.url = value();
    else if (a === '--text') o.text = value();
    else if (a === '--jsonl') o.jsonl = value();
    else if (a === '--resume') o.resume = value();
    else if (a === '--skills') o.skills = true;
    else if (a === '--any') o.any = true;
    else if (a === '--json') o.json = true;
    else if (a === '--today') {
      const d = value();
      // Months are read in UTC; noon keeps the day whatever the machine's zone.
      const t = /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(`${d}T12:00:00Z`) : new Date(NaN);
      if (Number.isNaN(t.getTime())) throw new UsageError(`--today needs a date as YYYY-MM-DD, not ${d}`);
      o.today = t;
    }
    else if (a === '--help' || a === '-h') throw new UsageError('');
    else throw new UsageError(`unknown argument: ${a}`);
  }
  const inputs = [o.page, o.text, o.jsonl].filter((x) => x !== undefined).length;
  if (inputs > 1) throw new UsageError('give one of --page, --text, --jsonl');
  if (o.any && !o.page) throw new UsageError('--any needs --page (the saved page to read)');
  // --any reads any page as the user's browser would: without --url, the saved file's own address.
  if (o.page && !o.url && o.any) o.url = pathToFileURL(resolve(o.page)).href;
  if (o.page && !o.url) throw new UsageError('--page needs --url (the address the page was saved from), or --any');
  return o;
}

function readFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${code ?? String(e)}`);
  }
}

export function postingFromPage(html: string, url: string, any = false): Posting {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`not a URL: ${url}`);
  }
  // Scripts never run and nothing loads: jsdom's defaults, kept explicit.
  const dom = new JSDOM(html, { url: parsed.href, runScripts: undefined, resources: undefined, virtualConsole: new VirtualConsole() });
  const posting = any ? readAnyPage(dom.window.document, parsed, '') : readPosting(dom.window.document, parsed);
  dom.window.close();
  if (!posting) throw new UsageError(`no job posting found on this page (${parsed.hostname || basename(parsed.pathname)})`);
  return posting;
}

async function loadResume(path: string, today: Date): Promise<ResumeAnalysis> {
  const bytes = readFile(path);
  const { text } = await readResumeBytes(new Uint8Array(bytes), path, loadNodePdfJs);
  return analyzeResume(bundled(), basename(path), text, today);
}

/** The JSON of DESIGN.md's contract. */
export function toJson(a: Analysis): Record<string, unknown> {
  const out: Record<string, unknown> = {
    posting: {
      site: a.posting.site,
      url: a.posting.url,
      title: a.posting.title,
      company: a.posting.company,
      location: a.posting.location,
      sections: a.posting.sections.map((s) => ({ kind: s.kind, heading: s.heading, text: s.text, offset: s.offset })),
      facts: a.facts,
    },
    requirements: a.requirements.map((r) => ({ text: r.text, importance: r.importance, kind: r.kind, groups: r.groups, ...(r.atLeast ? { atLeast: r.atLeast } : {}), years: r.years, degree: r.degree, start: r.start, end: r.end })),
    role: a.role,
    skills: a.skills.map((s) => ({
      id: s.id,
      name: s.name,
      category: s.category,
      importance: s.importance,
      mentions: s.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    })),
  };
  if (a.match) out.match = a.match;
  if (a.resume) out.resume = resumeJson(a.resume);
  return out;
}

function resumeJson(r: ResumeAnalysis): Record<string, unknown> {
  return {
    name: r.name,
    text: r.text,
    sections: r.sections,
    warning: r.warning,
    ...(r.profile ? { profile: r.profile } : {}),
    skills: r.skills.map((s) => ({
      id: s.id,
      name: s.name,
      category: s.category,
      mentions: s.mentions,
    })),
  };
}

function report(a: Analysis): string {
  const lines: string[] = [];
  const p = a.posting;
  lines.push(`${p.title || '(untitled posting)'}${p.company ? ` — ${p.company}` : ''}${p.location ? ` (${p.location})` : ''}`);
  if (a.role) lines.push(`Role guide: ${a.role.title}`);
  if (a.match) {
    lines.push('', `Match: ${a.match.score === null ? '—' : `${a.match.score}/100`}`, a.match.explanation);
    lines.push('', `You have (${a.match.matched.length}):`);
    for (const m of a.match.matched)
      lines.push(`  ✓ ${m.name} [${m.importance}]${m.via ? ` via ${m.via.name}` : ''} — "${m.evidence}"`);
    lines.push('', `You lack (${a.match.missing.length}):`);
    for (const m of a.match.missing) lines.push(`  ✗ ${m.name} [${m.importance}] → ${m.guide}`);
  } else {
    lines.push('', `Skills asked for (${a.skills.length}):`);
    for (const s of a.skills) lines.push(`  • ${s.name} [${s.importance}]`);
  }
  return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--guide')) return (await import('./guide')).guideMain(argv); // lib/cli/guide.ts
  const o = parseArgs(argv);
  const engine = bundled();
  const out = (s: string): void => void process.stdout.write(s + '\n');

  if (o.skills) {
    const skills = engine.taxonomy.skills.map((s) => {
      return { id: s.id, name: s.name, category: s.category, aliases: s.aliases, guide: guideLink(s.id, null, engine.taxonomy.roles) };
    });
    out(o.json ? JSON.stringify({ skills }) : skills.map((s) => `${s.id}\t${s.name}\t${s.category}`).join('\n'));
    return;
  }

  const resume = o.resume ? await loadResume(o.resume, o.today) : null;

  if (o.jsonl) {
    const lines = readFile(o.jsonl).toString('utf8').split('\n');
    lines.forEach((line, n) => {
      if (!line.trim()) return;
      let row: { id?: unknown; text?: unknown };
      try {
        row = JSON.parse(line) as typeof row;
      } catch {
        throw new UsageError(`${o.jsonl}:${n + 1}: not JSON`);
      }
      if (typeof row.text !== 'string') throw new UsageError(`${o.jsonl}:${n + 1}: no "text" string`);
      const a = analyze(engine, postingFromText(row.text), resume);
      out(JSON.stringify({ id: row.id ?? null, ...toJson(a) }));
    });
    return;
  }

  let posting: Posting | null = null;
  if (o.page) posting = postingFromPage(readFile(o.page).toString('utf8'), o.url!, o.any);
  else if (o.text) posting = postingFromText(readFile(o.text).toString('utf8'));
  else if (!o.resume) {
    const here = fileURLToPath(new URL('./samples/', import.meta.url));
    posting = postingFromText(readFileSync(here + 'posting.txt', 'utf8'));
    const sample = analyzeResume(engine, 'sample resume', readFileSync(here + 'resume.txt', 'utf8'), o.today);
    const a = analyze(engine, posting, sample);
    out(o.json ? JSON.stringify(toJson(a)) : report(a));
    return;
  }

  if (!posting) {
    // --resume alone: the resume's own skills.
    out(o.json ? JSON.stringify({ resume: resumeJson(resume!) }) : resume!.skills.map((s) => `  • ${s.name}`).join('\n'));
    return;
  }
  const a = analyze(engine, posting, resume);
  if (resume) a.resume = resume;
  out(o.json ? JSON.stringify(toJson(a)) : report(a));
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof UsageError && e.message === '') {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const msg = e instanceof UsageError || e instanceof ResumeError ? e.message : `unexpected error: ${String(e)}`;
  // One line, always: scripts read it.
  process.stderr.write(`fitmark: ${msg.replace(/\s+/g, ' ')}\n`);
  process.exitCode = e instanceof UsageError && /argument|needs|give one/.test(e.message) ? 2 : 1;
});
