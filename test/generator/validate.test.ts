import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/load/load.js";
import { validateSpec } from "../../generator/validate/validate.js";
import { petstore, tempDir, writeSpec } from "./support.js";

async function validationMessage(document: unknown): Promise<string | undefined> {
  const dir = await tempDir();
  const spec = await loadSpec(await writeSpec(dir, "api.json", document));
  try {
    validateSpec(spec);
    return undefined;
  } catch (error) {
    return (error as Error).message.replaceAll(dir + "/", "");
  }
}

describe("validate", () => {
  it("accepts a well-formed 3.0 document and a 3.1 one", async () => {
    expect(await validationMessage(petstore())).toBeUndefined();
    expect(await validationMessage({ ...petstore(), openapi: "3.1.0" })).toBeUndefined();
  });

  it.each([
    ["Swagger 2.0", { swagger: "2.0", info: {}, paths: {} }, "api.json#/swagger: Swagger 2.0 is not supported"],
    ["no openapi field", { info: {}, paths: {} }, "api.json#/openapi: expected an OpenAPI 3.0.x or 3.1.x document, found no `openapi` field"],
    ["OpenAPI 4", { openapi: "4.0.0", paths: {} }, 'found openapi "4.0.0"'],
    ["a document that is not an object", [1, 2], "api.json#: the document is not an object"],
  ])("rejects %s", async (_case, document, want) => {
    expect(await validationMessage(document)).toContain(want);
  });

  describe("the document's structure", () => {
    const without = (field: string) => {
      const { [field]: _, ...rest } = petstore();
      return rest;
    };
    it.each([
      ["`pathz` instead of `paths`", { ...without("paths"), pathz: {} }, ["api.json#/paths: the OpenAPI object has no `paths`, which OpenAPI requires", "api.json#/pathz: unknown field `pathz` in the OpenAPI object (did you mean `paths`?)"]],
      ["no info", without("info"), ["api.json#/info: the OpenAPI object has no `info`, which OpenAPI requires"]],
      ["no info.title, a numeric version", { ...petstore(), info: { version: 3 } }, ["api.json#/info/title: the Info object has no `title`, which OpenAPI requires", "api.json#/info/version: `version` must be a string"]],
      ["a path that does not start with /", { ...petstore(), paths: { pets: {} } }, ["api.json#/paths/pets: path `pets` must start with `/`"]],
      ["a misspelt method", { ...petstore(), paths: { "/pets": { gett: { responses: {} } } } }, ["api.json#/paths/~1pets/gett: unknown field `gett` in the Path Item object (did you mean `get`?)"]],
      ["an operation without responses (3.0)", { ...petstore(), paths: { "/pets": { get: { operationId: "a" } } } }, ["api.json#/paths/~1pets/get/responses (GET /pets): the Operation object has no `responses`, which OpenAPI requires"]],
      ["a parameter without name or a valid `in`", { ...petstore(), paths: { "/pets": { get: { responses: {}, parameters: [{ in: "body" }] } } } }, ["api.json#/paths/~1pets/get/parameters/0 (GET /pets): the parameter has no `name`, which OpenAPI requires", 'api.json#/paths/~1pets/get/parameters/0 (GET /pets): the parameter\'s `in` must be one of query, header, path, cookie, found "body"']],
    ])("refuses %s, naming each place", async (_case, document, want) => {
      expect((await validationMessage(document))?.split("\n")).toEqual(want);
    });

    it("accepts what the specification allows: 3.1 without paths, its own fields without x- when not a near miss", async () => {
      expect(await validationMessage({ ...without("paths"), openapi: "3.1.0", components: {} })).toBeUndefined();
      expect(await validationMessage({ ...petstore(), source: "https://example.test/discovery" })).toBeUndefined();
      const { components: _, ...bare } = without("paths");
      expect(await validationMessage({ ...bare, openapi: "3.1.0" })).toBe(
        "api.json#/paths: an OpenAPI 3.1 document needs at least one of `paths`, `components` or `webhooks`",
      );
    });
  });

  it("names the JSON pointer of a $ref that does not resolve", async () => {
    const document = petstore();
    document.paths["/pets"].post.requestBody.content["application/json"].schema.$ref = "#/components/schemas/Missing";
    expect(await validationMessage(document)).toBe(
      'api.json#/paths/~1pets/post/requestBody/content/application~1json/schema: $ref "#/components/schemas/Missing" does not resolve',
    );
  });

  it("names both places of a duplicate operationId", async () => {
    const document = petstore();
    document.paths["/pets/{pet_id}"].get.operationId = "listPets";
    expect(await validationMessage(document)).toBe(
      'api.json#/paths/~1pets~1{pet_id}/get/operationId (GET /pets/{pet_id}): duplicate operationId "listPets", already used at #/paths/~1pets/get',
    );
  });

  it("does not mistake example data for a $ref", async () => {
    const document = petstore();
    document.components.schemas.Pet.example = { $ref: "not a reference, just data" };
    expect(await validationMessage(document)).toBeUndefined();
  });
});
