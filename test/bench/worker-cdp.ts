/**
 * The extension's service worker through the DevTools protocol (Target domain, not
 * flattened: Playwright's CDP session of an extension page reaches the worker this way),
 * for the benches that read its heap or profile it.
 */
import type { CDPSession } from 'playwright-core';

export type WorkerCall = (method: string, params?: Record<string, unknown>) => Promise<{ result?: Record<string, unknown> }>;

/** A call into the worker of `extensionId`, or null where it is not running; `onEvent` gets the worker's events (e.g. heap snapshot chunks). */
export async function attachWorker(cdp: CDPSession, extensionId: string, onEvent?: (method: string, params: Record<string, unknown>) => void): Promise<WorkerCall | null> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  if (!sw) return null;
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
  const pending = new Map<number, (v: { result?: Record<string, unknown> }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown> };
    if (m.id !== undefined) pending.get(m.id)?.(m);
    else if (m.method !== undefined) onEvent?.(m.method, m.params ?? {});
  });
  let id = 0;
  return (method, params = {}) =>
    new Promise((r) => {
      const i = ++id;
      pending.set(i, r);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method, params }) });
    });
}
