/**
 * Shapes found in real-world specs (`npm run corpus`) that once broke generation
 * or type-checking, each reduced to the smallest document that shows it. Each
 * case names the spec of the corpus it came from.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assignNames } from "../../generator/plan/naming.js";
import { cli, modelWith, REPO, typeErrorsInEach, writeSpec } from "./support.js";

/** Inside the repository, so the generated packages resolve openapi-fetch from its node_modules. */
const OUTPUT = path.join(REPO, ".tmp", "corpus-regressions");

function document(schemas: Record<string, unknown>, paths: Record<string, unknown> = {}): Record<string, unknown> {
  return { openapi: "3.0.3", info: { title: "Corpus case", version: "1.0.0" }, paths, components: { schemas } };
}

/** An operation of `tag` under a path whose one parameter, `name`, every operation of that tag shares. */
function scopedOperation(tag: string, name: string) {
  const parameter = { name, in: "path", required: true, schema: { type: "string" } };
  return (operationId: string) => ({ operationId, tags: [tag], parameters: [parameter], responses: { "204": { description: "done" } } });
}

function nestedInnerRefs(depth: number): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (let level = 0; level < depth; level++) {
    const next = level + 1 < depth ? { $ref: `#/components/schemas/Level${level + 1}/properties/inner` } : { type: "string" };
    schemas[`Level${level}`] = { type: "object", properties: { inner: { type: "object", properties: { left: next, right: next } } } };
  }
  return document(schemas);
}

function caseFoldedOperationIds(): Record<string, unknown> {
  const body = (property: string) => ({ content: { "application/json": { schema: { type: "object", required: [property], properties: { [property]: { type: "string" } } } } } });
  const operation = (operationId: string, property: string) => ({ operationId, tags: ["rules"], requestBody: body(property), responses: { "204": { description: "done" } } });
  return document({}, { "/rules/fax": { post: operation("Create a New Rule", "fax") }, "/rules/sms": { post: operation("Create a new rule", "sms") } });
}

const hyphenated = scopedOperation("apps", "application-id");
const reserved = scopedOperation("consoles", "default");
const scope = scopedOperation("plans", "scope");
const done = { responses: { "204": { description: "done" } } };

/** The cases whose packages must type-check, by output folder name. */
const CASES: Record<string, unknown> = {
  "boolean-schemas": document({ Boolean: { type: "boolean" }, boolean: { type: "object", properties: { value: { type: "boolean" } } } }),
  "hyphenated-scope": document({}, { "/apps/{application-id}": { get: hyphenated("getApp"), delete: hyphenated("deleteApp") }, "/apps/{application-id}/jobs": { get: hyphenated("getJobs") } }),
  "reserved-scope": document({}, { "/consoles/{default}": { get: reserved("getConsole"), delete: reserved("deleteConsole") } }),
  "empty-operation-ids": document({}, {
    "/reports": { get: { operationId: "", ...done } },
    "/reports/{id}": { get: { operationId: "", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], ...done } },
  }),
  "nested-inner-refs": nestedInnerRefs(30),
  "comment-end-in-tag": {
    ...document({}, { "/codes": { get: { operationId: "getCodes", tags: ["auth"], ...done } } }),
    tags: [{ name: "auth", description: "Your app calls [**/oauth/device/code**](/reference) first." }],
  },
  "scope-named-scope": document({}, { "/{scope}/plans": { get: scope("getPlans"), delete: scope("deletePlans") } }),
  "case-folded-operation-ids": caseFoldedOperationIds(),
  "trailing-slash-routes": document({}, { "/jobs": { get: done }, "/jobs/": { get: done } }),
};

const results = new Map<string, { stderr: string; code: number; typeErrors: string }>();

/** Generates every case, then type-checks the packages that generated in one tsc run under --strict. */
beforeAll(async () => {
  const outs = new Map<string, string>();
  for (const [name, spec] of Object.entries(CASES)) {
    const dir = path.join(OUTPUT, name);
    await rm(dir, { recursive: true, force: true });
    const out = path.join(dir, "out");
    const result = await cli("--spec", await writeSpec(dir, "spec/api.json", spec), "--out", out, "--quiet");
    results.set(name, { stderr: result.stderr, code: result.code, typeErrors: "" });
    if (result.code === 0) outs.set(name, out);
  }
  const typeErrors = await typeErrorsInEach([...outs.values()]);
  for (const [name, out] of outs) results.get(name)!.typeErrors = typeErrors.get(out)!;
}, 300_000);

/** The case's generation and type-check outcome ("" for typeErrors when clean). */
function outcome(name: string): { stderr: string; code: number; typeErrors: string } {
  return results.get(name)!;
}

describe("corpus regressions: naming", () => {
  // amazonaws.com/storagegateway.json has schemas `Boolean` and `boolean`; the second kept its own spelling, which TypeScript refuses as a type name.
  it.each([
    [["Boolean", "boolean"], { Boolean: "Boolean", boolean: "booleanModel" }],
    [["string"], { string: "String" }],
    [["String", "string", "unknown"], { String: "String", string: "stringModel", unknown: "Unknown" }],
  ])("schemas %j are named %j", (given, want) => {
    const names = assignNames(modelWith(given), new Set());
    expect(Object.fromEntries(given.map((name) => [name, names.schemas.get(`#/components/schemas/${name}`)]))).toEqual(want);
  });

  it("a package with schemas `Boolean` and `boolean` type-checks", () => {
    const result = outcome("boolean-schemas");
    expect(result.code).toBe(0);
    expect(result.typeErrors).toBe("");
  });
});

describe("corpus regressions: the scope method", () => {
  // amazonaws.com/pinpoint.json and amadeus.com/amadeus-flight-order-management.json: most operations share the path parameter `application-id`, which the scope method wrote as an unquoted object key.
  it("a scope parameter that is not an identifier is quoted, and the package type-checks", async () => {
    const result = outcome("hyphenated-scope");
    expect(result.stderr).toMatch(/^generated /);
    expect(result.code).toBe(0);
    expect(result.typeErrors).toBe("");
    const client = await readFile(path.join(OUTPUT, "hyphenated-scope", "out", "src", "client.ts"), "utf8");
    expect(client).toContain('const scope = { "application-id": applicationId };');
  });
});

describe("corpus regressions: blank and reserved names", () => {
  // azure.com/serialconsole.json: the shared path parameter is `default`, which the scope method took as its argument's name.
  it("a scope parameter named like a reserved word gets a usable argument name", () => {
    const result = outcome("reserved-scope");
    expect(result.stderr).toMatch(/^generated /);
    expect(result.typeErrors).toBe("");
  });

  // apacta.com.json, calorieninjas.com.json, deutschebahn.com/reisezentren.json: `operationId: ""` gave a function without a name.
  it("an empty operationId counts as none: the function is named from method and path", async () => {
    const result = outcome("empty-operation-ids");
    expect(result.stderr).toMatch(/^generated 2 operations/);
    expect(result.typeErrors).toBe("");
    const operations = await readFile(path.join(OUTPUT, "empty-operation-ids", "out", "src", "operations.ts"), "utf8");
    expect([...operations.matchAll(/^export function (\w+)\(/gm)].map((match) => match[1])).toHaveLength(2);
  });
});

describe("corpus regressions: references into component schemas", () => {
  // azure.com/network-applicationGateway.json: `$ref`s to `#/components/schemas/X/properties/...` nest; inlined at each use they grew types of exponential size (out of memory).
  it("a schema reached inside another component is named once, so nesting stays linear", async () => {
    const result = outcome("nested-inner-refs");
    expect(result.stderr).toMatch(/^generated /);
    expect(result.typeErrors).toBe("");
    const models = await readFile(path.join(OUTPUT, "nested-inner-refs", "out", "src", "models.ts"), "utf8");
    expect(models).toContain("export interface Level1Inner {");
    expect(models.length).toBeLessThan(200_000);
  });
});

describe("corpus regressions: comment text", () => {
  // trakt.tv.json: a tag description with `**/oauth/device/code**` ended the resource class's doc comment early.
  it("a tag description holding a comment's end is escaped", () => {
    const result = outcome("comment-end-in-tag");
    expect(result.stderr).toMatch(/^generated /);
    expect(result.typeErrors).toBe("");
  });
});

describe("corpus regressions: names that fold together", () => {
  // azure.com/softwareplan.json and seven other Azure specs: the shared path parameter is `scope`, the name of the scope method's own local.
  it("a scope parameter named `scope` does not clash with the scope method's locals", () => {
    const result = outcome("scope-named-scope");
    expect(result.stderr).toMatch(/^generated /);
    expect(result.typeErrors).toBe("");
  });

  // clicksend.com.json: operationIds "Create a New Rule" and "Create a new rule" in one tag gave two methods (and two parameter types) of one name.
  it("operationIds that differ only in case get distinct methods and parameter types", () => {
    const result = outcome("case-folded-operation-ids");
    expect(result.stderr).toMatch(/^generated 2 operations/);
    expect(result.typeErrors).toBe("");
  });
});

describe("corpus regressions: derived operationIds", () => {
  // useapi.net.json: `GET /jobs` and `GET /jobs/` have no operationId and derived the same one (TS2393 on the operation functions).
  it("routes that differ only by a trailing slash get distinct functions", () => {
    const result = outcome("trailing-slash-routes");
    expect(result.stderr).toMatch(/^generated 2 operations/);
    expect(result.typeErrors).toBe("");
  });
});
