import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/load/load.js";
import { buildModel } from "../../generator/model/build.js";
import type { ApiModel, TypeExpr } from "../../generator/model/types.js";
import { petstore, tempDir, writeSpec } from "./support.js";

async function modelOf(document: unknown, name = "api.json"): Promise<ApiModel> {
  const dir = await tempDir();
  return buildModel(await loadSpec(await writeSpec(dir, name, document)));
}

/** The model type of `schema` as the only component schema of a document of `version`. */
async function typeOf(schema: unknown, version = "3.0.3", extraSchemas: Record<string, unknown> = {}): Promise<TypeExpr> {
  const model = await modelOf({ openapi: version, info: { title: "T", version: "1" }, paths: {}, components: { schemas: { Subject: schema, ...extraSchemas } } });
  return model.schemas.find((entry) => entry.key === "#/components/schemas/Subject")!.type;
}

const string: TypeExpr = { kind: "keyword", name: "string" };
const number: TypeExpr = { kind: "keyword", name: "number" };
const nullType: TypeExpr = { kind: "keyword", name: "null" };
const unknown: TypeExpr = { kind: "keyword", name: "unknown" };
const ref = (name: string): TypeExpr => ({ kind: "ref", schema: `#/components/schemas/${name}` });

describe("model: schemas to types", () => {
  it.each<[string, unknown, TypeExpr, string?]>([
    ["string", { type: "string" }, string],
    ["integer", { type: "integer", format: "int64" }, number],
    ["3.0 nullable", { type: "string", nullable: true }, { kind: "union", members: [string, nullType] }],
    ["3.1 type array", { type: ["string", "null"] }, { kind: "union", members: [string, nullType] }, "3.1.0"],
    ["enum", { type: "string", enum: ["a", "b"] }, { kind: "union", members: [{ kind: "literal", value: "a" }, { kind: "literal", value: "b" }] }],
    ["const", { const: 3 }, { kind: "literal", value: 3 }, "3.1.0"],
    ["no type at all", {}, unknown],
    ["boolean schema false", false, { kind: "keyword", name: "never" }, "3.1.0"],
    ["array without items", { type: "array" }, { kind: "array", items: unknown }],
    ["tuple (3.1 prefixItems)", { type: "array", prefixItems: [{ type: "string" }], items: { type: "number" } }, { kind: "tuple", items: [string], rest: number }, "3.1.0"],
    ["allOf of one $ref", { allOf: [{ $ref: "#/components/schemas/Other" }], description: "wrapped" }, ref("Other")],
    ["nullable $ref", { $ref: "#/components/schemas/Other", nullable: true }, { kind: "union", members: [ref("Other"), nullType] }],
    ["oneOf", { oneOf: [{ type: "string" }, { type: "number" }] }, { kind: "union", members: [string, number] }],
    ["free-form object", { type: "object" }, { kind: "object", properties: [], additional: unknown }],
    ["closed empty object", { type: "object", additionalProperties: false }, { kind: "object", properties: [], additional: null }],
    ["map", { type: "object", additionalProperties: { type: "number" } }, { kind: "object", properties: [], additional: number }],
    ["$ref inside another component schema names it", { $ref: "#/components/schemas/Other/properties/name" }, { kind: "ref", schema: "#/components/schemas/Other/properties/name" }],
  ])("%s", async (_case, schema, want, version) => {
    expect(await typeOf(schema, version, { Other: { type: "object", properties: { name: { type: "string" } } } })).toEqual(want);
  });

  it("orders properties: id, then required, then optional, each alphabetical", async () => {
    const type = await typeOf({
      type: "object",
      required: ["zeta", "alpha"],
      properties: { optional_b: {}, zeta: {}, id: {}, alpha: {}, optional_a: {} },
    });
    expect(type.kind === "object" && type.properties.map((property) => property.name)).toEqual(["id", "alpha", "zeta", "optional_a", "optional_b"]);
  });

  it("cuts a cycle of references instead of recursing forever", async () => {
    const self = "#/components/schemas/Wrapper/properties/self";
    const model = await modelOf({
      openapi: "3.0.0",
      info: { title: "T", version: "1" },
      paths: {},
      components: { schemas: { Wrapper: { type: "object", properties: { self: { $ref: self } } } } },
    });
    const wrapper = model.schemas.find((schema) => schema.key === "#/components/schemas/Wrapper")!;
    expect(wrapper.type).toEqual({ kind: "object", properties: [{ name: "self", type: { kind: "ref", schema: self }, required: false, docs: expect.anything() }], additional: null });
    expect(model.schemas.find((schema) => schema.key === self)!.type).toEqual(unknown);
  });

  it("gives a schema that only refers round to itself no type of its own", async () => {
    const model = await modelOf({
      openapi: "3.0.0",
      info: { title: "T", version: "1" },
      paths: {},
      components: { schemas: { A: { $ref: "#/components/schemas/B" }, B: { $ref: "#/components/schemas/A" }, C: { $ref: "#/components/schemas/A" } } },
    });
    // The first in key order, whatever the spec's order, becomes `unknown`; the others refer to it.
    expect(model.schemas.map((schema) => [schema.nameHint, schema.type])).toEqual([
      ["A", unknown],
      ["B", { kind: "ref", schema: "#/components/schemas/A" }],
      ["C", { kind: "ref", schema: "#/components/schemas/A" }],
    ]);
  });

  it("names a schema reached in another file after its key there", async () => {
    const dir = await tempDir();
    await writeSpec(dir, "common.yaml", { components: { schemas: { Money: { type: "number" } } } });
    await writeSpec(dir, "tag.yaml", { type: "string" });
    const entry = await writeSpec(dir, "api.yaml", {
      openapi: "3.0.0",
      info: { title: "T", version: "1" },
      paths: {},
      components: { schemas: { Price: { type: "object", properties: { amount: { $ref: "common.yaml#/components/schemas/Money" }, tag: { $ref: "tag.yaml" } } } } },
    });
    const model = buildModel(await loadSpec(entry));
    expect(model.schemas.map((schema) => schema.nameHint).sort()).toEqual(["Money", "Price", "tag"]);
  });
});

describe("model: operations", () => {
  it("merges path-level parameters, orders parameters by location then name, and responses by status", async () => {
    const model = await modelOf(petstore());
    const listPets = model.operations.find((operation) => operation.operationId === "listPets")!;
    expect(listPets.parameters.map((parameter) => `${parameter.location}:${parameter.name}:${parameter.required}`)).toEqual([
      "query:limit:false",
      "query:tag:true",
    ]);
    expect(listPets.responses.map((response) => response.status)).toEqual(["200", "default"]);
    const getPet = model.operations.find((operation) => operation.operationId === "getPet")!;
    expect(getPet.parameters.map((parameter) => parameter.name)).toEqual(["pet_id"]);
  });

  it("orders operations by path, then by method", async () => {
    const model = await modelOf(petstore());
    expect(model.operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual([
      "get /pets",
      "post /pets",
      "get /pets/{pet_id}",
      "delete /pets/{pet_id}",
    ]);
  });

  it("derives an operationId from method and path when the spec has none", async () => {
    const document = petstore();
    delete document.paths["/pets/{pet_id}"].get.operationId;
    const model = await modelOf(document);
    expect(model.operations.map((operation) => operation.operationId)).toContain("get pets by pet_id");
  });

  it("reads servers, security schemes and the OAuth2 flow", async () => {
    const document = petstore();
    document.servers = [{ url: "https://{region}.example.test", variables: { region: { default: "eu" } } }];
    document.components.securitySchemes = {
      Bearer: {
        type: "oauth2",
        flows: { authorizationCode: { authorizationUrl: "https://id.test/authorize", tokenUrl: "https://id.test/token", scopes: { b: "", a: "" }, "x-usePkce": true } },
      },
    };
    const model = await modelOf(document);
    expect(model.servers).toEqual(["https://eu.example.test"]);
    expect(model.securitySchemes[0]).toMatchObject({
      name: "Bearer",
      pkce: true,
      authorizationCode: { authorizationUrl: "https://id.test/authorize", tokenUrl: "https://id.test/token", scopes: ["a", "b"] },
    });
  });
});
