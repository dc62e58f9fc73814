import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The minutes-long cases run in CI's second step, `npm run test:heavy` (vitest.heavy.config.ts).
    exclude: [...configDefaults.exclude, "test/**/*.heavy.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    reporters: ["default", "./test/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
