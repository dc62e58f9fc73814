import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatFiles } from "../../generator/format/format.js";
import { tempDir } from "./support.js";

describe("the format stage", () => {
  it("passes built TypeScript by, formats Markdown with prettier, JSON not at all, and TypeScript no emitter built with prettier", async () => {
    const json = JSON.stringify({ name: "x", keywords: ["a"] }, null, 2) + "\n";
    const built = { path: "src/built.ts", text: "export const a = {b:1}", formatted: true as const };
    const files = await formatFiles([
      { path: "package.json", text: json },
      { path: "README.md", text: "# Title\n\n\n* item\n" },
      built,
      { path: "src/a.ts", text: "export const a = {b:1}" },
    ]);
    expect(files.map((file) => file.text)).toEqual([json, "# Title\n\n- item\n", built.text, "export const a = { b: 1 };\n"]);
  });
});

describe("the format cache", () => {
  const file = { path: "src/a.ts", text: "export const a = {b:1}" };

  async function entries(cacheDir: string): Promise<string[]> {
    const found = await readdir(path.join(cacheDir, "format"), { recursive: true, withFileTypes: true });
    return found.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  }

  it("remembers a formatted text and returns it on the next run", async () => {
    const cacheDir = await tempDir();
    const [first] = await formatFiles([file], { cacheDir });
    const [entry] = await entries(cacheDir);
    expect(await readFile(entry!, "utf8")).toContain("export const a = { b: 1 };\n");
    const [second] = await formatFiles([file], { cacheDir });
    expect(second).toEqual(first);
  });

  it.each([
    ["a truncated entry", (entry: string) => entry.slice(0, -3)],
    ["an entry whose text was edited", (entry: string) => entry.replace("b: 1", "b: 2")],
    ["an entry made for another input", (entry: string) => `${"0".repeat(64)}${entry.slice(64)}`],
    ["an entry that is not an entry at all", () => "garbage"],
  ])("ignores %s and formats afresh", async (_, damage) => {
    const cacheDir = await tempDir();
    await formatFiles([file], { cacheDir });
    const [entry] = await entries(cacheDir);
    await writeFile(entry!, damage(await readFile(entry!, "utf8")));
    const [formatted] = await formatFiles([file], { cacheDir });
    expect(formatted!.text).toBe("export const a = { b: 1 };\n");
  });

  it("keys entries by the unformatted text: a changed input is formatted, not looked up", async () => {
    const cacheDir = await tempDir();
    await mkdir(cacheDir, { recursive: true });
    await formatFiles([file], { cacheDir });
    const [changed] = await formatFiles([{ path: "src/a.ts", text: "export const a = {b:2}" }], { cacheDir });
    expect(changed!.text).toBe("export const a = { b: 2 };\n");
    expect(await entries(cacheDir)).toHaveLength(2);
  });
});
