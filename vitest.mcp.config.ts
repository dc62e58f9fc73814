import { defineConfig } from "vitest/config";

/**
 * `npm run test:mcp`: the generated MCP server against Prism over stdio. Apart
 * from `npm test` because Prism and four server processes take most of a
 * minute here; `.ci/run` runs it after `npm test`.
 */
export default defineConfig({
  test: {
    include: ["test/mcp/**/*.e2e.ts"],
    reporters: ["default", "./test/summary-reporter.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
