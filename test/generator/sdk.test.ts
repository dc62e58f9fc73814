import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/load/load.js";
import { buildModel } from "../../generator/model/build.js";
import { functionName, functionNameForMethod, methodName, type NamingFacts } from "../../generator/plan/method-names.js";
import { planSdk } from "../../generator/plan/resources.js";
import { singular } from "../../generator/plan/patterns.js";
import { NameScope } from "../../generator/plan/identifiers.js";
import { petstore, tempDir, writeSpec } from "./support.js";

describe("sdk: method names", () => {
  const facts = (operationId: string, tag: string, httpMethod: string, result: NamingFacts["result"], creates = false): NamingFacts => ({
    operationId,
    tag,
    httpMethod,
    result,
    creates,
  });
  it.each<[NamingFacts, string, string]>([
    [facts("getArticleArticle", "Articles", "get", "one"), "get", "getArticle"],
    [facts("getArticleArticleVersions", "Articles", "get", "many"), "listVersions", "listArticleVersions"],
    [facts("bulkDeleteArticleArticles", "Articles", "delete", "many"), "bulkDelete", "bulkDeleteArticles"],
    [facts("getProjectProjects", "Projects", "get", "many"), "list", "listProjects"],
    [facts("getProjectExportStatus", "Projects", "get", "one"), "getExportStatus", "getProjectExportStatus"],
    [facts("getAISearchAnalyticSummary", "AISearchAnalytics", "get", "one"), "getSummary", "getAISearchAnalyticSummary"],
    [facts("deleteReaderJwtReaders", "Readers", "delete", "unknown"), "deleteJwt", "deleteJwtReaders"],
    [facts("getUserCurrentUser", "Users", "get", "one"), "getCurrent", "getCurrentUser"],
    [facts("getDriveFolder", "Drive", "get", "one"), "getFolder", "getDriveFolder"],
    [facts("listDriveFolder", "Drive", "get", "one"), "getFolder", "getDriveFolder"],
    [facts("getTranslationTranslationArticles", "Translations", "get", "many"), "listArticles", "listTranslationArticles"],
    [facts("postWorkspaceAiFeedback", "Workspaces", "post", "one"), "sendAiFeedback", "sendWorkspaceAiFeedback"],
    [facts("postPet", "Pets", "post", "one", true), "create", "createPet"],
    [facts("putPetTags", "Pets", "put", "one"), "updateTags", "updatePetTags"],
    [facts("patchPet", "Pets", "patch", "one"), "update", "updatePet"],
    [facts("listPets", "Pets", "get", "unknown"), "list", "listPets"],
    [facts("searchDrive", "Drive", "get", "many"), "search", "searchDrive"],
    [facts("repos/list-for-org", "repos", "get", "many"), "listForOrg", "reposListForOrg"],
    [facts("Articles", "Articles", "get", "many"), "articles", "articles"],
  ])("%o → %s, %s", (given, wantMethod, wantFunction) => {
    expect(methodName(given)).toBe(wantMethod);
    expect(functionName(given)).toBe(wantFunction);
  });

  it("names an overridden method's function with the resource's noun after the verb", () => {
    expect(functionNameForMethod("askAi", "Workspaces")).toBe("askWorkspaceAi");
    expect(functionNameForMethod("listKeywordsWithoutResults", "SearchAnalytics")).toBe("listSearchAnalyticKeywordsWithoutResults");
  });

  it.each([
    ["exports", "Export"],
    ["categories", "Category"],
    ["status", "Status"],
    ["boxes", "Box"],
  ])("singular(%j) = %j", (given, want) => expect(singular(given)).toBe(want));
});

describe("sdk: plan", () => {
  async function planOf(document: unknown) {
    const dir = await tempDir();
    return planSdk(buildModel(await loadSpec(await writeSpec(dir, "api.json", document))), new NameScope("binding", []), ["raw"]);
  }

  it("groups untagged operations by their first path segment and falls back to the operationId on a clash", async () => {
    const document = petstore();
    document.paths["/pets/{pet_id}"].get.operationId = "getPetsOne";
    document.paths["/pets"].get.operationId = "getPets";
    const plan = await planOf(document);
    expect(plan.resources.map((resource) => resource.property)).toEqual(["pets"]);
    expect(plan.resources[0]!.methods.map((method) => method.name)).toEqual(["create", "delete", "getOne", "list"]);
  });

  it("finds a scope parameter only when most operations take it", async () => {
    expect((await planOf(petstore())).scopeParameter).toBe(null);
    const document = petstore();
    document.paths = { "/a/{org}/x": document.paths["/pets"], "/a/{org}/y/{pet_id}": document.paths["/pets/{pet_id}"] };
    for (const item of Object.values<any>(document.paths)) item.parameters = [{ name: "org", in: "path", required: true, schema: { type: "string" } }];
    expect((await planOf(document)).scopeParameter).toBe("org");
  });

  it("keeps resource properties clear of the client's own members", async () => {
    const document = petstore();
    document.paths["/pets"].get.tags = ["raw"];
    const plan = await planOf(document);
    expect(plan.resources.map((resource) => resource.property)).toContain("rawResource");
  });

  it("gives tags that differ only in punctuation their own names, and keeps methods clear of ApiResource's members (corpus: magento, authentiq)", async () => {
    const document = petstore();
    document.paths["/pets"].get.tags = ["pets/"];
    document.paths["/pets"].post.tags = ["pets"];
    document.paths["/pets/{pet_id}"].get.tags = ["Management"];
    document.paths["/pets/{pet_id}"].get.operationId = "client";
    document.paths["/pets/{pet_id}"].delete.tags = ["Management"];
    document.paths["/pets/{pet_id}"].delete.operationId = "scope";
    const plan = await planOf(document);
    expect(plan.resources.map((resource) => [resource.property, resource.className])).toEqual([
      ["management", "ManagementResource"],
      ["pets", "petsResource"],
      ["pets$2f$", "pets$2f$Resource"],
    ]);
    expect(plan.resources[0]!.methods.map((method) => method.name)).toEqual(["client_", "scope_"]);
  });

  it("recognises a paginated list and a long-running task from their shapes", async () => {
    const page = {
      type: "object",
      properties: {
        data: { type: "array", items: { type: "string" } },
        pagination: { type: "object", properties: { has_more: { type: "boolean" }, next_cursor: { type: "string" } } },
      },
    };
    const status = { type: "object", properties: { data: { type: "object", properties: { id: { type: "string" }, status: { type: "string" } } } } };
    const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
    const plan = await planOf({
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/things": { get: { operationId: "listThings", parameters: [{ name: "cursor", in: "query", schema: { type: "string" } }], responses: { "200": { description: "", ...json(page) } } } },
        "/jobs": { post: { operationId: "startJob", responses: { "202": { description: "", ...json(status) } } } },
        "/jobs/{job_id}": { get: { operationId: "getJob", parameters: [{ name: "job_id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "", ...json(status) } } } },
      },
    });
    const methods = plan.resources.flatMap((resource) => resource.methods);
    expect(methods.find((method) => method.operation.operationId === "listThings")!.pagination).toEqual({ strategy: "cursor", item: { kind: "keyword", name: "string" } });
    const task = plan.resources.flatMap((resource) => resource.tasks)[0]!;
    expect([task.noun, task.start.operationId, task.status.operationId, task.idParameter]).toEqual(["Job", "startJob", "getJob", "job_id"]);

    const objectStatus = { type: "object", properties: { data: { type: "object", properties: { id: { type: "string" }, status: { type: "object" } } } } };
    const notTask = await planOf({
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/gateways": { post: { operationId: "createGateway", responses: { "202": { description: "", ...json(objectStatus) } } } },
        "/gateways/{id}": { get: { operationId: "getGateway", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "", ...json(objectStatus) } } } },
      },
    });
    expect(notTask.resources.flatMap((resource) => resource.tasks)).toEqual([]);
  });
});
