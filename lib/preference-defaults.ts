/**
 * The preferences' shape and defaults, without zod: the content script needs
 * the defaults too (when the background cannot answer) and must stay lean.
 * lib/preferences.ts validates against this shape; this is the one home of
 * the defaults.
 */
export type SidebarMode = 'always' | 'collapsed' | 'never';

export interface PreferencesShape {
  sidebar: SidebarMode;
  highlights: boolean;
  disabledBoards: string[];
}

export const DEFAULT_PREFERENCES: Readonly<PreferencesShape> = Object.freeze({
  sidebar: 'always',
  highlights: true,
  disabledBoards: [],
});

/** Whether Fitmark should read postings on a board (an adapter id). */
export function boardEnabled(prefs: Pick<PreferencesShape, 'disabledBoards'>, siteId: string): boolean {
  return !prefs.disabledBoards.includes(siteId);
}
