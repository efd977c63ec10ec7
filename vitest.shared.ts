import { defineConfig } from 'vitest/config';

/**
 * Base vitest settings for every package: besides the console report, each run writes a JSON
 * report to `.test-results/` so `npm test` can print one summary line for the whole workspace.
 */
export function defineVitest(overrides: { include?: string[]; testTimeout?: number; name?: string } = {}) {
  return defineConfig({
    test: {
      include: overrides.include ?? ['src/**/*.test.ts', 'test/**/*.test.ts'],
      // Generous: a guard against a hung test, never a measure of speed (CI runs on a loaded 2-core machine).
      testTimeout: overrides.testTimeout ?? 120_000,
      hookTimeout: 180_000,
      reporters: ['default', 'json'],
      outputFile: { json: `.test-results/${overrides.name ?? 'vitest'}.json` },
    },
  });
}
