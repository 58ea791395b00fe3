import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // One retry: on a 2-core machine shared by the threaded tests, a timing-dependent test
    // can lose its cores for a moment. A test that passes only on the retry is still named:
    // tools/vitest-retried.mjs lists it, and `npm test` prints it under its summary.
    retry: 1,
  },
});
