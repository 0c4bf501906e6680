import type { SaveReply, TabStatus } from './background/service';
import type { ExportFile, ResumeRecord, SkillRef } from './db';
import type { ImportSummary } from './db/import';
import type { Request } from './messages';
import type { Posting } from './posting/types';
import type { PreferencesShape } from './preference-defaults';
import type { TabReport } from './report';

/**
 * What a content script may ask the background: a subset of the one map below
 * (`Replies`), requests as lib/messages.ts's zod schemas give them. Types only
 * here, so the content script's bundle carries no zod.
 */
export type ContentRequestType = 'page.opening' | 'analyze' | 'posting.none' | 'ui.load' | 'ui.blocked' | 'guide.open' | 'preferences.get' | 'resume.choose';

/** The one typed client: resolves with the reply's value, rejects with the background's message. */
export type Ask = <K extends ContentRequestType>(type: K, body: PageRequest<K>) => Promise<Replies[K]>;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Builds the client over a transport (runtime.sendMessage in the extension, a fake in tests). */
export function createAsk(send: (message: unknown) => Promise<unknown>): Ask {
  return async (type, body) => {
    const reply = (await send({ ...body, type })) as Reply<never> | undefined;
    if (!reply || typeof reply !== 'object') throw new Error('Fitmark’s background did not answer. Reload the page and try again.');
    if (!reply.ok) throw new Error(typeof reply.error === 'string' ? reply.error : 'Fitmark’s background refused the request.');
    return reply.value;
  };
}

/** What one of our own pages (popup, options, postings, guide) sends: the request as its zod schema says. */
export type PageRequest<K extends Request['type']> = Omit<Extract<Request, { type: K }>, 'type'>;

/**
 * Each message type's answer. Requests are the zod schemas of lib/messages.ts
 * (`PageRequest`); test/unit/protocol.test.ts holds this map to list exactly
 * the types those schemas accept.
 */
export interface Replies {
  'page.opening': null;
  analyze: TabReport;
  'ui.blocked': null;
  'posting.none': null;
  'ui.load': null;
  'guide.open': null;
  'resume.save': SaveReply;
  /** The deleted record, for undo. */
  'resume.delete': ResumeRecord | null;
  'resume.restore': null;
  'resume.activate': null;
  /** The tab's report, now made with the resume chosen for its posting. */
  'resume.choose': TabReport;
  'resume.rename': null;
  /** The resume's skills after the correction. */
  'resume.correct': SkillRef[];
  'data.export': ExportFile;
  'data.importPreview': ImportSummary;
  'data.import': ImportSummary;
  'data.deleteAll': null;
  'taxonomy.skills': SkillRef[];
  'page.analyze': TabReport;
  'tab.status': TabStatus;
  'history.clear': null;
  'preferences.get': PreferencesShape;
  'preferences.set': PreferencesShape;
}

/** The message types, for the test that holds `Replies` to the schemas. */
export const REQUEST_TYPES = [
  'page.opening', 'analyze', 'ui.blocked', 'posting.none', 'ui.load', 'guide.open', 'resume.save', 'resume.delete', 'resume.restore',
  'resume.activate', 'resume.choose', 'resume.rename', 'resume.correct', 'data.export', 'data.importPreview', 'data.import',
  'data.deleteAll', 'taxonomy.skills', 'page.analyze', 'tab.status', 'history.clear', 'preferences.get', 'preferences.set',
] as const satisfies ReadonlyArray<keyof Replies>;

/** The one typed client of our own pages: the reply's type follows from the message's. */
export type PageAsk = <K extends keyof Replies & Request['type']>(type: K, body: PageRequest<K>) => Promise<Replies[K]>;

export function createPageAsk(send: (message: unknown) => Promise<unknown>): PageAsk {
  return createAsk(send) as unknown as PageAsk;
}

/** Background → content script. */
export type TabMessage =
  | { type: 'sidebar.toggle' }
  | { type: 'sidebar.show'; show: boolean }
  | { type: 'preferences'; preferences: PreferencesShape }
  /** A fresh result for the tab's job (a resume changed), or one the user asked for on any page (`manual`). */
  | { type: 'report'; report: TabReport; manual?: boolean };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks a message from the background before the content script acts on it
 * (a light structural check: zod stays out of the content script). Anything
 * else is dropped.
 */
export function parseTabMessage(raw: unknown): TabMessage | null {
  if (!isObject(raw)) return null;
  switch (raw.type) {
    case 'sidebar.toggle':
      return { type: 'sidebar.toggle' };
    case 'sidebar.show':
      return typeof raw.show === 'boolean' ? { type: 'sidebar.show', show: raw.show } : null;
    case 'preferences': {
      const p = raw.preferences;
      if (!isObject(p) || !['always', 'collapsed', 'never'].includes(p.sidebar as string) || typeof p.highlights !== 'boolean') return null;
      if (!Array.isArray(p.disabledBoards) || !p.disabledBoards.every((b) => typeof b === 'string')) return null;
      return { type: 'preferences', preferences: p as unknown as PreferencesShape };
    }
    case 'report': {
      const r = raw.report;
      if (!isObject(r) || typeof r.jobKey !== 'string' || !isObject(r.posting) || !Array.isArray(r.skills) || !Array.isArray(r.matched) || !Array.isArray(r.missing))
        return null;
      return { type: 'report', report: r as unknown as TabReport, manual: raw.manual === true };
    }
    default:
      return null;
  }
}
