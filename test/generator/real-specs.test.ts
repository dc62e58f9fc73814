import { rm } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, D360_SPECS, REPO, snapshot, typeErrorsIn } from "./support.js";

/** Inside the repository, so the generated package resolves openapi-fetch from its node_modules. */
const OUTPUT = path.join(REPO, ".tmp", "real-specs");

async function generateAndTypecheck(spec: string, name: string): Promise<Record<string, string>> {
  const out = path.join(OUTPUT, name);
  await rm(out, { recursive: true, force: true });
  const result = await cli("--spec", spec, "--out", out, "--quiet");
  expect(result.stderr).toMatch(/^generated /);
  expect(result.code).toBe(0);
  expect(await typeErrorsIn(out)).toBe("");
  return snapshot(out);
}

function operationFunctions(files: Record<string, string>): string[] {
  return [...files["src/operations.ts"]!.matchAll(/^export function (\w+)\(/gm)].map((match) => match[1]!);
}

describe("real specs generate one typed function per operation and type-check under --strict", () => {
  it.each([
    ["v3.1.json", 116],
    ["v3.json", 116],
    ["v3-2026-04.json", 98],
  ])("Document360 %s: %i operations", async (file, operations) => {
    const files = await generateAndTypecheck(path.join(D360_SPECS, file), `d360-${file}`);
    const names = operationFunctions(files);
    expect(names).toHaveLength(operations);
    expect(new Set(names).size).toBe(operations);
    expect(JSON.parse(files["manifest.json"]!).operations).toBe(operations);
    if (file === "v3.1.json") {
      expect(names).toContain("getProjectExportStatus");
      expect(files["src/operations.ts"]).toMatch(
        /export function getProjectExportStatus\(\s*client: ApiClient<paths>,\s*input: \{\s*path: \{[\s\S]*?export_id: string;[\s\S]*?project_id: string;\s*\};\s*\},\s*options\?: RequestOptions,\s*\): ApiPromise<Models\.ExportStatusResponseApiResponse>/,
      );
    }
  }, 120_000);

  it("GitHub's REST description (@octokit/openapi)", async () => {
    const spec = path.join(REPO, "node_modules", "@octokit", "openapi", "generated", "api.github.com.json");
    const files = await generateAndTypecheck(spec, "github");
    expect(operationFunctions(files).length).toBeGreaterThan(1000);
  }, 300_000);
});
