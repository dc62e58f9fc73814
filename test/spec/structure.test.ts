import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareSurfaces } from "../../generator/diff/compare.js";
import { parseSurface, SURFACE_FILE, type ApiSurface } from "../../generator/plan/surface.js";
import { generate } from "../../generator/pipeline.js";
import { placeholdersIn } from "../../generator/spec-sync/skeleton.js";
import { syncSpec } from "../../generator/spec-sync/sync.js";
import { tempDir } from "../generator/support.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const VENDOR = path.join(REPO, "../shared/specs/document360/v3.1.json");

/** The vendor's document is named with spec/'s method-name overrides, as spec:sync does, since it shares their operationIds. */
async function surfaceOf(specPath: string): Promise<ApiSurface> {
  const generation = await generate({ specPath, namesPath: path.join(REPO, "spec", "method-names.yaml") });
  return parseSurface(generation.files.find((file) => file.path === SURFACE_FILE)!.text)!;
}

/** The `findings` blocks of CORRECTIONS.md, one `operationId kind where` per line. */
function listedFindings(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```findings\n([\s\S]*?)```/g)];
  return blocks.flatMap((block) => block[1]!.split("\n").filter((line) => line.trim() !== ""));
}

describe("spec/ keeps the vendor's structure", () => {
  const vendorSurface = surfaceOf(VENDOR);

  it("differs from v3.1 in exactly the findings CORRECTIONS.md lists", async () => {
    const [vendor, ours] = await Promise.all([vendorSurface, surfaceOf(path.join(REPO, "spec/openapi.yaml"))]);
    expect(Object.keys(ours.operations)).toHaveLength(116);
    const comparison = compareSurfaces(vendor, ours);
    expect([comparison.operationsAdded, comparison.operationsRemoved, comparison.operationsRenamed]).toEqual([0, 0, 0]);
    const found = comparison.changes.map((change) => `${change.operationId ?? change.method} ${change.kind} ${change.at.join(".")}`);
    const listed = listedFindings(await readFile(path.join(REPO, "spec/CORRECTIONS.md"), "utf8"));
    expect(
      found.filter((line) => !listed.includes(line)),
      "findings CORRECTIONS.md does not list",
    ).toEqual([]);
    expect(
      listed.filter((line) => !found.includes(line)),
      "listed findings the report does not make",
    ).toEqual([]);
    expect(new Set(listed).size, "each finding listed once").toBe(listed.length);
  });

  it("spec:sync carries v3.1 over into an empty spec/ with the same client surface and no prose", async () => {
    const dir = await tempDir();
    const vendorDocument = JSON.parse(await readFile(VENDOR, "utf8"));
    const result = await syncSpec(vendorDocument, path.join(dir, "openapi.yaml"), true);
    expect([result.addedOperations.length, result.addedSchemas.length]).toEqual([116, 184]);
    const comparison = compareSurfaces(await vendorSurface, await surfaceOf(path.join(dir, "openapi.yaml")));
    expect(comparison.changes).toEqual([]);
    const { parse } = await import("yaml");
    const articles = parse(await readFile(path.join(dir, "articles.yaml"), "utf8"));
    expect(placeholdersIn(articles).length).toBeGreaterThan(200);
  });

  it("reads findings blocks and nothing else from the corrections", () => {
    const markdown = "text\n```findings\nopA newly-required body\n\nopB added body\n```\n```ts\nnot a finding\n```\n";
    expect(listedFindings(markdown)).toEqual(["opA newly-required body", "opB added body"]);
  });
});
