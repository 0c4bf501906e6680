import type { MatcherPack } from './matcher-pack';

/**
 * The matcher compiled at build time (lib/skills/matcher-pack.ts). None here, in the sources: the
 * service worker's build replaces this module with the pack (wxt.config.ts, packedMatcher), and
 * everything else (tests, the command line, extension pages) compiles the taxonomy when first asked.
 * Handed out once and let go: once unpacked, the pack's ~0.18 MB of strings would only sit in the
 * worker's heap.
 */
export function takePackedMatcher(): MatcherPack | null {
  return null;
}
