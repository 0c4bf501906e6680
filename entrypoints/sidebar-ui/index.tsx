import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Sidebar } from '@/components/Sidebar';
import { SIDEBAR_GLOBAL, SIDEBAR_READY, type SidebarBridge, type SidebarModule } from '../content/contract';

/**
 * The sidebar's React UI, injected by the background into a tab's content-script
 * world only once a posting is found there. It renders into the shadow root the
 * content script made (entrypoints/content/host.ts): no style leaks in or out; the page's
 * own DOM is not touched beyond our host.
 */
function App({ bridge }: { bridge: SidebarBridge }) {
  const { state: st, visible, collapsed, marking, actions } = bridge;
  const state = useSyncExternalStore(st.subscribe, st.get);
  const shown = useSyncExternalStore(visible.subscribe, visible.get);
  const folded = useSyncExternalStore(collapsed.subscribe, collapsed.get);
  const marks = useSyncExternalStore(marking.subscribe, marking.get);
  const focusRequest = useSyncExternalStore(bridge.focusRequest.subscribe, bridge.focusRequest.get);
  if (!shown) return null;
  return (
    <Sidebar
      state={state}
      collapsed={folded}
      onCollapse={actions.collapse}
      onOpenGuide={actions.openGuide}
      guideUrl={bridge.guideUrl}
      focusRequest={focusRequest}
      onFocused={() => bridge.focusRequest.set(0)}
      onClose={actions.close}
      onLocate={actions.locate}
      highlights={{ on: marks.on, count: marks.count, onToggle: actions.toggleHighlights }}
      onUseText={actions.useText}
      onUseSelection={actions.useSelection}
      // Another saved resume for this posting: the background answers the tab with the new report (a 'report' message).
      onChooseResume={(id) => void browser.runtime.sendMessage({ type: 'resume.choose', id }).catch(() => undefined)}
    />
  );
}

/**
 * Takes the sidebar's container over (inside the closed shadow root the content script made, where
 * its first card is): React renders the whole sidebar in place of the card, in this task.
 */
function render(bridge: SidebarBridge, container: HTMLElement): () => void {
  const root = createRoot(container);
  // The card goes and React's tree comes in the same task: no frame shows neither.
  container.replaceChildren();
  flushSync(() => root.render(<App bridge={bridge} />));
  // Inside the closed root: the end-to-end tests wait for it before they read what only the full UI shows.
  container.setAttribute('data-fitmark-full', '');
  return () => {
    container.removeAttribute('data-fitmark-full');
    root.unmount();
  };
}

export default defineUnlistedScript(() => {
  const module: SidebarModule = { render };
  const g = globalThis as Record<string, unknown>;
  g[SIDEBAR_GLOBAL] = module;
  // The content script may be waiting for it (the script came with an analysis still under way).
  (g[SIDEBAR_READY] as ((m: SidebarModule) => void) | undefined)?.(module);
});
