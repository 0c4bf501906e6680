/**
 * Manifest match patterns, read the way the browser reads them
 * (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns):
 * `<scheme>://<host><path>`, scheme `*` meaning http or https, host `*.x.com`
 * meaning x.com and every subdomain, `*` in the path any run of characters
 * (matched against the path and the query). Used by tests to hold each board's
 * `patterns` to its example URLs; nothing at run time depends on it.
 */
export function matchesPattern(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return /^(?:https?|wss?|ftp|file):$/.test(url.protocol);
  const m = /^(\*|https?|wss?|ftp|file):\/\/(\*|\*\.[^/*]+|[^/*]*)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (url.hostname !== host) return false;
  }
  const glob = new RegExp(`^${path.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(url.pathname + url.search);
}
