import { z } from './zod';
import { RESUME_KINDS, ResumeRecord } from './db';
import { SECTION_KINDS } from './posting/types';
import { PreferencesPatch } from './preferences';
import { MAX_RESUME_BYTES } from './resume/errors';

/**
 * Every message between the extension's contexts has a zod schema here. The
 * background validates what it receives; unknown or malformed messages are
 * answered with an error and logged, never thrown.
 */
const Section = z.object({
  kind: z.enum(SECTION_KINDS),
  heading: z.string().check(z.maxLength(500)),
  text: z.string().check(z.maxLength(200_000)),
  offset: z.number().check(z.int(), z.nonnegative()),
});

export const PostingSchema = z.object({
  site: z.string().check(z.maxLength(50)),
  url: z.string().check(z.maxLength(4000)),
  title: z.string().check(z.maxLength(500)),
  company: z.string().check(z.maxLength(500)),
  location: z.string().check(z.maxLength(500)),
  sections: z.array(Section).check(z.maxLength(100)),
});

/** A saved resume's id. */
const Id = z.string().check(z.minLength(1), z.maxLength(100));

/** Content script → background, at a posting page's start: the worker reads ahead (lib/background/worker-life.ts). */
export const PAGE_OPENING = 'page.opening';

export const Request = z.discriminatedUnion('type', [
  /** Content script → background: a posting's page starts loading in this tab (answered at once, with nothing). */
  z.object({ type: z.literal(PAGE_OPENING) }),
  /** Content script → background: analyse the posting this tab shows. */
  z.object({
    type: z.literal('analyze'),
    jobKey: z.string().check(z.maxLength(500)),
    posting: PostingSchema,
  }),
  /** Content script → background: the page keeps removing or hiding the sidebar; Fitmark stopped there. */
  z.object({ type: z.literal('ui.blocked') }),
  /** Content script → background: this tab shows no posting (clears the badge). */
  z.object({ type: z.literal('posting.none') }),
  /** Content script → background: inject the sidebar's UI into this page (it holds a posting). */
  z.object({ type: z.literal('ui.load') }),
  /** Content script → background: open the guide at an anchor. */
  z.object({
    type: z.literal('guide.open'),
    anchor: z.string().check(z.regex(/^[a-z0-9-]*$/), z.maxLength(200)),
    /** The posting the user came from, for "back to the posting". */
    from: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(4000))),
  }),
  /**
   * Popup → background: save a resume's text (PDFs are read to text in the popup).
   * Anything read from a file within the advertised 10 MB fits (no encoding makes more characters than bytes);
   * the background clips the name and the text to what it keeps and says so in its reply.
   */
  z.object({
    type: z.literal('resume.save'),
    name: z.string().check(z.minLength(1), z.maxLength(1000)),
    kind: z.enum(RESUME_KINDS),
    text: z.string().check(z.minLength(1), z.maxLength(MAX_RESUME_BYTES)),
    size: z.number().check(z.int(), z.nonnegative()),
  }),
  /** Deletes and answers with the deleted record, for undo. */
  z.object({ type: z.literal('resume.delete'), id: Id }),
  z.object({ type: z.literal('resume.restore'), record: ResumeRecord }),
  z.object({ type: z.literal('resume.activate'), id: Id }),
  /**
   * Sidebar (content script) → background: match this tab's posting with another saved resume, for this posting
   * only; answers the new report and sends it to the tab. `tabId` is for our own pages (a content script's is its tab).
   */
  z.object({ type: z.literal('resume.choose'), id: Id, tabId: z.optional(z.number().check(z.int())) }),
  z.object({ type: z.literal('resume.rename'), id: Id, name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)) }),
  /** The user's correction: a skill the parser missed, or one it found wrongly. */
  z.object({
    type: z.literal('resume.correct'),
    id: Id,
    add: z.optional(z.string().check(z.maxLength(100))),
    remove: z.optional(z.string().check(z.maxLength(100))),
  }),
  z.object({ type: z.literal('data.export') }),
  /** Validates an export file and says what importing it would add and replace, writing nothing. */
  z.object({ type: z.literal('data.importPreview'), data: z.unknown() }),
  /** Imports an export file (validated again: what changed since the preview counts). */
  z.object({ type: z.literal('data.import'), data: z.unknown() }),
  z.object({ type: z.literal('data.deleteAll') }),
  /** Popup → background: the skills a correction may add. */
  z.object({ type: z.literal('taxonomy.skills') }),
  /** Popup → background: read the posting on a page Fitmark does not know (activeTab + scripting). */
  z.object({
    type: z.literal('page.analyze'),
    tabId: z.number().check(z.int()),
    /** The tab's URL, as the popup sees it (with activeTab, on any page): where the result was made. */
    url: z.optional(z.string().check(z.maxLength(4000))),
  }),
  /** Popup → background: what does this tab show? */
  z.object({
    type: z.literal('tab.status'),
    tabId: z.number().check(z.int()),
    /** The tab's URL now, where the popup may see it: a result for another page is not this tab's any more. */
    url: z.optional(z.string().check(z.maxLength(4000))),
  }),
  /** History page → background: forget every posting analysed. */
  z.object({ type: z.literal('history.clear') }),
  /** Any context → background: the user's preferences (answers a whole `Preferences`, defaults filled in). */
  z.object({ type: z.literal('preferences.get') }),
  /** Options page → background: change some preferences; answers the whole `Preferences` after the change. */
  z.object({ type: z.literal('preferences.set'), preferences: PreferencesPatch }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];

// Replies, the typed clients and the background → content script messages: lib/protocol.ts.
