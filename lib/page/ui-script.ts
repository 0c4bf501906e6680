/**
 * The sidebar's UI (React) is a separate script: the background injects it only where a posting is,
 * with the analysis (`injecting`) or when asked (`load`). It announces itself on globals of the
 * content script's isolated world, which the page cannot see: `names.module` once it has run, and it
 * calls `names.ready` if the content script is waiting for it. So the UI mounts as soon as its script
 * runs, and React's first render overlaps the analysis.
 */
export async function uiScript<M>(
  g: Record<string, unknown>,
  names: { module: string; ready: string },
  load: () => Promise<unknown>,
  injecting?: Promise<unknown>,
): Promise<M> {
  const loaded = () => g[names.module] as M | undefined;
  const module =
    loaded() ??
    (await new Promise<M | undefined>((resolve, reject) => {
      g[names.ready] = resolve;
      // The request that should have brought it is answered and still no script: ask for it.
      const ask = () => {
        const now = loaded();
        if (now) return resolve(now);
        load().then(() => resolve(loaded()), reject);
      };
      if (injecting) injecting.then(ask, ask);
      else ask();
    }).finally(() => delete g[names.ready]));
  if (!module) throw new Error('the sidebar’s script did not load');
  return module;
}
