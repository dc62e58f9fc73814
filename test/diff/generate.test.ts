import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runApiDiff } from "../../generator/api-diff.js";
import { cli, petstore, snapshot, tempDir, writeSpec } from "../generator/support.js";

async function apiDiff(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runApiDiff(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** Petstore with a new required query parameter on `listPets`: one breaking change. */
function withRequiredFilter(): Record<string, any> {
  const document = petstore();
  document.paths["/pets"].get.parameters.push({ name: "owner", in: "query", required: true, schema: { type: "string" } });
  return document;
}

describe("npm run generate: api-surface.json and CHANGES.md", () => {
  let dir: string;
  let out: string;
  let spec: string;
  let baseline: Record<string, string>;

  beforeAll(async () => {
    dir = await tempDir("diff-test-");
    out = path.join(dir, "out");
    spec = await writeSpec(dir, "api.json", petstore());
    const first = await cli("--spec", spec, "--out", out);
    expect(first.code).toBe(0);
    baseline = await snapshot(out);
  });

  it("writes a snapshot of the surface, in the client's names, and a baseline note on first generation", () => {
    const surface = JSON.parse(baseline["api-surface.json"]!);
    expect(Object.keys(surface.operations)).toEqual(["createPet", "deletePet", "getPet", "listPets"]);
    expect(surface.operations.listPets).toEqual({
      client: "pets.list",
      route: "GET /pets",
      tags: [],
      input: { required: { query: { required: { tag: "string" }, optional: { limit: "number" } } } },
      result: { array: { ref: "Pet" } },
      errors: ["default"],
    });
    expect(surface.schemas.Pet).toEqual({
      required: { id: "string", name: "string" },
      optional: { kind: { enum: ["cat", "dog"] }, tag: { oneOf: ["null", "string"] } },
    });
    expect(baseline["CHANGES.md"]).toContain("wrote the first `api-surface.json`");
  });

  it("keeps CHANGES.md when only prose changed, and --check agrees", async () => {
    const changed = await writeSpec(dir, "changes.json", withRequiredFilter());
    const target = path.join(dir, "prose");
    await cp(out, target, { recursive: true });
    await cli("--spec", changed, "--out", target, "--quiet");
    const report = (await snapshot(target))["CHANGES.md"]!;
    expect(report).toContain("- `owner` (query): added (required): `string`, in `pets.list`");
    const proseOnly = withRequiredFilter();
    proseOnly.paths["/pets"].get.summary = "List the pets, reworded";
    const proseSpec = await writeSpec(dir, "prose.json", proseOnly);
    const staleCheck = await cli("--spec", proseSpec, "--out", target, "--check");
    expect(staleCheck.code).toBe(1);
    expect(staleCheck.stderr).toContain("changed: src/operations.ts");
    expect(staleCheck.stderr).not.toContain("CHANGES.md");
    const regenerated = await cli("--spec", proseSpec, "--out", target);
    expect(regenerated.stderr).toContain("api: API surface unchanged (CHANGES.md kept)");
    const after = await snapshot(target);
    expect(after["CHANGES.md"]).toBe(report);
    expect(after["src/operations.ts"]).toContain("List the pets, reworded");
    expect((await cli("--spec", proseSpec, "--out", target, "--check")).code).toBe(0);
  });

  it("--fail-on-breaking writes the output, reports on stderr and exits 1 when a change breaks callers", async () => {
    const target = path.join(dir, "breaking");
    await cp(out, target, { recursive: true });
    const changed = await writeSpec(dir, "breaking.json", withRequiredFilter());
    const result = await cli("--spec", changed, "--out", target, "--quiet", "--fail-on-breaking");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("api: 0 operations added, 0 removed, 0 renamed; 1 breaking change (in 1 operation) and 0 non-breaking");
    expect(result.stderr).toMatch(/^error: 1 breaking API changes \(--fail-on-breaking\); see .*CHANGES\.md$/m);
    const files = await snapshot(target);
    expect(JSON.parse(files["api-surface.json"]!).operations.listPets.input.required.query.required).toEqual({ owner: "string", tag: "string" });
    expect(files["CHANGES.md"]).toContain("## Breaking changes (1)\n\n### Required inputs added (1)\n\n- `owner` (query): added (required): `string`, in `pets.list`\n");
    expect((await cli("--spec", changed, "--out", target, "--check")).code).toBe(0);
    expect((await cli("--spec", changed, "--out", target, "--quiet", "--fail-on-breaking")).code).toBe(0);
  });

  it("exits 0 with --fail-on-breaking when the changes are all compatible", async () => {
    const target = path.join(dir, "compatible");
    await cp(out, target, { recursive: true });
    const document = petstore();
    document.components.schemas.Pet.properties.age = { type: "integer" };
    const result = await cli("--spec", await writeSpec(dir, "compatible.json", document), "--out", target, "--quiet", "--fail-on-breaking");
    expect(result.code).toBe(0);
    const report = (await snapshot(target))["CHANGES.md"]!;
    expect(report).toContain("**No breaking change** and 3 non-breaking.");
    expect(report).toContain("- `age` (result): added (optional): `number`, in 3 operations: `pets.create`, `pets.get`, `pets.list` (`[].age`)\n");
  });

  it("does not treat an unreadable snapshot as a surface: the generation becomes the baseline", async () => {
    const target = path.join(dir, "unreadable");
    await cp(out, target, { recursive: true });
    await writeFile(path.join(target, "api-surface.json"), "{}\n");
    const result = await cli("--spec", spec, "--out", target);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("the one there was written in another format");
    expect(await snapshot(target)).toEqual(baseline);
  });
});

describe("npm run api-diff", () => {
  let dir: string;
  let before: string;
  let after: string;
  let beforeSurface: string;
  let afterSurface: string;

  beforeAll(async () => {
    dir = await tempDir("api-diff-test-");
    before = await writeSpec(dir, "before.yaml", petstore());
    after = await writeSpec(dir, "after.json", withRequiredFilter());
    for (const [spec, name] of [[before, "before"], [after, "after"]] as const) {
      await cli("--spec", spec, "--out", path.join(dir, name), "--quiet");
    }
    beforeSurface = path.join(dir, "before", "api-surface.json");
    afterSurface = path.join(dir, "after", "api-surface.json");
  });

  it("prints the report for two specs, the same as for their snapshots", async () => {
    const fromSpecs = await apiDiff(before, after);
    expect(fromSpecs.code).toBe(0);
    expect(fromSpecs.stdout).toMatch(/^# API changes\n/);
    expect(fromSpecs.stdout).toContain("**1 breaking change** (in 1 operation) and 0 non-breaking.");
    expect(fromSpecs.stdout).toContain("- `owner` (query): added (required): `string`, in `pets.list`");
    expect(fromSpecs.stderr).toBe("0 operations added, 0 removed, 0 renamed; 1 breaking change (in 1 operation) and 0 non-breaking\n");
    const fromSnapshots = await apiDiff(beforeSurface, afterSurface);
    const body = (text: string) => text.slice(text.indexOf("**"));
    expect(body(fromSnapshots.stdout)).toBe(body(fromSpecs.stdout));
  });

  it("exits 1 with --fail-on-breaking only when a change is breaking", async () => {
    expect((await apiDiff(beforeSurface, afterSurface, "--fail-on-breaking")).code).toBe(1);
    const same = await apiDiff(beforeSurface, beforeSurface, "--fail-on-breaking");
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("No change to the client's surface.");
  });

  it("exits 2, naming the problem, when an input cannot be read or is missing", async () => {
    const missing = await apiDiff(beforeSurface, path.join(dir, "missing.yaml"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: .*missing\.yaml: file not found$/m);
    expect((await apiDiff(beforeSurface)).code).toBe(2);
  });

  it("prints what generating NEW would warn about, and nothing of the kind for OLD", async () => {
    const document = petstore();
    document.paths["/pets"].get.parameters.push({ name: "x trace", in: "header", schema: { type: "string" } });
    const leftOut = await writeSpec(dir, "left-out.json", document);
    const toIt = await apiDiff(before, leftOut);
    expect(toIt.code).toBe(0);
    expect(toIt.stdout).toContain("No change to the client's surface.");
    expect(toIt.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^warning: .*left-out\.json#\/paths\/~1pets\/get\/parameters\/\d+\/name \(GET \/pets\): the header parameter name "x trace" is not an HTTP token .*; it is optional, so the client leaves it out$/),
      "0 operations added, 0 removed, 0 renamed; 0 breaking changes (in 0 operations) and 0 non-breaking",
    ]);
    const fromIt = await apiDiff(leftOut, before);
    expect(fromIt.stderr).not.toContain("warning:");
  });

  it("refuses a structurally broken document instead of reporting every operation removed", async () => {
    const { paths, ...rest } = petstore();
    const broken = await writeSpec(dir, "pathz.yaml", { ...rest, pathz: paths });
    const result = await apiDiff(before, broken);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^error: .*pathz\.yaml#\/paths: the OpenAPI object has no `paths`, which OpenAPI requires$/m);
  });
});
