import { defineConfig } from 'wxt';
import { ALLOWED_HOSTS } from './utils/net/allowed-hosts';
import { CONTENT_SCRIPT_MATCHES } from './utils/pages/sites';
import { TOGGLE_COMMAND } from './utils/settings/commands';

const GECKO_ID = 'kernel-context@kernel-context.dev';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: [],
  // `KC_SOURCEMAP=1` for `npm run bench`'s breakdown of the content script by source file.
  vite: () => ({ build: { sourcemap: process.env.KC_SOURCEMAP === '1' } }),
  manifest: ({ browser, manifestVersion }) => ({
    // The browser's own i18n (public/_locales, made by `npm run locales` from utils/i18n/messages/).
    default_locale: 'en',
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_description__',
    // Chrome MV3's background is a service worker without DOMParser: it parses fetched Phoronix
    // pages in an offscreen document (entrypoints/offscreen, utils/dom/parse-markup.ts).
    // Firefox's background page has a DOM, and neither the API nor the page exists there.
    // `scripting` (MV3; MV2's `tabs.executeScript` needs only the host): the background
    // injects the annotator into a page of the sites read once it has loaded (entrypoints/annotator).
    permissions: [...(browser !== 'firefox' && manifestVersion === 3 ? ['storage', 'offscreen'] : ['storage']), ...(manifestVersion === 3 ? ['scripting'] : [])],
    host_permissions: ALLOWED_HOSTS.map((host) => `https://${host}/*`),
    // The content script: entrypoints/content-start.ts, an unlisted script so that WXT builds
    // no content script context around it at `document_start` (see there why). Injected at
    // `document_start`, it waits for the page to have loaded (utils/dom/after-page-load.ts):
    // declared at `document_idle`, even an empty script cost the seed article's load more (×1.13
    // against ×1.03, README § Performance).
    content_scripts: [{ matches: CONTENT_SCRIPT_MATCHES, js: ['content-start.js'], run_at: 'document_start' }],
    commands: {
      [TOGGLE_COMMAND]: { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_manifest_command_toggle__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learnt data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The toolbar button's tooltip comes from the popup page's <title>; it is the name, localised.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const action of [manifest.action, manifest.browser_action]) if (action) action.default_title = '__MSG_manifest_name__';
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
        // The sources zip is what a store reviewer rebuilds from: no tests, test rig or keys.
    excludeSources: [
      'e2e/**',
      'tests/**',
      '**/*.test.ts',
      '**/*.test.tsx',
      '.ci/**',
      'coverage/**',
      '**/*.pem',
      '**/*.key',
      'vitest.config.ts',
      'scripts/demo.mjs',
      'scripts/store-screenshots.mjs',
      'scripts/test-all.mjs',
      'scripts/ensure-browsers.mjs',
      'scripts/lint-firefox.mjs',
      'scripts/check-zips.mjs',
      'scripts/bench-extraction.mjs',
      'scripts/bench.mjs',
      'scripts/fixtures/**',
      'docs/**',
    ],
  },
});
