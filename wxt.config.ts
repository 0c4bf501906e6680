import { defineConfig } from 'wxt';
import { BOARD_MATCHES } from './lib/posting/sites/matches';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // FITMARK_OUT lets parallel builds (several people on one machine) keep apart; the default is WXT's.
  outDir: process.env.FITMARK_OUT ?? '.output',
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep lib/ honest: nothing there may lean on a global.
  imports: false,
  // Chromium for the end-to-end tests is the system's (/usr/bin/chromium), driven by playwright-core.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Fitmark',
    description: 'See how your resume fits the job posting you are reading. Everything stays on this device.',
    // activeTab + scripting: "Analyze this page" reads a page Fitmark does not know, only when the user asks.
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? BOARD_MATCHES : [])],
    // Only the boards Fitmark reads: there the background injects the sidebar's UI once a posting is found.
    ...(browser === 'firefox' ? {} : { host_permissions: BOARD_MATCHES }),
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Show or hide the Fitmark sidebar',
      },
    },
    action: { default_title: 'Fitmark' },
    // Extension pages load only our own code and may not reach the network at all.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'; connect-src 'self'"
        : { extension_pages: "script-src 'self'; object-src 'none'; connect-src 'self'; base-uri 'none'; form-action 'none'" },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'fitmark@fitmark.invalid', strict_min_version: '115.0' } } }
      : {}),
  }),
});
