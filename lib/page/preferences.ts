import { DEFAULT_PREFERENCES, type PreferencesShape, type SidebarMode } from '../preference-defaults';

/**
 * The preferences, mirrored by the background into the extension's storage
 * (entrypoints/background.ts writes it at install and after every change), so
 * a page's content script knows at once whether to read this board and whether
 * to show the sidebar: one storage read instead of a round trip through the
 * service worker, which may be asleep. The database stays the one home of the
 * preferences; this is a copy. storage.local belongs to the extension: a
 * page's scripts cannot read it.
 */
export const PREFERENCES_MIRROR_KEY = 'fitmark:preferences';

const MODES: readonly SidebarMode[] = ['always', 'collapsed', 'never'];

/** The mirrored preferences, or null when there is no usable copy (then the background is asked). */
export function mirroredPreferences(raw: unknown): PreferencesShape | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const p = raw as Partial<Record<keyof PreferencesShape, unknown>>;
  if (!MODES.includes(p.sidebar as SidebarMode) || typeof p.highlights !== 'boolean') return null;
  if (!Array.isArray(p.disabledBoards) || !p.disabledBoards.every((b) => typeof b === 'string')) return null;
  return { ...DEFAULT_PREFERENCES, sidebar: p.sidebar as SidebarMode, highlights: p.highlights, disabledBoards: [...p.disabledBoards] as string[] };
}
