import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

// Vitest runs from the project root (happy-dom's URL makes import.meta.url unreliable here).
export const ROOT = existsSync(`${process.cwd()}/wxt.config.ts`) ? `${process.cwd()}/` : fileURLToPath(new URL('..', import.meta.url));
export const SHARED = `${ROOT}../shared/`;

/**
 * A path in ../shared/fixtures, or null (with a message) where ../shared is absent.
 * Under CI=true a missing fixture is an error, never a skip.
 */
export function sharedFixture(rel: string): string | null {
  const p = SHARED + 'fixtures/' + rel;
  if (existsSync(p)) return p;
  if (process.env.CI === 'true') throw new Error(`../shared/fixtures/${rel} is missing under CI`);
  console.warn(`skipped: ../shared/fixtures/${rel} not found`);
  return null;
}

/**
 * For `it.skipIf(withoutShared(...))`: true where a test must skip, visibly,
 * because a file it reads from ../shared/fixtures is absent. Never under
 * CI=true: there the test runs, and `sharedPath` fails it.
 */
export function withoutShared(...rels: string[]): boolean {
  return process.env.CI !== 'true' && rels.some((rel) => !existsSync(SHARED + 'fixtures/' + rel));
}

/** The path of a file in ../shared/fixtures; throws where it is absent (a test that needs it skips with `withoutShared`). */
export function sharedPath(rel: string): string {
  const p = SHARED + 'fixtures/' + rel;
  if (!existsSync(p)) throw new Error(`../shared/fixtures/${rel} is missing${process.env.CI === 'true' ? ' under CI' : ''}`);
  return p;
}

export function projectFixture(rel: string): string {
  return ROOT + 'test/fixtures/' + rel;
}

/** A Document for saved HTML at its real URL. Scripts do not run. */
export function loadPage(path: string, url: string): Document {
  const dom = new JSDOM(readFileSync(path, 'utf8'), { url, virtualConsole: new VirtualConsole() });
  return dom.window.document;
}

/** A Document after the page's own scripts ran (for project fixtures that render themselves). */
export function runPage(path: string, url: string): Document {
  const dom = new JSDOM(readFileSync(path, 'utf8'), { url, runScripts: 'dangerously', virtualConsole: new VirtualConsole() });
  return dom.window.document;
}

/** A browser-less Host for the background service: no badge, no tabs, nothing injected. Override what a test watches. */
export function quietHost(over: Partial<import('@/lib/background/service').Host> = {}): import('@/lib/background/service').Host {
  let n = 0;
  return {
    setBadge: async () => undefined,
    sendToTab: async () => undefined,
    openGuide: async () => undefined,
    readPage: async () => null,
    prepareTab: async () => undefined,
    loadUi: async () => undefined,
    newId: () => `r${++n}`,
    now: () => 1_750_000_000_000,
    log: () => undefined,
    ...over,
  };
}
