import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { builtUnavailable, FIREFOX_DIR } from './built';

/**
 * Mozilla's addons-linter (what addons.mozilla.org runs on an upload) on the
 * built Firefox extension: no error, and every warning is one of the known
 * third-party ones below, recognised by the code it points at. A warning in
 * Fitmark's own code, or a new one in a library, fails with where it is.
 */
interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface Known {
  /** The package whose code it is, and why it stays. */
  from: string;
  why: string;
  code: string;
  /** The code around the spot the linter points at, marked ‸ (minified: single letters vary between builds). */
  at: RegExp;
}

const THIRD_PARTY: Known[] = [
  {
    from: 'react-dom',
    why: "React's support for dangerouslySetInnerHTML, which Fitmark never uses (no component passes __html)",
    code: 'UNSAFE_VAR_ASSIGNMENT',
    at: /__html[^;]{0,80}&&\(‸[a-z]\.innerHTML=[a-z]\)/,
  },
  {
    from: '@mozilla/readability',
    why: 'Readability rebuilding its own copy of the page in "Analyze this page"; the copy is a clone never attached to the page, and Fitmark re-reads its output with DOMParser',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // (Minified names are one to three characters: "ce" as well as "c", as the bundle grows.)
    at: /_charThreshold\)\{if\([\w$]{1,3}=!1,‸[\w$]{1,3}\.innerHTML=|_isSingleImage\([\w$]{1,3}\)\)\{var [\w$]{1,3}=[\w$]{1,3}\.createElement\(`div`\);‸[\w$]{1,3}\.innerHTML=/,
  },
  {
    from: 'underscore (through mammoth, the .docx reader)',
    why: "underscore's global lookup fallback and _.template; mammoth never calls _.template, and the global is found without it",
    code: 'DANGEROUS_EVAL',
    at: /global\.global===global&&global\|\|‸Function\(`return this`\)|;var [a-z];try\{[a-z]=‸Function\([a-z],`_`,[a-z]\)/,
  },
  {
    from: 'setimmediate (through mammoth → jszip)',
    why: "the setImmediate polyfill's string-callback form; jszip passes functions only",
    code: 'DANGEROUS_EVAL',
    at: /setImmediate=function\([a-z]\)\{typeof [a-z]!=`function`&&\([a-z]=‸Function\(``\+[a-z]\)/,
  },
  {
    from: 'pdfjs-dist',
    why: "pdf.js's eval feature test and PostScript function compiler; Fitmark opens every PDF with isEvalSupported: false",
    code: 'DANGEROUS_EVAL',
    at: /\}function [a-zA-Z]+\(\)\{try\{return ‸Function\(``\),!0\}catch\{return!1\}\}var [a-zA-Z]+=class\{static get isLittleEndian|function isEvalSupported\(\)\{try\{‸new Function\(""\)|\(new PostScriptCompiler\)\.compile\([a-z],[a-z],[a-z]\);if\([a-z]\)return ‸new Function\("src"/,
  },
  {
    from: 'pdfjs-dist',
    why: "pdf.js loading its worker and its OpenJPEG fallback by URL; both are files inside the extension (the CSP allows 'self' only)",
    code: 'UNSAFE_VAR_ASSIGNMENT',
    at: /_setupFakeWorkerGlobal`,\(async\(\)=>this\.#[a-z]\?this\.#[a-z]:\(await ‸import\(this\.workerSrc\)|openjpeg_nowasm_fallback\.js`;let [a-z]=null;try\{[a-z]=\(await ‸import\(/,
  },
];

function context(m: Message): string {
  if (!m.file || !m.line) return '';
  const line = readFileSync(join(FIREFOX_DIR, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const at = Math.max(0, (m.column ?? 1) - 1); // the linter's columns count from 1
  return `${line.slice(Math.max(0, at - 160), at)}‸${line.slice(at, at + 80)}`;
}

const where = (m: Message) => `${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} …${context(m).slice(-140)}…`;

describe.skipIf(builtUnavailable(FIREFOX_DIR, 'npx wxt build -b firefox') !== null)("Mozilla's addons-linter on the Firefox build", () => {
  it('finds no error, and no warning outside the known third-party code', { timeout: 240_000 }, async () => {
    const bin = join(ROOT, 'node_modules/addons-linter/bin/addons-linter');
    // Exit code 1 means "errors found": the JSON says which, so it is read either way.
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--output', 'json', FIREFOX_DIR], { maxBuffer: 64 << 20 }).catch(
      (e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }),
    );
    const report = JSON.parse(stdout) as { summary: { errors: number; warnings: number; notices: number }; errors: Message[]; warnings: Message[]; notices: Message[] };

    expect(report.errors.map(where)).toEqual([]);
    const ours = report.warnings.filter((m) => !THIRD_PARTY.some((k) => k.code === m.code && k.at.test(context(m))));
    expect(ours.map(where), 'warnings from Fitmark\'s own code (or an unknown library)').toEqual([]);
    expect(report.notices.map(where)).toEqual([]);

    // What remains, by package, as the README lists it.
    const counts = new Map<string, number>();
    for (const m of report.warnings) {
      const k = THIRD_PARTY.find((t) => t.code === m.code && t.at.test(context(m)))!;
      counts.set(k.from, (counts.get(k.from) ?? 0) + 1);
    }
    console.log(
      `addons-linter: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices; warnings by package: ` +
        [...counts].map(([k, n]) => `${k} ${n}`).join(', '),
    );
    // The allow-list stays honest: an entry that no longer matches anything is removed, not kept "just in case".
    for (const k of THIRD_PARTY) expect(report.warnings.some((m) => m.code === k.code && k.at.test(context(m))), `${k.from}: ${k.why}`).toBe(true);
  });
});
