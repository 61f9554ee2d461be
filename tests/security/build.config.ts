import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The checks of the built extension (built-extension.build.ts): run by `npm test` after
 * `wxt zip`, on the store zips in .output/ — not part of the unit tests, which run before
 * anything is built.
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/security/**/*.build.ts'],
    environment: 'node',
    globals: true,
  },
});
