import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit test files that mock modules, stub globals or open IndexedDB run each in a fresh module graph; the others share one
// per worker (isolate: false), so the taxonomy, the matcher and the lazy regular expressions are built once per worker
// rather than once per file.
const ISOLATED = ['boundaries', 'db-migrations', 'db-service', 'import', 'resume-read', 'service-session'].map((n) => `test/unit/${n}.test.ts`);

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        // Some unit tests start the command line or parse real pages many times: generous on a 2-core machine under load.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], exclude: ISOLATED, environment: 'node', testTimeout: 60_000, isolate: false },
      },
      {
        extends: true,
        test: { name: 'unit-isolated', include: ISOLATED, environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['test/components/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['test/components/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
