import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs in a second or so; `e2e` builds the portal once
 * (global setup) and drives headless Chromium against it. `npm test` runs
 * unit first, so a broken core fails fast before any browser starts.
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Three portal builds run before the first test.
          hookTimeout: 240_000,
          testTimeout: 60_000,
          // Each test file starts its own Chromium; two at a time suit a two-core runner.
          maxWorkers: 2,
        },
      },
    ],
  },
});
