import path from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/pipeline.js";
import type { GeneratedFile } from "../../generator/plan/files.js";
import { D360_SPECS, petstore, tempDir, writeSpec } from "./support.js";
import { readFile } from "node:fs/promises";

/** The same document with every object's keys and every parameter list in reverse order. */
function reordered(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => reordered(item));
    return key === "parameters" || key === "required" || key === "tags" ? items.reverse() : items;
  }
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((name) => [name, reordered((value as Record<string, unknown>)[name], name)]),
  );
}

function withoutSpecHash(files: GeneratedFile[]): GeneratedFile[] {
  return files.map((file) => (file.path === "manifest.json" ? { ...file, text: file.text.replace(/"sha256": "[0-9a-f]+"/, '"sha256": "…"') } : file));
}

async function generateFrom(dir: string, name: string, document: unknown): Promise<GeneratedFile[]> {
  return (await generate({ specPath: await writeSpec(dir, name, document) })).files;
}

describe("determinism", () => {
  it("generates byte-identical output twice", async () => {
    const dir = await tempDir();
    const first = await generateFrom(dir, "one/api.yaml", petstore());
    const second = await generateFrom(dir, "two/api.yaml", petstore());
    expect(second).toEqual(first);
  });

  it("does not change when keys, paths and parameters are reordered (petstore)", async () => {
    const dir = await tempDir();
    const original = await generateFrom(dir, "one/api.json", petstore());
    const shuffled = await generateFrom(dir, "two/api.json", reordered(petstore()));
    expect(withoutSpecHash(shuffled)).toEqual(withoutSpecHash(original));
  });

  it("does not change when the real Document360 description is reordered", async () => {
    const document = JSON.parse(await readFile(path.join(D360_SPECS, "v3.1.json"), "utf8"));
    const dir = await tempDir();
    const original = await generateFrom(dir, "one/v3.1.json", document);
    const shuffled = await generateFrom(dir, "two/v3.1.json", reordered(document));
    expect(withoutSpecHash(shuffled)).toEqual(withoutSpecHash(original));
  }, 60_000);
});
