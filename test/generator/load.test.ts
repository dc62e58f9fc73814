import { describe, expect, it } from "vitest";
import { SpecError } from "../../generator/errors.js";
import { loadSpec } from "../../generator/load.js";
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
});
