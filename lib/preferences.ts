import { boardEnabled, DEFAULT_PREFERENCES } from './preference-defaults';
import { z } from './zod';

/**
 * The user's preferences, kept in the `settings` table under one key. The
 * content script cannot open the database: it asks the background with
 * `{ type: 'preferences.get' }` and gets a `Preferences` back. It should
 * `import type` from here, so zod stays out of its bundle (STYLE.md, 12).
 */
export const PREFERENCES_KEY = 'preferences';

/** How the sidebar opens on a posting: open, as a collapsed tab, or not at all (toolbar button and shortcut still work). */
export const SIDEBAR_MODES = ['always', 'collapsed', 'never'] as const;
export type SidebarMode = (typeof SIDEBAR_MODES)[number];

const BoardId = z.string().check(z.regex(/^[a-z0-9-]+$/), z.maxLength(50));

export const Preferences = z.object({
  sidebar: z.enum(SIDEBAR_MODES),
  /** In-page highlights of the skills the posting names. */
  highlights: z.boolean(),
  /**
   * Adapter ids (lib/posting/sites SITES) the user turned off. A list of the
   * disabled ones rather than the enabled ones, so a board added later is on.
   */
  disabledBoards: z.array(BoardId).check(z.maxLength(100)),
});
export type Preferences = z.infer<typeof Preferences>;

/** A partial update, as 'preferences.set' takes it: only the fields given change. */
export const PreferencesPatch = z.partial(Preferences);
export type PreferencesPatch = z.infer<typeof PreferencesPatch>;

export { DEFAULT_PREFERENCES };

/**
 * Reads whatever is stored, never throws: each field that is missing or
 * damaged falls back to its default on its own, so one bad field does not
 * cost the user the others.
 */
export function parsePreferences(stored: unknown): Preferences {
  const o = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const sidebar = Preferences.shape.sidebar.safeParse(o.sidebar);
  const highlights = Preferences.shape.highlights.safeParse(o.highlights);
  // A list with one bad id keeps its good ones.
  const boards = Array.isArray(o.disabledBoards)
    ? [...new Set(o.disabledBoards.filter((b): b is string => BoardId.safeParse(b).success))].slice(0, 100)
    : [...DEFAULT_PREFERENCES.disabledBoards];
  return {
    sidebar: sidebar.success ? sidebar.data : DEFAULT_PREFERENCES.sidebar,
    highlights: highlights.success ? highlights.data : DEFAULT_PREFERENCES.highlights,
    disabledBoards: boards,
  };
}

/** Applies a validated patch; throws (a zod error) on an invalid one. */
export function mergePreferences(current: Preferences, patch: unknown): Preferences {
  const p = PreferencesPatch.parse(patch);
  return Preferences.parse({
    ...current,
    ...Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)),
    ...(p.disabledBoards ? { disabledBoards: [...new Set(p.disabledBoards)] } : {}),
  });
}

export { boardEnabled };
