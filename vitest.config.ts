import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The minutes-long cases run in CI's second step, `npm run test:heavy` (vitest.heavy.config.ts).
    exclude: [...configDefaults.exclude, "test/**/*.heavy.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // A worker per core, not vitest's default of one fewer: most of a worker's time here is spent
    // waiting for a child process (tsc, Prism, a generated CLI) that runs on another core.
    maxWorkers: "100%",
    reporters: ["default", "./test/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
