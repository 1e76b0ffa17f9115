import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One scratch temporary folder per run, removed at its end (tests/setup/scratch-folder.ts).
    globalSetup: ['tests/setup/scratch-folder.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Read the built site: `npm test` builds dist/ (and the sub-path build) first.
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
