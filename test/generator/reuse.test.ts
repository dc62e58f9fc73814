import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/reuse.js";
import { petstore, REPO, tempDir, writeSpec } from "./support.js";

async function run(specPath: string, cacheDir: string, templatesDir?: string) {
  const stages: string[] = [];
  const generation = await generate({ specPath, cacheDir, templatesDir, onProgress: (stage) => stages.push(stage) });
  return { generation, reused: stages.includes("reuse"), ranPipeline: stages.includes("format") };
}

async function setup() {
  const dir = await tempDir();
  const cacheDir = path.join(dir, "cache");
  const specPath = await writeSpec(dir, "api.json", petstore());
  return { dir, cacheDir, specPath };
}

async function entryFiles(cacheDir: string): Promise<string[]> {
  const entries = await readdir(path.join(cacheDir, "generations"));
  return entries.filter((name) => name.endsWith(".json") && !name.endsWith(".hashes.json")).map((name) => path.join(cacheDir, "generations", name));
}

describe("regenerating an unchanged spec", () => {
  it("answers from the cache the files the pipeline made, without running it", async () => {
    const { cacheDir, specPath } = await setup();
    const first = await run(specPath, cacheDir);
    expect(first).toMatchObject({ reused: false, ranPipeline: true });
    const second = await run(specPath, cacheDir);
    expect(second).toMatchObject({ reused: true, ranPipeline: false });
    expect(second.generation).toEqual(first.generation);
  }, 60_000);

  it("runs the pipeline again when the spec changed", async () => {
    const { dir, cacheDir, specPath } = await setup();
    await run(specPath, cacheDir);
    const changed = petstore();
    changed.info.version = "9.9.9";
    await writeSpec(dir, "api.json", changed);
    const again = await run(specPath, cacheDir);
    expect(again).toMatchObject({ reused: false, ranPipeline: true });
    expect(again.generation.files.find((file) => file.path === "package.json")!.text).toContain("9.9.9");
  }, 60_000);

  it("runs the pipeline again when a template changed", async () => {
    const { dir, cacheDir, specPath } = await setup();
    const templatesDir = path.join(dir, "templates");
    await cp(path.join(REPO, "templates"), templatesDir, { recursive: true });
    await run(specPath, cacheDir, templatesDir);
    const errorsFile = path.join(templatesDir, "runtime", "errors.ts");
    await writeFile(errorsFile, `${await readFile(errorsFile, "utf8")}\nexport const addedByTest = 1;\n`);
    const again = await run(specPath, cacheDir, templatesDir);
    expect(again).toMatchObject({ reused: false, ranPipeline: true });
    expect(again.generation.files.find((file) => file.path === "src/runtime/errors.ts")!.text).toContain("addedByTest");
  }, 60_000);

  it.each([
    ["a damaged entry", (entry: string) => entry.replace('"operations":', '"operations":1')],
    ["a truncated entry", (entry: string) => entry.slice(0, entry.length / 2)],
    ["an entry whose files were edited", (entry: string) => entry.replace("listPets", "listPetz")],
  ])("ignores %s and runs the pipeline", async (_, damage) => {
    const { cacheDir, specPath } = await setup();
    const first = await run(specPath, cacheDir);
    const [entry] = await entryFiles(cacheDir);
    await writeFile(entry!, damage(await readFile(entry!, "utf8")));
    const again = await run(specPath, cacheDir);
    expect(again).toMatchObject({ reused: false, ranPipeline: true });
    expect(again.generation).toEqual(first.generation);
  }, 60_000);

  it("answers from an output folder that holds the remembered files, and not from one whose file was edited", async () => {
    const { dir, cacheDir, specPath } = await setup();
    const first = await run(specPath, cacheDir);
    const out = path.join(dir, "out");
    for (const file of first.generation.files) await writeSpec(out, file.path, file.text);
    const stages: string[] = [];
    const fromFolder = await generate({ specPath, cacheDir, reuseFrom: out, onProgress: (stage) => stages.push(stage) });
    expect(stages).toEqual(["reuse"]);
    expect(fromFolder).toEqual({ ...first.generation, inFolder: out });
    await writeFile(path.join(out, "src", "models.ts"), "// edited\n");
    const afterEdit = await generate({ specPath, cacheDir, reuseFrom: out });
    expect(afterEdit).toEqual(first.generation);
  }, 60_000);

  it("without a cache folder, always runs the pipeline", async () => {
    const { specPath } = await setup();
    const stages: string[] = [];
    await generate({ specPath, onProgress: (stage) => stages.push(stage) });
    await generate({ specPath, onProgress: (stage) => stages.push(stage) });
    expect(stages.filter((stage) => stage === "format")).toHaveLength(2);
    expect(stages).not.toContain("reuse");
  }, 60_000);
});
