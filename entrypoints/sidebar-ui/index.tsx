import sidebarCss from '@/components/sidebar.css?inline';
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Sidebar } from '@/components/Sidebar';
import { SIDEBAR_GLOBAL, SIDEBAR_READY, type MountedSidebar, type SidebarBridge, type SidebarModule } from '../content/contract';

/** An absolute link into the guide, the one the background opens on a click: it works from any page's origin. */
const guideUrl = (anchor: string) => `${browser.runtime.getURL('/guide.html')}?from=${encodeURIComponent(location.href)}#${anchor}`;

/**
 * The sidebar's React UI, injected by the background into a tab's content-script
 * world only once a posting is found there. It renders into a shadow root: no
 * style leaks in or out; the page's own DOM is not touched beyond our host.
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
      guideUrl={guideUrl}
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

async function mount(bridge: SidebarBridge): Promise<MountedSidebar> {
  const ui = await createShadowRootUi<Root>(bridge.ctx, {
    // A plain <div> host with a CLOSED shadow root: page scripts get null from
    // `host.shadowRoot`, and no custom-element name means a page that defines
    // one first can neither block us nor run its constructor on our host.
    name: 'div',
    mode: 'closed',
    // Keys typed in the sidebar (the paste box) do not bubble out to the page's listeners.
    isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut'],
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: sidebarCss, // WXT puts `:host{all:initial}` first: inherited page styles stop at our host
    onMount(container) {
      container.setAttribute('data-fitmark-root', '');
      const root = createRoot(container);
      // Rendered now, not in a task React schedules: the stores are subscribed when mount returns, so the
      // result (often already on its way) renders in the microtask after it arrives and paints in the next
      // frame, before the content script's deferred work (the in-page marks) and its paint-time stamp.
      flushSync(() => root.render(<App bridge={bridge} />));
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return {
    shadowHost: ui.shadowHost,
    remove: () => ui.remove(),
    // The in-page marks are drawn beside the sidebar, inside the same closed root (not in
    // React's container, which React owns).
    layerParent: ui.uiContainer.parentElement ?? ui.shadow,
    // Inside the closed root: the page cannot read it; the end-to-end tests can (DevTools protocol).
    measure: (ms, at) => {
      ui.uiContainer.setAttribute('data-fitmark-ms', ms.toFixed(1));
      ui.uiContainer.setAttribute('data-fitmark-at', at.toFixed(1));
    },
  };
}

export default defineUnlistedScript(() => {
  const module: SidebarModule = { mount };
  const g = globalThis as Record<string, unknown>;
  g[SIDEBAR_GLOBAL] = module;
  // The content script may be waiting for it (the script came with an analysis still under way).
  (g[SIDEBAR_READY] as ((m: SidebarModule) => void) | undefined)?.(module);
});
