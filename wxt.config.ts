import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import { BOARD_MATCHES } from './lib/posting/sites/matches';
import { slimTaxonomyModule } from './lib/skills/slim';
import { workerRegExps } from './lib/background/lazy-regexps';

/** The sizes rendered from public/icon.svg by test/tools/icons.ts (public/icon/<size>.png). */
const icons = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `/icon/${size}.png`]));

// See https://wxt.dev/api/config.html
export default defineConfig({
  // FITMARK_OUT lets parallel builds (several people on one machine) keep apart; the default is WXT's.
  outDir: process.env.FITMARK_OUT ?? '.output',
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep lib/ honest: nothing there may lean on a global.
  imports: false,
  // Chromium for the end-to-end tests is the system's (/usr/bin/chromium), driven by playwright-core.
  webExt: { disabled: true },
  vite: () => ({
    plugins: [silentContentScriptContext(), zodWithoutCodegen()],
    // ASCII output (other characters escaped): V8 keeps a script's source in memory, as one byte a
    // character when it is all Latin-1, else two. One "’" made the worker's 575 KB source take 1.15 MB.
    build: { ...(process.env.FITMARK_MAP ? { minify: false, sourcemap: true } : {}), rolldownOptions: { output: { charset: 'ascii' as const } } },
  }),
  hooks: {
    // The service worker gets the taxonomy without its prose (lib/skills/slim.ts); the pages get it whole.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'background')) return;
      // lib/'s regular expressions in module constants are made on first use and let go when the worker is idle.
      (config.plugins ??= []).push(workerTaxonomy(), packedMatcher(), workerRegExps(resolve(__dirname, 'lib')));
    },
    // Bad taxonomy data fails the build: the service worker trusts what ships (taxonomy/tools/check.ts).
    'build:before': async (wxt) => {
      const { checkTaxonomyForBuild } = await import('./taxonomy/tools/check');
      wxt.logger.info(await checkTaxonomyForBuild());
    },
  },
  // Manifest V3 for Firefox too (WXT's default there is MV2): one manifest shape on both browsers; why in README.
  manifestVersion: 3,
  zip: {
    // The sources zip AMO asks for: what `npm ci && npm run build:firefox` needs, not the tests, the
    // listing assets or anyone's build output (WXT already leaves out node_modules and dot-folders).
    excludeSources: ['.output*/**', 'test/**', '.ci/**', 'vitest.config.ts'],
  },
  manifest: ({ browser }) => ({
    name: 'Fitmark',
    description: 'See how your resume fits the job posting you are reading. Everything stays on this device.',
    icons,
    // activeTab + scripting: "Analyze this page" reads a page Fitmark does not know, only when the user asks.
    permissions: ['storage', 'activeTab', 'scripting'],
    // Only the boards Fitmark reads: there the background injects the sidebar's UI once a posting is found.
    host_permissions: BOARD_MATCHES,
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Show or hide the Fitmark sidebar',
      },
    },
    action: { default_title: 'Fitmark', default_icon: icons },
    // Extension pages load only our own code and may not reach the network at all.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; connect-src 'self'; base-uri 'none'; form-action 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'fitmark@fitmark.invalid',
              // data_collection_permissions is read from Firefox 140 (addons-linter asks for 140 at least).
              strict_min_version: '140.0',
              // Fitmark collects nothing: no server, no analytics, no network call.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

/**
 * WXT's ContentScriptContext announces every content-script start to the page:
 * `document.dispatchEvent(new CustomEvent('<extension id>:content:wxt:content-script-started'))`
 * (and window.postMessage, off by `noScriptStartedPostMessage`). Any page that
 * knows our store id could listen for it and learn that Fitmark is installed.
 * The content script keeps its own "already running" flag in its isolated world
 * instead (entrypoints/content/index.tsx), so the announcement is cut at build
 * time; test/unit/silent-build.test.ts checks the built script says nothing.
 */
function silentContentScriptContext() {
  return {
    name: 'fitmark:silent-content-script-context',
    transform(code: string, id: string) {
      if (!/wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/.test(id)) return null;
      const out = code.replace('this.stopOldScripts();', '').replace('this.listenForNewerScripts();', '');
      if (out === code) throw new Error('fitmark: WXT changed content-script-context.mjs; re-check what it tells the page');
      return { code: out, map: null };
    },
  };
}

/**
 * In the background's build only: each taxonomy file keeps what matching reads
 * (lib/skills/slim.ts), so the worker's heap holds no guide prose, no examples.
 * A module of taxonomy/ that is not skill, role or rename data (the guides'
 * prose, tools) fails the build: the worker must never load it.
 */
function workerTaxonomy() {
  const dir = resolve(__dirname, 'taxonomy').replaceAll('\\', '/') + '/';
  return {
    name: 'fitmark:worker-taxonomy',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const file = id.split('?')[0]!.replaceAll('\\', '/');
      if (!file.startsWith(dir)) return null;
      const path = file.slice(dir.length);
      if (path === 'index.ts') return null;
      const slim = path.endsWith('.json') ? slimTaxonomyModule(path, JSON.parse(code)) : null;
      if (slim === null) throw new Error(`fitmark: the service worker imports taxonomy/${path}; it may load only skills/, roles/ and renamed.json (import guide prose from the guide page)`);
      // As JSON.parse("…"), not as object literals: V8 scans a string and parses JSON several times faster
      // than it compiles and runs the same data written as code (~0.3 MB here, all on the worker's cold start).
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(slim))});`, map: null, moduleType: 'js' };
    },
  };
}

/**
 * The service worker gets the matcher compiled at build time (lib/skills/matcher-pack.ts): the
 * module lib/skills/packed-matcher.ts, which hands out no pack in the sources, hands out the pack of
 * this taxonomy (once). The worker's taxonomy has no aliases or misspellings (lib/skills/slim.ts): it
 * matches only with this pack, made from the whole taxonomy.
 */
function packedMatcher() {
  const file = resolve(__dirname, 'lib/skills/packed-matcher.ts').replaceAll('\\', '/');
  return {
    name: 'fitmark:packed-matcher',
    enforce: 'pre' as const,
    async transform(_code: string, id: string) {
      if (id.split('?')[0]!.replaceAll('\\', '/') !== file) return null;
      const { RENAMED_IDS, ROLE_FILES, SKILL_FILES } = await import('./taxonomy');
      const { loadTaxonomy } = await import('./lib/skills/taxonomy');
      const { compileMatcher } = await import('./lib/skills/matcher');
      const { packMatcher, skillsFingerprint } = await import('./lib/skills/matcher-pack');
      const { skills } = loadTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS);
      const pack = packMatcher(compileMatcher(skills), skillsFingerprint(skills));
      // Handed out once (lib/skills/taxonomy.ts unpacks it), then let go.
      const code = `let pack = JSON.parse(${JSON.stringify(JSON.stringify(pack))});\nexport function takePackedMatcher() { const p = pack; pack = null; return p; }`;
      return { code, map: null };
    },
  };
}

/**
 * zod runs jitless here (lib/zod.ts), so its eval probe (`new Function("")` in
 * allowsEval) and its code generator (Doc.compile) are dead code — but they
 * ship, and addons.mozilla.org's linter flags them as eval in our bundles. Cut
 * at build time: the probe answers "no", the generator cannot run.
 */
function zodWithoutCodegen() {
  const probe = /try \{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch \(_\) \{\s*return false;\s*\}/;
  const compile = /compile\(\) \{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/;
  return {
    name: 'fitmark:zod-without-codegen',
    transform(code: string, id: string) {
      const file = /zod[\\/]v4[\\/]core[\\/](util|doc)\.js$/.exec(id)?.[1];
      if (!file) return null;
      const out =
        file === 'util'
          ? code.replace(probe, 'return false; // Fitmark: jitless, never probed')
          : code.replace(compile, 'compile() {\n        throw new Error("zod code generation is off in Fitmark (jitless)");\n    }');
      if (out === code) throw new Error(`fitmark: zod's ${file}.js changed; re-check its code generation`);
      return { code: out, map: null };
    },
  };
}
