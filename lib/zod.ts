import * as z from 'zod/mini';
import { z as zFull } from 'zod';
import en from 'zod/v4/locales/en.js';

/**
 * zod, configured before any schema exists: every module of ours imports `z`
 * from here, never from 'zod' itself (a unit test holds that), so this runs
 * first wherever a schema is built.
 *
 * `z` is zod/mini: functions in place of methods (`z.optional(s)`,
 * `s.check(z.maxLength(9))`), so a bundle carries only what its schemas use.
 * The service worker's schemas (messages, the database, history, preferences)
 * are written with it: zod's classic API had the worker keep ~0.5 MB of heap
 * for code and data it never used. `zFull` is the classic API, for the
 * taxonomy's and the guides' schemas, which run only at build time and in tests.
 *
 * jitless: zod would otherwise probe for `new Function` and compile parsers
 * with it. Extension pages forbid eval (the probe is reported as a CSP
 * violation even though zod catches it), and Mozilla's add-on review flags it.
 * English messages: zod/mini loads no locale by itself (its messages would all
 * be "Invalid input"); classic zod loads this one.
 */
z.config({ jitless: true, ...en() });

export { z, zFull };
