import { cp, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PLACEHOLDER, placeholdersIn } from "../../generator/spec-sync/skeleton.js";
import { syncSpec } from "../../generator/spec-sync/sync.js";
import { tempDir } from "../generator/support.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const VENDOR = path.join(REPO, "../shared/specs/document360/v3.1.json");

async function filesOf(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".yaml")).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name), "utf8")] as const)));
}

describe("npm run spec:sync", () => {
  it("adds a new revision's operation and schema as skeletons, in their area's file, touching nothing else", async () => {
    const dir = await tempDir();
    await cp(path.join(REPO, "spec"), dir, { recursive: true });
    const before = await filesOf(dir);
    const vendor = JSON.parse(await readFile(VENDOR, "utf8"));
    vendor.paths["/v3/projects/{project_id}/articles/{article_id}/comments"] = {
      get: {
        tags: ["Articles"],
        operationId: "getArticleComments",
        summary: "A vendor sentence that must not be carried over.",
        parameters: [{ $ref: "#/components/parameters/ProjectId" }, { $ref: "#/components/parameters/ArticleId" }],
        responses: {
          "200": {
            description: "Another vendor sentence.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/CommentResponse" }, example: { id: "vendor value" } } },
          },
          "429": structuredClone(vendor.paths["/v3/projects"].get.responses["429"]),
        },
      },
    };
    vendor.components.schemas.CommentResponse = {
      type: "object",
      description: "Vendor prose about comments.",
      required: ["id"],
      properties: { id: { type: "string", format: "uuid", description: "Vendor prose.", example: "c0ffee" } },
    };

    const result = await syncSpec(vendor, path.join(dir, "openapi.yaml"), true);

    expect(result.addedOperations).toEqual(["GET /v3/projects/{project_id}/articles/{article_id}/comments (getArticleComments)"]);
    expect(result.addedSchemas).toEqual(["CommentResponse"]);
    expect(result.files).toEqual(["articles.yaml", "openapi.yaml"]);
    const after = await filesOf(dir);
    for (const name of Object.keys(before).filter((file) => !result.files.includes(file))) expect(after[name], name).toBe(before[name]);
    expect(after["articles.yaml"]).not.toMatch(/vendor/i);
    const articles = parse(after["articles.yaml"]!);
    const operation = articles.paths["/v3/projects/{project_id}/articles/{article_id}/comments"].get;
    expect(operation.responses["429"]).toEqual({ $ref: "openapi.yaml#/components/responses/TooManyRequests" });
    expect(operation.responses["200"].content["application/json"]).toEqual({
      schema: { $ref: "openapi.yaml#/components/schemas/CommentResponse" },
    });
    expect(articles.schemas.CommentResponse).toEqual({
      type: "object",
      description: PLACEHOLDER,
      required: ["id"],
      properties: { id: { type: "string", format: "uuid", description: PLACEHOLDER } },
    });
    expect(placeholdersIn(articles).sort()).toEqual(
      [
        "#/paths/~1v3~1projects~1{project_id}~1articles~1{article_id}~1comments/get/summary",
        "#/paths/~1v3~1projects~1{project_id}~1articles~1{article_id}~1comments/get/responses/200/description",
        "#/schemas/CommentResponse/description",
        "#/schemas/CommentResponse/properties/id/description",
      ].sort(),
    );
    const root = parse(after["openapi.yaml"]!);
    expect(root.components.schemas.CommentResponse).toEqual({ $ref: "articles.yaml#/schemas/CommentResponse" });

    const again = await syncSpec(vendor, path.join(dir, "openapi.yaml"), true);
    expect([again.addedOperations, again.addedSchemas, again.files]).toEqual([[], [], []]);
  });

  it("names an area file after its tag safely: never the root document's name, never a device name", async () => {
    const dir = await tempDir();
    await cp(path.join(REPO, "spec"), dir, { recursive: true });
    const vendor = JSON.parse(await readFile(VENDOR, "utf8"));
    for (const tag of ["openapi", "CON"]) {
      vendor.paths[`/v3/${tag}`] = {
        get: { tags: [tag], operationId: `get${tag}`, responses: { "204": { description: "Vendor prose." } } },
      };
    }

    const result = await syncSpec(vendor, path.join(dir, "openapi.yaml"), true);

    expect(result.files).toEqual(["con-area.yaml", "openapi-area.yaml", "openapi.yaml"]);
    const root = parse(await readFile(path.join(dir, "openapi.yaml"), "utf8"));
    expect(root.info.title).toBeTruthy();
    expect(root.paths["/v3/openapi"]).toEqual({ $ref: "openapi-area.yaml#/paths/~1v3~1openapi" });
  });
});
