import { defineConfig } from 'wxt';
import { ALLOWED_HOSTS } from './utils/net/allowed-hosts';

const GECKO_ID = 'kernel-context@kernel-context.dev';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Kernel Context',
    description:
      'Shows what happened next to the Linux kernel versions, code and news on Phoronix and kernel.org pages.',
    permissions: ['storage'],
    host_permissions: ALLOWED_HOSTS.map((host) => `https://${host}/*`),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-mv{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['e2e/**', 'tests/**', '**/*.test.ts', '**/*.test.tsx', '.ci/**', '.output/**', 'coverage/**', '**/*.pem', '**/*.key'],
  },
});
