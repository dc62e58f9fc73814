/**
 * Shapes found in real-world specs (`npm run corpus`) that once broke generation
 * or type-checking, each reduced to the smallest document that shows it. Each
 * test names the spec of the corpus it came from.
 */
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { ApiModel } from "../../generator/model/types.js";
import { assignNames } from "../../generator/naming.js";
import { cli, REPO, writeSpec } from "./support.js";

const run = promisify(execFile);
/** Inside the repository, so the generated package resolves openapi-fetch from its node_modules. */
const OUTPUT = path.join(REPO, ".tmp", "corpus-regressions");
const TSC = path.join(REPO, "node_modules", "typescript", "bin", "tsc");

function schemasNamed(names: string[]): ApiModel {
  return {
    title: "T",
    version: "1",
    servers: [],
    securitySchemes: [],
    tags: [],
    schemas: names.map((name) => ({ key: `#/components/schemas/${name}`, nameHint: name, type: { kind: "keyword", name: "string" }, docs: {} })),
    operations: [],
  };
}

/** Generates a package from `document` and returns tsc's complaints under --strict ("" when clean). */
async function generateAndTypecheck(name: string, document: unknown): Promise<{ stderr: string; code: number; typeErrors: string }> {
  const dir = path.join(OUTPUT, name);
  await rm(dir, { recursive: true, force: true });
  const spec = await writeSpec(dir, "spec/api.json", document);
  const out = path.join(dir, "out");
  const result = await cli("--spec", spec, "--out", out, "--quiet");
  if (result.code !== 0) return { stderr: result.stderr, code: result.code, typeErrors: "" };
  const typeErrors = await run(process.execPath, [TSC, "--noEmit", "--strict", "-p", path.join(out, "tsconfig.json")]).then(
    () => "",
    (error: { stdout: string }) => error.stdout,
  );
  return { stderr: result.stderr, code: result.code, typeErrors };
}

function document(schemas: Record<string, unknown>, paths: Record<string, unknown> = {}): Record<string, unknown> {
  return { openapi: "3.0.3", info: { title: "Corpus case", version: "1.0.0" }, paths, components: { schemas } };
}

describe("corpus regressions: naming", () => {
  // amazonaws.com/storagegateway.json has schemas `Boolean` and `boolean`; the second kept its own spelling, which TypeScript refuses as a type name.
  it.each([
    [["Boolean", "boolean"], { Boolean: "Boolean", boolean: "booleanModel" }],
    [["string"], { string: "String" }],
    [["String", "string", "unknown"], { String: "String", string: "stringModel", unknown: "Unknown" }],
  ])("schemas %j are named %j", (given, want) => {
    const names = assignNames(schemasNamed(given), new Set());
    expect(Object.fromEntries(given.map((name) => [name, names.schemas.get(`#/components/schemas/${name}`)]))).toEqual(want);
  });

  it("a package with schemas `Boolean` and `boolean` type-checks", async () => {
    const result = await generateAndTypecheck(
      "boolean-schemas",
      document({ Boolean: { type: "boolean" }, boolean: { type: "object", properties: { value: { type: "boolean" } } } }),
    );
    expect(result.code).toBe(0);
    expect(result.typeErrors).toBe("");
  }, 120_000);
});
