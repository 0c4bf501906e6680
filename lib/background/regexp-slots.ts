/**
 * The service worker's module-level regular expressions, made when first used
 * and let go when the worker is idle (lib/background/lazy-regexps.ts rewrites
 * the worker's modules at build time to keep theirs here).
 *
 * Why: V8 compiles a regular expression that runs twice to native code and
 * keeps that code as long as the RegExp object lives. Held in module constants,
 * the ~200 patterns of lib/requirements, lib/resume and lib/skills kept 1.6 MB of
 * native code in the worker's heap for its whole life. Made again after a drop,
 * `new RegExp(source, flags)` finds its compiled data in V8's regexp cache as long
 * as the heap has not been fully collected twice since, so an analysis right
 * after another recompiles nothing; a worker left idle gives the code back.
 */

const modules: unknown[][] = [];

/** One module's slots: `slots[k] ??= make()` in place of a module constant. */
export function regexpSlots(): unknown[] {
  const slots: unknown[] = [];
  modules.push(slots);
  return slots;
}

/** Lets go of every module's regular expressions; the next use makes them again. Call only between analyses (never while one runs). */
export function dropRegExps(): void {
  for (const slots of modules) slots.length = 0;
}
