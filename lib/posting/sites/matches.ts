import { SITES } from './index';

/**
 * The boards the content script runs on, as match patterns, from the registry:
 * used by the content script's declaration and the manifest's host permissions.
 */
export const BOARD_MATCHES: string[] = SITES.flatMap((s) => s.patterns);
