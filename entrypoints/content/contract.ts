import type { SessionView, UiRenderer } from '@/lib/page/session';

export type { Store } from '@/lib/page/store';

/**
 * The content script reads the page and owns the state (lib/page/session.ts);
 * it makes the sidebar's host (a closed shadow root) and draws its first card
 * (lib/page/first-card.ts). The full UI (React) is a separate script, injected
 * only where a posting is found, so pages without one never load React; it
 * takes the host's container over. They meet in the content script's isolated
 * world through `globalThis.__fitmarkSidebar` — a world the page's scripts
 * cannot see. Types only here: no code crosses.
 *
 * `focusRequest`: non-zero (e.g. `get() + 1`) moves keyboard focus into the
 * sidebar, as when the user opens it with the keyboard shortcut; the UI
 * focuses its heading (or the folded tab) and sets it back to 0.
 */
export type SidebarBridge = SessionView;

export type SidebarModule = UiRenderer;

export const SIDEBAR_GLOBAL = '__fitmarkSidebar';

/** Set by the content script while it waits for the sidebar's script: called with the module as soon as that script runs. */
export const SIDEBAR_READY = '__fitmarkSidebarReady';
