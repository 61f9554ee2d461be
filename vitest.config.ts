import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', './tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    globals: true,
    restoreMocks: true,
  },
});
