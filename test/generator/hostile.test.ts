/**
 * Unusual and hostile specs (issue #16): each either generates a package that
 * type-checks, or is refused with one `error:` line naming the file and the
 * JSON pointer, exit 1 and the output folder untouched; never a crash or a hang.
 */
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, petstore, REPO, snapshot, tempDir, typeErrorsInEach, writeSpec } from "./support.js";

/** Inside the repository, so the generated packages resolve openapi-fetch for tsc. */
const OUT = path.join(REPO, ".tmp", "hostile");

async function generateInto(name: string, spec: string): Promise<{ out: string; files: Record<string, string> }> {
  const out = path.join(OUT, name);
  await rm(out, { recursive: true, force: true });
  const result = await cli("--spec", spec, "--out", out, "--quiet");
  expect(result.stderr).toMatch(/^generated /);
  expect(result.code).toBe(0);
  return { out, files: await snapshot(out) };
}

/** JSON text of `levels` schemas, each wrapping the next by `open` and `close`, around a string: no recursion, whatever the depth. */
function nestedSchemaText(levels: number, open: string, close: string): string {
  return `${open.repeat(levels)}{"type":"string"}${close.repeat(levels)}`;
}

function documentWithSchema(schemaText: string): string {
  return `{"openapi":"3.0.3","info":{"title":"T","version":"1"},"paths":{"/a":{"get":{"operationId":"getA","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Deep"}}}}}}}},"components":{"schemas":{"Deep":${schemaText}}}}`;
}

describe("hostile specs", () => {
  const generated: { out: string; files: Record<string, string> }[] = [];
  let dir: string;

  beforeAll(async () => {
    dir = await tempDir("hostile-");
    await mkdir(OUT, { recursive: true });
  });

  it("two files that each define a schema `Error`: the entry's keeps the name, the other's is named after its file", async () => {
    const errorResponse = (ref: string) => ({ description: "error", content: { "application/json": { schema: { $ref: ref } } } });
    const entry = await writeSpec(dir, "split/api.yaml", {
      openapi: "3.0.3",
      info: { title: "Split", version: "1" },
      paths: {
        "/things": { get: { operationId: "listThings", responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "./common.yaml#/components/schemas/Thing" } } } }, default: errorResponse("#/components/schemas/Error") } } },
        "/other": { get: { operationId: "getOther", responses: { default: errorResponse("./common.yaml#/components/schemas/Error") } } },
      },
      components: { schemas: { Error: { type: "object", required: ["message"], properties: { message: { type: "string" } } } } },
    });
    await writeSpec(dir, "split/common.yaml", {
      components: {
        schemas: {
          Thing: { type: "object", properties: { failure: { $ref: "#/components/schemas/Error" } } },
          Error: { type: "object", required: ["code"], properties: { code: { type: "integer" } } },
        },
      },
    });
    const package_ = await generateInto("split-error", entry);
    generated.push(package_);
    const models = package_.files["src/models.ts"]!;
    expect(models).toContain("export interface Error {\n  message: string;\n}");
    expect(models).toContain("export interface CommonError {\n  code: number;\n}");
    expect(models).toContain("failure?: CommonError;");
  });

  it("backslashes inside enum values, next to documented properties, stay exact literals", async () => {
    const entry = await writeSpec(dir, "backslash.yaml", {
      openapi: "3.0.3",
      info: { title: "Backslash", version: "1" },
      paths: {},
      components: {
        schemas: {
          Path: {
            type: "object",
            properties: {
              separator: { description: "The separator \\ as written.", type: "string", enum: ["\\", "a\\b", "c\\\"", "\\'"] },
              documented: { description: "Ends with a backslash \\", type: "string", default: "\\", example: "x\\" },
            },
          },
        },
      },
    });
    const package_ = await generateInto("backslash", entry);
    generated.push(package_);
    expect(package_.files["src/models.ts"]).toContain(String.raw`separator?: "\\" | "a\\b" | 'c\\"' | "\\'";`);
  });

  it("a spec file named with U+2028: comments and error lines name it escaped", async () => {
    const name = "line\u2028separator.yaml";
    const package_ = await generateInto("line-separator", await writeSpec(dir, name, petstore()));
    generated.push(package_);
    expect(package_.files["src/models.ts"]!.split("\n")[0]).toBe(
      "// Generated from line\\u{2028}separator.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.",
    );
    expect(Object.values(package_.files).some((text) => text.includes("\u2028"))).toBe(false);

    const broken = await writeSpec(dir, "refers.yaml", { ...petstore(), components: { schemas: { Pet: { $ref: "./gone\u2028away.yaml" } } } });
    const result = await cli("--spec", broken, "--out", package_.out, "--quiet");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*refers\.yaml#\/components\/schemas\/Pet: \$ref points to .*gone\\u\{2028\}away\.yaml: file not found\n$/);
    expect(await snapshot(package_.out)).toEqual(package_.files);
  });

  it("numbers JavaScript cannot hold exactly (1e400, .nan, .inf, int64 past 2^53) widen an enum to `number` and are left out of docs", async () => {
    const entry = await writeSpec(
      dir,
      "numbers.yaml",
      [
        "openapi: 3.0.3",
        "info: {title: Numbers, version: '1'}",
        "paths: {}",
        "components:",
        "  schemas:",
        "    Huge: {type: number, enum: [1e400, 2]}",
        "    NotANumber: {type: number, enum: [.nan, .inf, 1.5], default: .nan}",
        "    Id: {type: integer, format: int64, enum: [9007199254740993, 12], example: 9007199254740993}",
        "    Exact: {type: integer, enum: [9007199254740991, -0.5], default: 9007199254740991}",
        "",
      ].join("\n"),
    );
    const package_ = await generateInto("numbers", entry);
    generated.push(package_);
    const models = package_.files["src/models.ts"]!;
    expect(models).toContain("export type Huge = number;");
    expect(models).toContain("export type NotANumber = number;");
    expect(models).toContain("/** @format int64 */\nexport type Id = number;");
    expect(models).toContain("/** @default 9007199254740991 */\nexport type Exact = 9007199254740991 | -0.5;");
    expect(models).not.toContain("null");
  });

  it("a spec without component schemas still gives a models module", async () => {
    const entry = await writeSpec(dir, "no-schemas.yaml", {
      openapi: "3.0.3",
      info: { title: "Bare", version: "1" },
      paths: { "/ping": { get: { operationId: "ping", responses: { "204": { description: "pong" } } } } },
    });
    const package_ = await generateInto("no-schemas", entry);
    generated.push(package_);
    expect(package_.files["src/models.ts"]).toMatch(/^export \{\};$/m);
  });

  it("200 levels of nested object schemas generate", async () => {
    const entry = await writeSpec(dir, "deep-200.json", documentWithSchema(nestedSchemaText(200, '{"type":"object","properties":{"a":', "}}")));
    const package_ = await generateInto("deep-200", entry);
    generated.push(package_);
    expect(package_.files["src/models.ts"]!.match(/a\?: \{/g)).toHaveLength(199);
  });

  it("every package above type-checks under --strict", async () => {
    const errors = await typeErrorsInEach(generated.map((package_) => package_.out));
    expect(Object.fromEntries(errors)).toEqual(Object.fromEntries(generated.map((package_) => [package_.out, ""])));
  }, 120_000);

  describe("nesting deeper than the generator reads: one error line, exit 1, output untouched", () => {
    let out: string;
    let before: Record<string, string>;

    beforeAll(async () => {
      out = path.join(dir, "deep-out");
      expect((await cli("--spec", await writeSpec(dir, "ok.yaml", petstore()), "--out", out, "--quiet")).code).toBe(0);
      before = await snapshot(out);
    });

    it.each([
      ["1,000 levels of object properties", 1_000, '{"type":"object","properties":{"a":', "}}"],
      ["10,000 levels of object properties", 10_000, '{"type":"object","properties":{"a":', "}}"],
      ["10,000 levels of array items", 10_000, '{"type":"array","items":', "}"],
      ["10,000 levels of oneOf", 10_000, '{"oneOf":[{"type":"integer"},', "]}"],
    ])("%s", async (_case, levels, open, close) => {
      const spec = await writeSpec(dir, `deep-${levels}.json`, documentWithSchema(nestedSchemaText(levels, open, close)));
      const result = await cli("--spec", spec, "--out", out, "--quiet");
      expect(result.code).toBe(1);
      expect(result.stderr.split("\n")).toHaveLength(2);
      expect(result.stderr).toMatch(new RegExp(`^error: .*deep-${levels}\\.json#/components/schemas/Deep[/\\w]+: nested more than 512 levels deep, which the generator does not read\\n$`));
      expect(result.stderr.slice(result.stderr.indexOf("#")).split("/")).toHaveLength(513);
      expect(await snapshot(out)).toEqual(before);
    });
  });

  it("a chain of 10,000 schemas, each a union with a reference to the next, generates, and a change at its end is compared without a crash", async () => {
    const chain = (last: string) => {
      const schemas: Record<string, unknown> = {};
      for (let index = 0; index < 10_000; index++) schemas[`A${index}`] = { oneOf: [{ $ref: `#/components/schemas/A${index + 1}` }, { type: "integer" }] };
      schemas["A10000"] = { type: last };
      const use = { $ref: "#/components/schemas/A0" };
      return {
        openapi: "3.0.3",
        info: { title: "Chain", version: "1" },
        paths: { "/a": { post: { operationId: "postA", parameters: [{ name: "q", in: "query", schema: use }], requestBody: { content: { "application/json": { schema: use } } }, responses: { "200": { description: "ok", content: { "application/json": { schema: use } } } } } } },
        components: { schemas },
      };
    };
    const out = path.join(dir, "chain-out");
    for (const last of ["string", "boolean"]) {
      const result = await cli("--spec", await writeSpec(dir, `chain-${last}.json`, chain(last)), "--out", out, "--quiet");
      expect(result.stderr).toMatch(/^generated 1 operations, 10001 schemas/);
      expect(result.code).toBe(0);
    }
  }, 120_000);
});

describe("$refs expanded at every use", () => {
  /**
   * 31 schemas outside `components/schemas`, each an object of two references
   * to the next: a few kilobytes that would expand 2^30 times if each
   * reference were copied. Generation runs as a process killed after 60 s,
   * which only a hang reaches.
   */
  function doubling(place: "parameters" | "responses" | "paths"): Record<string, any> {
    const levels = 30;
    const pointer = (level: number) =>
      place === "parameters"
        ? `#/components/parameters/P${level}/schema`
        : place === "responses"
          ? `#/components/responses/R${level}/content/application~1json/schema`
          : `other.json#/paths/~1p${level}/get/responses/200/content/application~1json/schema`;
    const schemaAt = (level: number) =>
      level === levels ? { type: "string" } : { type: "object", properties: { a: { $ref: pointer(level + 1) }, b: { $ref: pointer(level + 1) } } };
    const json = (level: number) => ({ description: "ok", content: { "application/json": { schema: schemaAt(level) } } });
    const entry: Record<string, any> = { openapi: "3.0.3", info: { title: "Doubling", version: "1" }, paths: {}, components: { parameters: {}, responses: {} } };
    const other: Record<string, any> = { paths: {} };
    for (let level = 0; level <= levels; level++) {
      if (place === "parameters") entry.components.parameters[`P${level}`] = { name: `p${level}`, in: "query", schema: schemaAt(level) };
      if (place === "responses") entry.components.responses[`R${level}`] = json(level);
      if (place === "paths") other.paths[`/p${level}`] = { get: { responses: { "200": json(level) } } };
    }
    entry.paths["/a"] = {
      get: {
        operationId: "getA",
        parameters: place === "parameters" ? [{ $ref: "#/components/parameters/P0" }] : [],
        responses: { "200": place === "responses" ? { $ref: "#/components/responses/R0" } : place === "paths" ? { $ref: "other.json#/paths/~1p0/get/responses/200" } : { description: "ok" } },
      },
    };
    return { entry, other };
  }

  it.each(["parameters", "responses", "paths"] as const)("references between %s generate in time linear in the document, each shared schema named once", async (place) => {
    const dir = await tempDir("doubling-");
    const { entry, other } = doubling(place);
    const spec = await writeSpec(dir, "api.json", entry);
    await writeFile(path.join(dir, "other.json"), JSON.stringify(other));
    const out = path.join(dir, "out");
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, ["bin/generate.mjs", "--spec", spec, "--out", out, "--quiet"], { cwd: REPO, timeout: 60_000, killSignal: "SIGKILL" });
      let stderr = "";
      child.stderr!.on("data", (chunk: string) => (stderr += chunk));
      child.on("exit", (code, signal) => resolve({ code, signal, stderr }));
    });
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.stderr).toMatch(/^generated 1 operations, 30 schemas/);
    const models = (await snapshot(out))["src/models.ts"]!;
    expect(models.match(/^export interface /gm)).toHaveLength(29);
  }, 90_000);
});
