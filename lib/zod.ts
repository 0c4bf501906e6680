import { z } from 'zod';

/**
 * zod, configured before any schema exists: every module of ours imports `z`
 * from here, never from 'zod' itself (a unit test holds that), so this runs
 * first wherever a schema is built.
 *
 * jitless: zod would otherwise probe for `new Function` and compile parsers
 * with it. Extension pages forbid eval (the probe is reported as a CSP
 * violation even though zod catches it), and Mozilla's add-on review flags it.
 */
z.config({ jitless: true });

export { z };
