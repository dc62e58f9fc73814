/**
 * Shapes found in real-world specs (`npm run corpus`) that once broke generation
 * or type-checking, each reduced to the smallest document that shows it. Each
 * test names the spec of the corpus it came from.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assignNames } from "../../generator/plan/naming.js";
import { cli, modelWith, REPO, typeErrorsIn, writeSpec } from "./support.js";

/** Inside the repository, so the generated package resolves openapi-fetch from its node_modules. */
const OUTPUT = path.join(REPO, ".tmp", "corpus-regressions");

/** Generates a package from `document` and returns tsc's complaints under --strict ("" when clean). */
async function generateAndTypecheck(name: string, document: unknown): Promise<{ stderr: string; code: number; typeErrors: string }> {
  const dir = path.join(OUTPUT, name);
  await rm(dir, { recursive: true, force: true });
  const spec = await writeSpec(dir, "spec/api.json", document);
  const out = path.join(dir, "out");
  const result = await cli("--spec", spec, "--out", out, "--quiet");
  if (result.code !== 0) return { stderr: result.stderr, code: result.code, typeErrors: "" };
  const typeErrors = await typeErrorsIn(out);
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
    const names = assignNames(modelWith(given), new Set());
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

describe("corpus regressions: the scope method", () => {
  // amazonaws.com/pinpoint.json and amadeus.com/amadeus-flight-order-management.json: most operations share the path parameter `application-id`, which the scope method wrote as an unquoted object key.
  it("a scope parameter that is not an identifier is quoted, and the package type-checks", async () => {
    const parameter = { name: "application-id", in: "path", required: true, schema: { type: "string" } };
    const operation = (operationId: string) => ({ operationId, tags: ["apps"], parameters: [parameter], responses: { "204": { description: "done" } } });
    const result = await generateAndTypecheck(
      "hyphenated-scope",
      document({}, { "/apps/{application-id}": { get: operation("getApp"), delete: operation("deleteApp") }, "/apps/{application-id}/jobs": { get: operation("getJobs") } }),
    );
    expect(result.stderr).toMatch(/^generated /);
    expect(result.code).toBe(0);
    expect(result.typeErrors).toBe("");
    const client = await readFile(path.join(OUTPUT, "hyphenated-scope", "out", "src", "client.ts"), "utf8");
    expect(client).toContain('const scope = { "application-id": applicationId };');
  }, 120_000);
});

describe("corpus regressions: blank and reserved names", () => {
  // azure.com/serialconsole.json: the shared path parameter is `default`, which the scope method took as its argument's name.
  it("a scope parameter named like a reserved word gets a usable argument name", async () => {
    const parameter = { name: "default", in: "path", required: true, schema: { type: "string" } };
    const operation = (operationId: string) => ({ operationId, tags: ["consoles"], parameters: [parameter], responses: { "204": { description: "done" } } });
    const result = await generateAndTypecheck(
      "reserved-scope",
      document({}, { "/consoles/{default}": { get: operation("getConsole"), delete: operation("deleteConsole") } }),
    );
    expect(result.stderr).toMatch(/^generated /);
    expect(result.typeErrors).toBe("");
  }, 120_000);

  // apacta.com.json, calorieninjas.com.json, deutschebahn.com/reisezentren.json: `operationId: ""` gave a function without a name.
  it("an empty operationId counts as none: the function is named from method and path", async () => {
    const result = await generateAndTypecheck(
      "empty-operation-ids",
      document({}, {
        "/reports": { get: { operationId: "", responses: { "204": { description: "done" } } } },
        "/reports/{id}": { get: { operationId: "", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "204": { description: "done" } } } },
      }),
    );
    expect(result.stderr).toMatch(/^generated 2 operations/);
    expect(result.typeErrors).toBe("");
    const operations = await readFile(path.join(OUTPUT, "empty-operation-ids", "out", "src", "operations.ts"), "utf8");
    expect([...operations.matchAll(/^export function (\w+)\(/gm)].map((match) => match[1])).toHaveLength(2);
  }, 120_000);
});

describe("corpus regressions: references into component schemas", () => {
  // azure.com/network-applicationGateway.json: `$ref`s to `#/components/schemas/X/properties/...` nest; inlined at each use they grew types of exponential size (out of memory).
  it("a schema reached inside another component is named once, so nesting stays linear", async () => {
    const depth = 30;
    const schemas: Record<string, unknown> = {};
    for (let level = 0; level < depth; level++) {
      const next = level + 1 < depth ? { $ref: `#/components/schemas/Level${level + 1}/properties/inner` } : { type: "string" };
      schemas[`Level${level}`] = { type: "object", properties: { inner: { type: "object", properties: { left: next, right: next } } } };
    }
    const result = await generateAndTypecheck("nested-inner-refs", document(schemas));
    expect(result.stderr).toMatch(/^generated /);
    expect(result.typeErrors).toBe("");
    const models = await readFile(path.join(OUTPUT, "nested-inner-refs", "out", "src", "models.ts"), "utf8");
    expect(models).toContain("export interface Level1Inner {");
    expect(models.length).toBeLessThan(200_000);
  }, 120_000);
});

describe("corpus regressions: comment text", () => {
  // trakt.tv.json: a tag description with `**/oauth/device/code**` ended the resource class's doc comment early.
  it("a tag description holding a comment's end is escaped", async () => {
    const spec = {
      ...document({}, { "/codes": { get: { operationId: "getCodes", tags: ["auth"], responses: { "204": { description: "done" } } } } }),
      tags: [{ name: "auth", description: "Your app calls [**/oauth/device/code**](/reference) first." }],
    };
    const result = await generateAndTypecheck("comment-end-in-tag", spec);
    expect(result.stderr).toMatch(/^generated /);
    expect(result.typeErrors).toBe("");
  }, 120_000);
});

describe("corpus regressions: names that fold together", () => {
  // azure.com/softwareplan.json and seven other Azure specs: the shared path parameter is `scope`, the name of the scope method's own local.
  it("a scope parameter named `scope` does not clash with the scope method's locals", async () => {
    const parameter = { name: "scope", in: "path", required: true, schema: { type: "string" } };
    const operation = (operationId: string) => ({ operationId, tags: ["plans"], parameters: [parameter], responses: { "204": { description: "done" } } });
    const result = await generateAndTypecheck("scope-named-scope", document({}, { "/{scope}/plans": { get: operation("getPlans"), delete: operation("deletePlans") } }));
    expect(result.stderr).toMatch(/^generated /);
    expect(result.typeErrors).toBe("");
  }, 120_000);

  // clicksend.com.json: operationIds "Create a New Rule" and "Create a new rule" in one tag gave two methods (and two parameter types) of one name.
  it("operationIds that differ only in case get distinct methods and parameter types", async () => {
    const body = (property: string) => ({ content: { "application/json": { schema: { type: "object", required: [property], properties: { [property]: { type: "string" } } } } } });
    const operation = (operationId: string, property: string) => ({ operationId, tags: ["rules"], requestBody: body(property), responses: { "204": { description: "done" } } });
    const result = await generateAndTypecheck(
      "case-folded-operation-ids",
      document({}, { "/rules/fax": { post: operation("Create a New Rule", "fax") }, "/rules/sms": { post: operation("Create a new rule", "sms") } }),
    );
    expect(result.stderr).toMatch(/^generated 2 operations/);
    expect(result.typeErrors).toBe("");
  }, 120_000);
});

describe("corpus regressions: derived operationIds", () => {
  // useapi.net.json: `GET /jobs` and `GET /jobs/` have no operationId and derived the same one (TS2393 on the operation functions).
  it("routes that differ only by a trailing slash get distinct functions", async () => {
    const get = { responses: { "204": { description: "done" } } };
    const result = await generateAndTypecheck("trailing-slash-routes", document({}, { "/jobs": { get }, "/jobs/": { get } }));
    expect(result.stderr).toMatch(/^generated 2 operations/);
    expect(result.typeErrors).toBe("");
  }, 120_000);
});
