import type { CDPSession, Page } from 'playwright-core';

/**
 * The sidebar lives in a closed shadow root: nothing the page runs can reach it,
 * and neither can Playwright's locators. Tests reach it the way DevTools does,
 * through the DevTools protocol (`DOM.getDocument` with `pierce: true`), and run
 * functions with the shadow root as `this` in the page's main world. Nothing of
 * this ships in a build.
 */
interface CdpNode {
  nodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>;
  contentDocument?: CdpNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/** Every closed shadow root in the page's top document (frames excluded). */
function closedRoots(node: CdpNode, out: CdpNode[] = []): CdpNode[] {
  for (const root of node.shadowRoots ?? []) {
    if (root.shadowRootType === 'closed') out.push(root);
    closedRoots(root, out);
  }
  for (const child of node.children ?? []) closedRoots(child, out);
  return out;
}

export interface ClosedSidebar {
  /** How many closed shadow roots hold a Fitmark sidebar (0 before it mounts; never more than 1). */
  count(): Promise<number>;
  /** Runs `fn` (a function's source) with the shadow root as `this`; JSON-serialisable result. */
  evaluate<T>(fn: string, ...args: unknown[]): Promise<T>;
  /** textContent of the first match of `selector` in the sidebar, or null (also when not mounted). */
  text(selector?: string): Promise<string | null>;
  /** How many elements match `selector` inside the sidebar (0 when not mounted). */
  countOf(selector: string): Promise<number>;
  /** An attribute of the first match, or null. */
  attr(selector: string, name: string): Promise<string | null>;
  /** Clicks the `index`th match (a real click event, bubbling, as a user's would). */
  click(selector: string, index?: number): Promise<void>;
  /** Clicks the first match of `selector` whose text contains `text`. */
  clickText(selector: string, text: string): Promise<void>;
  /** Types `value` into a React-controlled input or textarea (value setter + input event, as typing does). */
  fill(selector: string, value: string): Promise<void>;
  /** Focuses the first match (for keyboard tests). */
  focus(selector: string): Promise<void>;
  /** The element that has focus inside the sidebar: its data-testid, aria-label or tag, or null. */
  focused(): Promise<string | null>;
}

const MARK = '[data-testid="fitmark-sidebar"],[data-testid="fitmark-tab"],[data-fitmark-root]';

export function sidebar(page: Page): ClosedSidebar {
  async function roots(): Promise<Array<{ objectId: string }>> {
    const s = await cdp(page);
    const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
    const found: Array<{ objectId: string }> = [];
    for (const r of closedRoots(root)) {
      const { object } = (await s.send('DOM.resolveNode', { nodeId: r.nodeId })) as { object: { objectId?: string } };
      if (!object.objectId) continue;
      const { result } = (await s.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function(sel){ return !!this.querySelector(sel); }`,
        arguments: [{ value: MARK }],
        returnByValue: true,
      })) as { result: { value: boolean } };
      if (result.value) found.push({ objectId: object.objectId });
    }
    return found;
  }

  async function evaluate<T>(fn: string, ...args: unknown[]): Promise<T> {
    const [root] = await roots();
    if (!root) return null as T;
    const s = await cdp(page);
    const reply = (await s.send('Runtime.callFunctionOn', {
      objectId: root.objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    return reply.result.value;
  }

  return {
    count: async () => (await roots()).length,
    evaluate,
    text: (selector = '[data-testid="fitmark-sidebar"],[data-testid="fitmark-tab"]') =>
      evaluate<string | null>(`function(sel){ const e = this.querySelector(sel); return e ? e.textContent : null; }`, selector),
    countOf: async (selector) => (await evaluate<number | null>(`function(sel){ return this.querySelectorAll(sel).length; }`, selector)) ?? 0,
    attr: (selector, name) =>
      evaluate<string | null>(`function(sel, n){ const e = this.querySelector(sel); return e ? e.getAttribute(n) : null; }`, selector, name),
    async click(selector, index = 0) {
      const ok = await evaluate<boolean>(
        `function(sel, i){ const e = this.querySelectorAll(sel)[i]; if (!e) return false; e.scrollIntoView({block:'center'}); e.click(); return true; }`,
        selector,
        index,
      );
      if (!ok) throw new Error(`sidebar: nothing matches ${selector} [${index}]`);
    },
    async clickText(selector, text) {
      const ok = await evaluate<boolean>(
        `function(sel, t){ const e = [...this.querySelectorAll(sel)].find((x) => (x.textContent || '').includes(t)); if (!e) return false; e.click(); return true; }`,
        selector,
        text,
      );
      if (!ok) throw new Error(`sidebar: no ${selector} with text ${text}`);
    },
    async fill(selector, value) {
      const ok = await evaluate<boolean>(
        `function(sel, v){ const e = this.querySelector(sel); if (!e) return false; e.focus();
          const proto = e instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
          Object.getOwnPropertyDescriptor(proto, 'value').set.call(e, v);
          e.dispatchEvent(new Event('input', { bubbles: true })); return true; }`,
        selector,
        value,
      );
      if (!ok) throw new Error(`sidebar: nothing matches ${selector}`);
    },
    async focus(selector) {
      const ok = await evaluate<boolean>(`function(sel){ const e = this.querySelector(sel); if (!e) return false; e.focus(); return true; }`, selector);
      if (!ok) throw new Error(`sidebar: nothing matches ${selector}`);
    },
    focused: () =>
      evaluate<string | null>(
        `function(){ const e = this.activeElement; return e ? (e.getAttribute('data-testid') || e.getAttribute('aria-label') || e.tagName.toLowerCase()) : null; }`,
      ),
  };
}
