import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers one file at a time (2 cores, one server per file).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
    retry: 0,
  },
});
