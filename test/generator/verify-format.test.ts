import path from "node:path";
import { describe, expect, it } from "vitest";
import { filesOutOfPrettierLayout } from "../../generator/format/verify.js";
import { cli, petstore, tempDir, writeSpec } from "./support.js";

describe("--verify-format", () => {
  it("names the TypeScript and Markdown files whose layout prettier would change, and leaves JSON alone", async () => {
    const files = [
      { path: "src/good.ts", text: "export const a = 1;\n" },
      { path: "src/bad.ts", text: "export const a   = 1\n" },
      { path: "README.md", text: "# Title\n\n* item\n" },
      { path: "package.json", text: '{"a":1}' },
    ];
    expect(await filesOutOfPrettierLayout(files)).toEqual(["src/bad.ts", "README.md"]);
  });

  it("passes a generated package, which the format stage lays out as prettier does", async () => {
    const dir = await tempDir();
    const spec = await writeSpec(dir, "petstore.yaml", petstore());
    const result = await cli("--spec", spec, "--out", path.join(dir, "out"), "--quiet", "--verify-format");
    expect(result.stderr).toMatch(/^generated /);
    expect(result.code).toBe(0);
  });
});
