import { defineConfig } from "vitest/config";

// The browser suite, run by `npm run test:browser` (not by `npm test`): it needs Chromium.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.spec.ts"],
    reporters: ["default", "./test/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
