import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Node decodes text as Chromium does (CP949's full table), as the CLI sets it up.
    setupFiles: ['test/setup-node.ts'],
  },
});
