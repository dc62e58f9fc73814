import { execFileSync } from "node:child_process";
import { symlink } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SpecError } from "../../generator/errors.js";
import { loadSpec } from "../../generator/load/load.js";
import { tempDir, writeSpec } from "./support.js";

async function loadError(files: Record<string, string>, entry: string): Promise<string> {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) await writeSpec(dir, name, text);
  const error = await loadSpec(`${dir}/${entry}`).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SpecError);
  return (error as SpecError).message.replace(dir + "/", "");
}

describe("load", () => {
  it("reads YAML and JSON to the same value", async () => {
    const dir = await tempDir();
    const yaml = await loadSpec(await writeSpec(dir, "a.yaml", "openapi: 3.1.0\ninfo:\n  title: T\n"));
    const json = await loadSpec(await writeSpec(dir, "a.json", '{"openapi": "3.1.0", "info": {"title": "T"}}'));
    expect(yaml.entry.value).toEqual(json.entry.value);
    expect(yaml.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("follows $refs into other files, relative to the file that names them", async () => {
    const dir = await tempDir();
    await writeSpec(dir, "schemas/pet.yaml", "type: object\nproperties:\n  owner:\n    $ref: './owner.json'\n");
    await writeSpec(dir, "schemas/owner.json", '{"type": "string"}');
    const spec = await loadSpec(await writeSpec(dir, "api.yaml", "openapi: 3.0.0\ncomponents:\n  schemas:\n    Pet:\n      $ref: 'schemas/pet.yaml'\n"));
    expect([...spec.documents.keys()].map((file) => file.slice(dir.length + 1)).sort()).toEqual([
      "api.yaml",
      "schemas/owner.json",
      "schemas/pet.yaml",
    ]);
  });

  it.each([
    ["missing file", {}, "nope.yaml", "nope.yaml: file not found"],
    ["invalid JSON, with line and column", { "a.json": '{\n  "openapi": "3.0.0",\n}' }, "a.json", "a.json:3:1: invalid JSON: Expected double-quoted property name"],
    ["truncated JSON", { "a.json": '{"openapi": ' }, "a.json", "a.json:1:13: invalid JSON: unexpected end of input"],
    ["invalid YAML, with line and column", { "a.yaml": "openapi: 3.0.0\ninfo:\n  title: [unclosed\n" }, "a.yaml", "a.yaml:4:1: invalid YAML:"],
    ["duplicate YAML keys", { "a.yaml": "openapi: 3.0.0\nopenapi: 3.1.0\n" }, "a.yaml", "a.yaml:2:1: invalid YAML: duplicated mapping key"],
    ["a $ref to a missing file", { "a.yaml": "openapi: 3.0.0\nx:\n  $ref: gone.yaml\n" }, "a.yaml", "a.yaml#/x: $ref points to"],
    ["a $ref to a remote document", { "a.yaml": "components:\n  schemas:\n    A:\n      $ref: 'https://example.test/a.yaml'\n" }, "a.yaml", "a.yaml#/components/schemas/A: $ref to a remote document"],
  ])("reports %s in one line", async (_case, files, entry, want) => {
    const message = await loadError(files, entry);
    expect(message).toContain(want);
    expect(message).not.toContain("\n");
  });

  describe("bounded input: a spec is untrusted", () => {
    const refTo = (target: string) => `openapi: 3.0.0\ncomponents:\n  schemas:\n    A:\n      $ref: '${target}'\n`;

    it("refuses a $ref to a FIFO without opening it, so nothing blocks", async () => {
      const dir = await tempDir();
      execFileSync("mkfifo", [path.join(dir, "pipe.yaml")]);
      const started = performance.now();
      const error = await loadSpec(await writeSpec(dir, "api.yaml", refTo("pipe.yaml"))).catch((caught: Error) => caught);
      expect((error as Error).message).toMatch(/api\.yaml#\/components\/schemas\/A: \$ref points to \S*pipe\.yaml: not a regular file \(a folder, pipe or device\), so it is not read$/);
      expect(performance.now() - started).toBeLessThan(5_000);
    });

    it("refuses a device behind a link inside the spec's folder", async () => {
      const dir = await tempDir();
      await symlink("/dev/zero", path.join(dir, "zero.yaml"));
      expect(((await loadSpec(await writeSpec(dir, "api.yaml", refTo("zero.yaml"))).catch((caught: Error) => caught)) as Error).message).toContain(
        "zero.yaml: not a regular file",
      );
    });

    it("refuses a $ref that climbs out of the spec's folder, unless a wider root is given", async () => {
      const dir = await tempDir();
      await writeSpec(dir, "shared/pet.yaml", "type: string\n");
      const entry = await writeSpec(dir, "spec/api.yaml", refTo("../shared/pet.yaml"));
      const error = (await loadSpec(entry).catch((caught: Error) => caught)) as SpecError;
      expect(error).toBeInstanceOf(SpecError);
      expect(error.message).toMatch(/api\.yaml#\/components\/schemas\/A: \$ref leads outside the spec's folder \(.*shared\/pet\.yaml\); pass --allow-refs-outside DIR/);
      expect((await loadSpec(entry, { root: dir })).documents.size).toBe(2);
    });

    it("refuses a document over the size limit, naming the flag that raises it", async () => {
      const dir = await tempDir();
      const entry = await writeSpec(dir, "api.yaml", `openapi: 3.0.0\ninfo:\n  description: "${"x".repeat(4096)}"\n`);
      const error = (await loadSpec(entry, { maxFileBytes: 1024 }).catch((caught: Error) => caught)) as SpecError;
      expect(error.message).toMatch(/api\.yaml: 0\.0 MB is over the 0\.0009765625 MB limit for one document; raise it with --max-spec-mb$/);
      expect((await loadSpec(entry)).entry.value).toBeTruthy();
    });

    it("refuses a YAML alias bomb quickly, and an alias to its own ancestor", async () => {
      const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
      for (let level = 1; level < 9; level++) levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10).fill(`*${String.fromCharCode(96 + level)}`).join(", ")}]`);
      const started = performance.now();
      expect(await loadError({ "bomb.yaml": `${levels.join("\n")}\n` }, "bomb.yaml")).toBe(
        "bomb.yaml: invalid YAML: its aliases expand to more than 5,000,000 nodes (an alias bomb?); write the repeated parts out or use $ref",
      );
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(await loadError({ "loop.yaml": "a: &a\n  b: *a\n" }, "loop.yaml")).toBe("loop.yaml: invalid YAML: an alias refers to a node that contains it");
    });

    it("reads shared anchors that stay small", async () => {
      const dir = await tempDir();
      const spec = await loadSpec(await writeSpec(dir, "api.yaml", "base: &base {type: string}\nx: *base\ny: *base\n"));
      expect(spec.entry.value).toEqual({ base: { type: "string" }, x: { type: "string" }, y: { type: "string" } });
    });

    it("reports a $ref with a malformed percent escape in one line", async () => {
      expect(await loadError({ "a.yaml": refTo("pet%zz.yaml") }, "a.yaml")).toBe('a.yaml#/components/schemas/A: $ref "pet%zz.yaml" has a malformed percent escape');
    });

    it("reports YAML nested too deeply to read, without a stack overflow", async () => {
      expect(await loadError({ "deep.yaml": `${"[".repeat(200_000)}${"]".repeat(200_000)}\n` }, "deep.yaml")).toBe("deep.yaml: invalid YAML: nested too deeply to read");
    });
  });
});
