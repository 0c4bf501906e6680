import type { MatcherPack } from './matcher-pack';

/**
 * The matcher compiled at build time (lib/skills/matcher-pack.ts). Null here, in the sources: the
 * service worker's build replaces this module with the pack (wxt.config.ts, packedMatcher), and
 * everything else (tests, the command line, extension pages) compiles the taxonomy when first asked.
 */
export const PACKED_MATCHER: MatcherPack | null = null;
