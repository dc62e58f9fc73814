import { defineConfig } from "vitest/config";

/**
 * `npm run test:heavy`, CI's second step: the cases that cost minutes rather than
 * seconds, or run tsc or npm over whole packages (the benchmark's smoke run,
 * GitHub's and Pinpoint's specs, the corpus regressions' packages, the property
 * suite's packages, the generated packages compiled inside users' projects and
 * the packed package installed into a new one), in files named `*.heavy.test.ts`.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.heavy.test.ts"],
    // The Document360 client the compile-configs test copies into users' projects.
    globalSetup: ["test/global-setup.ts"],
    // As in vitest.config.ts: the workers mostly wait for tsc and npm in processes of their own.
    maxWorkers: "100%",
    reporters: ["default", "./test/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
