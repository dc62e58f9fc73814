import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { D360_SPECS, generateRealSpec, operationFunctions, snapshot, typeErrorsInEach } from "./support.js";

const SPECS: [string, number][] = [
  ["v3.1.json", 116],
  ["v3.json", 116],
  ["v3-2026-04.json", 98],
];

describe("real specs generate one typed function per operation and type-check under --strict", () => {
  const outs = new Map<string, string>();
  let typeErrors: Map<string, string>;

  beforeAll(async () => {
    for (const [file] of SPECS) outs.set(file, await generateRealSpec(path.join(D360_SPECS, file), `d360-${file}`));
    typeErrors = await typeErrorsInEach([...outs.values()]);
  }, 300_000);

  it.each(SPECS)("Document360 %s: %i operations", async (file, operations) => {
    const out = outs.get(file)!;
    expect(typeErrors.get(out)).toBe("");
    const files = await snapshot(out);
    const names = operationFunctions(files);
    expect(names).toHaveLength(operations);
    expect(new Set(names).size).toBe(operations);
    expect(JSON.parse(files["manifest.json"]!).operations).toBe(operations);
    if (file === "v3.1.json") {
      expect(names).toContain("getProjectExportStatus");
      expect(files["src/operations.ts"]).toMatch(
        /export function getProjectExportStatus\(\s*client: ApiClient<paths>,\s*input: paths\["\/v3\/projects\/\{project_id\}\/exports\/\{export_id\}"\]\["get"\]\["parameters"\],\s*options\?: RequestOptions,\s*\): ApiPromise<Models\.ExportStatusResponseApiResponse>/,
      );
      // The parameters' documentation and types are paths' own.
      expect(files["src/paths.ts"]).toMatch(/"\/v3\/projects\/\{project_id\}\/exports\/\{export_id\}": \{[\s\S]*?get: \{\s*parameters: \{[\s\S]*?path: \{[\s\S]*?export_id: string;[\s\S]*?project_id: string;/);
    }
  });
});
