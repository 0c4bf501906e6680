/**
 * When the service worker compiles, warms up and lets go (entrypoints/background.ts wires it to the browser).
 *
 * - The worker has no tabs.onUpdated listener: with one, the browser would wake it for every page any
 *   tab loads, and most of those are not Fitmark's (the badge needs none: Chromium and Firefox reset a
 *   tab's badge when it navigates to another document). Only Fitmark's own pages and content scripts
 *   wake it, and nothing is compiled or read when it starts: the first thing that needs the engine
 *   starts it (`start`: the taxonomy compiled, and after an update that brought a new taxonomy, saved
 *   resumes read again, once per version): a message, or a posting's page that starts loading.
 * - A posting's page starts loading (its content script says so at the document's start, `pageOpening`,
 *   before the page is parsed): what its analysis reads from the database is read now (`prefetch`, while
 *   the engine starts); and
 *   while the analyses' regular expressions are not made (the worker just started, or let them go),
 *   our own small posting is analysed (`warmUp`, lib/background/warm-up.ts) while the page loads, so
 *   the page's analysis, asked for once the page is parsed, compiles nothing.
 * - Once the work in hand is done and nothing more came for `idleMs`, the regular expressions are let
 *   go (`drop`, lib/background/regexp-slots.ts): their compiled code leaves the heap at the next full
 *   collections. Not at once: someone going down a list of jobs opens the next within seconds, and
 *   patterns made again run interpreted (slower) until V8 compiles them anew.
 */
export interface WorkerLifeDeps {
  start(): Promise<unknown>;
  warmUp(): void;
  /** Reads from the database what the analysis of this job will need. */
  prefetch(jobKey: string): void;
  /** Resolves when the work in hand (history writes, resume reads) is done. */
  settled(): Promise<unknown>;
  drop(): void;
  /** The job a URL shows, null when none (or no URL: the browser tells URLs only on the boards Fitmark reads). */
  jobKey(url: string | undefined): string | null;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  log(message: string, e: unknown): void;
  idleMs: number;
}

export function createWorkerLife(d: WorkerLifeDeps) {
  let started: Promise<unknown> | null = null;
  /** The analyses' regular expressions are made (an analysis or a warm-up ran since the last drop). */
  let warm = false;
  /** Messages begun so far: a warm-up that finds one begun since it was planned is not needed any more. */
  let messages = 0;
  let idle: unknown;
  const start = () => (started ??= d.start().catch((e: unknown) => d.log('could not refresh saved resumes', e)));

  return {
    /** Before a message is handled: the engine started (once); what it runs makes the patterns it needs. */
    beforeMessage(): Promise<unknown> {
      warm = true;
      messages++;
      return start();
    },
    /** After a message was answered: the drop once idle for `idleMs` (each message puts it off). */
    afterMessage(): void {
      d.clearTimeout(idle);
      idle = d.setTimeout(
        () =>
          void d.settled().then(() => {
            d.drop();
            warm = false;
          }),
        d.idleMs,
      );
    },
    /**
     * A page starts loading: its content script's first word, at the document's start (the page's URL as the
     * browser tells it, not as the message says). Not a message in the sense above: it needs no answer and
     * makes no pattern by itself.
     */
    pageOpening(url: string | undefined): void {
      const key = d.jobKey(url);
      if (!key) return;
      if (warm) {
        void start().then(() => d.prefetch(key));
        return;
      }
      warm = true;
      const planned = messages;
      const started = start();
      // The database's reads begin at once: they run while the engine starts (CPU work), and are read
      // when the posting's analysis asks for them, often already queued (a page's early read, lib/page/session.ts).
      d.prefetch(key);
      // No drop after it: the page's analysis comes within a second, and a worker left alone stops anyway.
      void started.then(() =>
        d.setTimeout(() => {
          // The posting's own analysis came first (the engine's start took longer than the page): it made
          // the patterns; a warm-up now would only hold up its answer.
          if (messages !== planned) return;
          try {
            d.warmUp();
          } catch (e) {
            d.log('could not warm up', e);
          }
        }, 0),
      );
    },
  };
}
