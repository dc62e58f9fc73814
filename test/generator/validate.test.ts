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
