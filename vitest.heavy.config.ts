import { defineConfig } from "vitest/config";

/**
 * `npm run test:heavy`, CI's second step: the cases that cost minutes rather than
 * seconds (the benchmark's smoke run, GitHub's spec, the corpus regressions'
 * packages), in files named `*.heavy.test.ts`.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.heavy.test.ts"],
    reporters: ["default", "./test/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
