import sidebarCss from '@/components/sidebar.css?inline';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { MountedUi } from '@/lib/page/session';

/**
 * The sidebar's host, made by the content script (no script to load): the content script draws its
 * first card in it, and the full UI (entrypoints/sidebar-ui) renders into the same container later.
 */
export async function createHost(ctx: ContentScriptContext): Promise<MountedUi> {
  const ui = await createShadowRootUi<void>(ctx, {
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
    },
  });
  ui.mount();
  return {
    shadowHost: ui.shadowHost,
    container: ui.uiContainer,
    remove: () => ui.remove(),
    // The in-page marks are drawn beside the sidebar, inside the same closed root (not in
    // the sidebar's container, which the UI owns).
    layerParent: ui.uiContainer.parentElement ?? ui.shadow,
    // Inside the closed root: the page cannot read it; the end-to-end tests can (DevTools protocol).
    measure: (ms, at) => {
      ui.uiContainer.setAttribute('data-fitmark-ms', ms.toFixed(1));
      ui.uiContainer.setAttribute('data-fitmark-at', at.toFixed(1));
    },
  };
}
