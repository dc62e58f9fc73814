import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { formatFiles, PRETTIER_OPTIONS, splitTypeScript } from "../../generator/format/format.js";
import { tempDir } from "./support.js";

/** prettier over the whole file at once, with the parser the generator used before it cut files apart. */
function formatWhole(text: string): Promise<string> {
  return format(text, { ...PRETTIER_OPTIONS, parser: "typescript" });
}

/** An interface of `count` members in ts-morph's layout (four spaces, no trailing commas), large enough to be cut. */
function largeInterface(name: string, count: number): string {
  const members = Array.from(
    { length: count },
    (_, index) =>
      `    /**\n     * Member ${index}; its doc says "quoted" and 'single' and {braces}.\n     */\n    "/route/${index}/{id}": {\n        get: { parameters: { path: { id: string } }; responses: { 200: { content: { "application/json": { value${index}: number | null } } } } };\n    };`,
  );
  return `export interface ${name} {\n${members.join("\n")}\n}\n`;
}

/** A class whose methods are separated by blank lines, as the resource emitter prints them; the header must stay one line. */
function largeClass(count: number): string {
  const methods = Array.from(
    { length: count },
    (_, index) =>
      `    /** Method ${index}. */\n    method${index}(params: { id: string }, options?: { signal?: AbortSignal }): Promise<number> {\n        return this.client.call("/things/${index}", { path: { id: params.id } }, options);\n    }`,
  );
  return `export class ThingsResource extends ApiResource<paths> {\n    readonly kind = "things";\n\n${methods.join("\n\n")}\n}\n`;
}

/** Top-level statements separated by blank lines, including the shapes that must never be cut: text that looks like a statement start inside a template literal, a comment and a type literal. */
function manyStatements(count: number): string {
  const statements = Array.from({ length: count }, (_, index) => {
    switch (index % 4) {
      case 0:
        return `/** Statement ${index}. */\nexport type Alias${index} = {\n/** A member whose doc is at column 0, as type text prints it. */\nvalue: string;\n\n/** After a blank line inside the type. */\nother?: number;\n}`;
      case 1:
        return `export function call${index}(input: { id: string }): string {\n    return \`first line\n\nexport const notAStatement${index} = "\${input.id}";\n\`;\n}`;
      case 2:
        return `/* a block comment\n\nexport const alsoNotAStatement${index} = 1;\n*/\nexport const value${index} = { a: [1, 2, 3], b: "}" };`;
      default:
        return `export interface Shape${index} {\n    id: string;\n    label?: string | null;\n}`;
    }
  });
  return `// header\n\nimport type { Something } from "./somewhere.js";\n\n${statements.join("\n\n")}\n`;
}

/** Runs this small make the inputs below cut into dozens of pieces. */
const CHUNK = 1_000;

describe("formatting in parallel, cut at statement and member boundaries", () => {
  it.each([
    ["statements of every kind", manyStatements(80)],
    ["one interface larger than a run", largeInterface("paths", 60)],
    ["statements, then a large interface", `${manyStatements(40)}\n${largeInterface("paths", 40)}`],
    ["a class whose members are separated by blank lines", `${manyStatements(8)}\n${largeClass(60)}`],
    ["an interface whose members are separated by blank lines", largeInterface("paths", 60).replaceAll(";\n    /**", ";\n\n\n    /**")],
  ])("gives prettier's whole-file output: %s", async (_, text) => {
    expect(splitTypeScript(text, CHUNK).length).toBeGreaterThan(5);
    const [formatted] = await formatFiles([{ path: "src/file.ts", text }], { chunkCharacters: CHUNK });
    expect(formatted!.text).toBe(await formatWhole(text));
  }, 60_000);

  it("never cuts inside a template literal, a comment or a type literal", () => {
    const pieces = splitTypeScript(manyStatements(80), CHUNK);
    for (const piece of pieces.slice(1)) {
      expect(piece.text).toMatch(/^(\/\*\*|export )/);
      expect(piece.text).not.toMatch(/^export const (notAStatement|alsoNotAStatement)/);
    }
  });

  it("leaves small files whole, formats Markdown by its own parser and JSON not at all", async () => {
    expect(splitTypeScript("export const a = 1;\n")).toHaveLength(1);
    const json = JSON.stringify({ name: "x", keywords: ["a"] }, null, 2) + "\n";
    const files = await formatFiles([
      { path: "package.json", text: json },
      { path: "README.md", text: "# Title\n\n\n* item\n" },
      { path: "src/a.ts", text: "export const a = {b:1}" },
    ]);
    expect(files.map((file) => file.text)).toEqual([json, "# Title\n\n- item\n", "export const a = { b: 1 };\n"]);
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
