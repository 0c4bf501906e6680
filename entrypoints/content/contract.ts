import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SidebarState } from '@/components/Sidebar';

/**
 * The content script reads the page and owns the state; the sidebar UI (React)
 * is a separate script, injected only where a posting is found, so pages
 * without one never load React. They meet in the content script's world
 * through `globalThis.__fitmarkSidebar`. Types only here: no code crosses.
 */
export interface Store<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

export interface SidebarBridge {
  /** The content script's context: the UI is removed when it is invalidated. */
  ctx: ContentScriptContext;
  state: Store<SidebarState>;
  visible: Store<boolean>;
  collapsed: Store<boolean>;
  marking: Store<{ on: boolean; count: number }>;
  actions: {
    openGuide(anchor: string): void;
    close(): void;
    collapse(collapsed: boolean): void;
    locate(skillId: string): void;
    toggleHighlights(on: boolean): void;
    useText(text: string): void;
    useSelection(): void;
  };
}

export interface MountedSidebar {
  shadowHost: HTMLElement;
  remove(): void;
  /** Records "description read → result painted" where only tests can read it. */
  measure(ms: number): void;
}

export interface SidebarModule {
  mount(bridge: SidebarBridge): Promise<MountedSidebar>;
}

export const SIDEBAR_GLOBAL = '__fitmarkSidebar';
