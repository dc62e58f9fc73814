import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planApi } from "../../generator/plan-api.js";
import { resultKind } from "../../generator/plan/patterns.js";
import { cli, D360_SPECS, petstore, REPO, snapshot, tempDir, writeSpec } from "./support.js";

/**
 * Every v3.1 operation: its operationId, the resource method a caller writes,
 * and the standalone function's name. A change here renames a public method:
 * it breaks callers, so it must be deliberate.
 */
const V31_NAMES: [operationId: string, method: string, fn: string][] = [
    ["addDriveTags", "drive.addTags", "addDriveTags"],
    ["bulkCreateArticleArticles", "articles.bulkCreate", "bulkCreateArticles"],
    ["bulkCreateCategoryCategories", "categories.bulkCreate", "bulkCreateCategories"],
    ["bulkDeleteArticleArticleVersions", "articles.bulkDeleteVersions", "bulkDeleteArticleVersions"],
    ["bulkDeleteArticleArticles", "articles.bulkDelete", "bulkDeleteArticles"],
    ["bulkDeleteCategoryCategoryVersions", "categories.bulkDeleteVersions", "bulkDeleteCategoryVersions"],
    ["bulkPublishArticleArticles", "articles.bulkPublish", "bulkPublishArticles"],
    ["bulkPublishCategoryCategories", "categories.bulkPublish", "bulkPublishCategories"],
    ["bulkUnpublishArticleArticles", "articles.bulkUnpublish", "bulkUnpublishArticles"],
    ["bulkUnpublishCategoryCategories", "categories.bulkUnpublish", "bulkUnpublishCategories"],
    ["bulkUpdateArticleArticles", "articles.bulkUpdate", "bulkUpdateArticles"],
    ["bulkUpdateCategoryCategoryContent", "categories.bulkUpdateContent", "bulkUpdateCategoryContent"],
    ["checkUserEmailAvailability", "users.checkEmailAvailability", "checkUserEmailAvailability"],
    ["copyDriveFile", "drive.copyFile", "copyDriveFile"],
    ["createArticleArticle", "articles.create", "createArticle"],
    ["createCategoryCategory", "categories.create", "createCategory"],
    ["createDriveFolder", "drive.createFolder", "createDriveFolder"],
    ["createProjectExport", "projects.createExport", "createProjectExport"],
    ["createProjectImport", "projects.createImport", "createProjectImport"],
    ["createReaderReader", "readers.create", "createReader"],
    ["createReaderReaderGroup", "readers.createGroup", "createReaderGroup"],
    ["createUserUser", "users.create", "createUser"],
    ["deleteArticleArticle", "articles.delete", "deleteArticle"],
    ["deleteArticleArticleVersion", "articles.deleteVersion", "deleteArticleVersion"],
    ["deleteCategoryCategory", "categories.delete", "deleteCategory"],
    ["deleteCategoryCategoryVersion", "categories.deleteVersion", "deleteCategoryVersion"],
    ["deleteDriveFile", "drive.deleteFile", "deleteDriveFile"],
    ["deleteDriveFolder", "drive.deleteFolder", "deleteDriveFolder"],
    ["deleteDriveTags", "drive.deleteTags", "deleteDriveTags"],
    ["deleteReaderJwtReaders", "readers.deleteJwtByEmail", "deleteJwtReadersByEmail"],
    ["deleteReaderReader", "readers.delete", "deleteReader"],
    ["deleteReaderReaderGroup", "readers.deleteGroup", "deleteReaderGroup"],
    ["deleteUserUser", "users.delete", "deleteUser"],
    ["editUserContentRole", "users.editContentRole", "editUserContentRole"],
    ["editUserPortalRole", "users.editPortalRole", "editUserPortalRole"],
    ["editUserUserGroups", "users.editGroups", "editUserGroups"],
    ["forkArticleArticleVersion", "articles.forkVersion", "forkArticleVersion"],
    ["forkCategoryCategoryVersion", "categories.forkVersion", "forkCategoryVersion"],
    ["getAISearchAnalyticMostReferencedArticles", "aiSearchAnalytics.listMostReferencedArticles", "listAISearchAnalyticMostReferencedArticles"],
    ["getAISearchAnalyticSummary", "aiSearchAnalytics.getSummary", "getAISearchAnalyticSummary"],
    ["getAISearchAnalyticTimeline", "aiSearchAnalytics.listTimeline", "listAISearchAnalyticTimeline"],
    ["getAISearchAnalyticTrendingTopics", "aiSearchAnalytics.listTrendingTopics", "listAISearchAnalyticTrendingTopics"],
    ["getApiReferenceApiReferenceLogDetail", "apiReferences.getLogDetail", "getApiReferenceLogDetail"],
    ["getApiReferenceApiReferenceLogs", "apiReferences.listLogs", "listApiReferenceLogs"],
    ["getArticleAnalyticCountryVisits", "articleAnalytics.listCountryVisits", "listArticleAnalyticCountryVisits"],
    ["getArticleAnalyticIndividualArticle", "articleAnalytics.getForArticle", "getArticleAnalytics"],
    ["getArticleAnalyticMostRead", "articleAnalytics.listMostRead", "listArticleAnalyticMostRead"],
    ["getArticleAnalyticPerformance", "articleAnalytics.listPerformance", "listArticleAnalyticPerformance"],
    ["getArticleAnalyticSummary", "articleAnalytics.getSummary", "getArticleAnalyticSummary"],
    ["getArticleAnalyticTopArticles", "articleAnalytics.listTopArticles", "listArticleAnalyticTopArticles"],
    ["getArticleAnalyticTopCategories", "articleAnalytics.listTopCategories", "listArticleAnalyticTopCategories"],
    ["getArticleArticle", "articles.get", "getArticle"],
    ["getArticleArticleSettings", "articles.getSettings", "getArticleSettings"],
    ["getArticleArticleVersion", "articles.getVersion", "getArticleVersion"],
    ["getArticleArticleVersions", "articles.listVersions", "listArticleVersions"],
    ["getCategoryCategory", "categories.get", "getCategory"],
    ["getCategoryCategoryContent", "categories.getContent", "getCategoryContent"],
    ["getCategoryCategorySettings", "categories.getSettings", "getCategorySettings"],
    ["getCategoryCategoryVersion", "categories.getVersion", "getCategoryVersion"],
    ["getCategoryCategoryVersions", "categories.listVersions", "listCategoryVersions"],
    ["getDriveArticleFiles", "drive.listArticleFiles", "listDriveArticleFiles"],
    ["getDriveDefaultFolder", "drive.getDefaultFolder", "getDriveDefaultFolder"],
    ["getDriveFile", "drive.getFile", "getDriveFile"],
    ["getDriveFolder", "drive.getFolder", "getDriveFolder"],
    ["getDriveFolders", "drive.listFolders", "listDriveFolders"],
    ["getDriveTaskStatus", "drive.getTaskStatus", "getDriveTaskStatus"],
    ["getFeedbackAnalyticArticleFeedbacks", "feedbackAnalytics.listArticles", "listFeedbackAnalyticArticles"],
    ["getFeedbackAnalyticSummary", "feedbackAnalytics.getSummary", "getFeedbackAnalyticSummary"],
    ["getFeedbackAnalyticTimeline", "feedbackAnalytics.listTimeline", "listFeedbackAnalyticTimeline"],
    ["getLanguageLanguages", "languages.list", "listLanguages"],
    ["getLicenseLicenseUsage", "license.getUsage", "getLicenseUsage"],
    ["getProjectDocumentByUrl", "projects.getDocumentByUrl", "getProjectDocumentByUrl"],
    ["getProjectExportStatus", "projects.getExportStatus", "getProjectExportStatus"],
    ["getProjectImportStatus", "projects.getImportStatus", "getProjectImportStatus"],
    ["getProjectProject", "projects.get", "getProject"],
    ["getProjectProjects", "projects.list", "listProjects"],
    ["getProjectSsoSchemes", "projects.listSsoSchemes", "listProjectSsoSchemes"],
    ["getProjectWorkflowStatuses", "projects.listWorkflowStatuses", "listProjectWorkflowStatuses"],
    ["getReaderReaderGroup", "readers.getGroup", "getReaderGroup"],
    ["getReaderReaderGroups", "readers.listGroups", "listReaderGroups"],
    ["getReaderReaders", "readers.list", "listReaders"],
    ["getSearchAnalyticKeywords", "searchAnalytics.listKeywords", "listSearchAnalyticKeywords"],
    ["getSearchAnalyticNoResults", "searchAnalytics.listKeywordsWithoutResults", "listSearchAnalyticKeywordsWithoutResults"],
    ["getSearchAnalyticSummary", "searchAnalytics.getSummary", "getSearchAnalyticSummary"],
    ["getSearchAnalyticTimeline", "searchAnalytics.listTimeline", "listSearchAnalyticTimeline"],
    ["getTranslationTranslationArticles", "translations.listArticles", "listTranslationArticles"],
    ["getUserCurrentUser", "users.getCurrent", "getCurrentUser"],
    ["getUserRoles", "users.listRoles", "listUserRoles"],
    ["getUserUser", "users.get", "getUser"],
    ["getUserUserGroups", "users.listGroups", "listUserGroups"],
    ["getUserUsers", "users.list", "listUsers"],
    ["getWorkspaceApiReferences", "workspaces.listApiReferences", "listWorkspaceApiReferences"],
    ["getWorkspaceArticles", "workspaces.listArticles", "listWorkspaceArticles"],
    ["getWorkspaceCategories", "workspaces.listCategories", "listWorkspaceCategories"],
    ["getWorkspaceWorkspace", "workspaces.get", "getWorkspace"],
    ["getWorkspaceWorkspaces", "workspaces.list", "listWorkspaces"],
    ["importApiReferenceApiReference", "apiReferences.import", "importApiReference"],
    ["moveDriveFile", "drive.moveFile", "moveDriveFile"],
    ["postWorkspaceAiFeedback", "workspaces.sendAiFeedback", "sendWorkspaceAiFeedback"],
    ["postWorkspaceAiQuery", "workspaces.askAi", "askWorkspaceAi"],
    ["publishArticleArticle", "articles.publish", "publishArticle"],
    ["publishCategoryCategory", "categories.publish", "publishCategory"],
    ["searchDrive", "drive.search", "searchDrive"],
    ["unpublishArticleArticle", "articles.unpublish", "unpublishArticle"],
    ["unpublishCategoryCategory", "categories.unpublish", "unpublishCategory"],
    ["updateArticleArticle", "articles.update", "updateArticle"],
    ["updateArticleArticleSettings", "articles.updateSettings", "updateArticleSettings"],
    ["updateArticleWorkflowStatus", "articles.updateWorkflowStatus", "updateArticleWorkflowStatus"],
    ["updateCategoryCategory", "categories.update", "updateCategory"],
    ["updateCategoryCategoryContent", "categories.updateContent", "updateCategoryContent"],
    ["updateCategoryCategorySettings", "categories.updateSettings", "updateCategorySettings"],
    ["updateCategoryWorkflowStatus", "categories.updateWorkflowStatus", "updateCategoryWorkflowStatus"],
    ["updateDriveFolder", "drive.updateFolder", "updateDriveFolder"],
    ["updateReaderReader", "readers.update", "updateReader"],
    ["updateReaderReaderGroup", "readers.updateGroup", "updateReaderGroup"],
    ["uploadDriveFile", "drive.uploadFile", "uploadDriveFile"],
];

async function namesOf(specPath: string, namesPath?: string): Promise<[string, string, string][]> {
  const { sdk, names } = await planApi({ specPath, namesPath });
  return sdk.resources
    .flatMap((resource) => resource.methods.map((method): [string, string, string] => [method.operation.operationId, `${resource.property}.${method.name}`, names.operations.get(method.operation.operationId)!]))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe("method names of the v3.1 client", () => {
  it("are exactly the table, for all 116 operations of spec/", async () => {
    expect(V31_NAMES).toHaveLength(116);
    expect(await namesOf(path.join(REPO, "spec", "openapi.yaml"))).toEqual(V31_NAMES);
  });

  it("are the same for the vendor's v3.1 document named with spec/method-names.yaml", async () => {
    expect(await namesOf(path.join(D360_SPECS, "v3.1.json"), path.join(REPO, "spec", "method-names.yaml"))).toEqual(V31_NAMES);
  });

  it("carry no HTTP-only verb, no repeat of their resource's word, and `list` only on collections", async () => {
    const { sdk, model } = await planApi({ specPath: path.join(REPO, "spec", "openapi.yaml") });
    const schemas = new Map(model.schemas.map((schema) => [schema.key, schema]));
    for (const resource of sdk.resources) {
      const resourceWord = resource.property.replace(/s$/, "").toLowerCase();
      for (const method of resource.methods) {
        const label = `${resource.property}.${method.name}`;
        expect(method.name, label).not.toMatch(/^(post|put|patch)/);
        expect(method.name.toLowerCase(), label).not.toContain(resourceWord);
        if (method.name.startsWith("list")) expect(resultKind(method.operation, schemas), label).toBe("many");
        if (method.name.startsWith("get")) expect(resultKind(method.operation, schemas), label).toBe("one");
      }
    }
  });
});

describe("the method-name override file", () => {
  async function generateWith(names: string) {
    const dir = await tempDir();
    const spec = await writeSpec(dir, "api.yaml", petstore());
    await writeFile(path.join(dir, "method-names.yaml"), names);
    const out = path.join(dir, "out");
    return { run: await cli("--spec", spec, "--out", out), out, dir };
  }

  it("is read beside the spec and renames the method and its function", async () => {
    const { run, out } = await generateWith("getPet:\n  method: fetchOne\n  function: fetchOnePet\nlistPets: listAll\n");
    expect(run.code).toBe(0);
    const files = await snapshot(out);
    expect(files["api.md"]).toContain("`client.pets.fetchOne({ pet_id })`");
    expect(files["api.md"]).toContain("`client.pets.listAll(");
    expect(files["src/operations.ts"]).toMatch(/export function fetchOnePet\(/);
    expect(files["src/operations.ts"]).toMatch(/export function listPetAll\(/);
  });

  it.each([
    ["an operationId the spec lacks", "getPets: list\n", /^error: .*method-names\.yaml#\/getPets: no operation has the operationId "getPets"\n$/],
    ["a name that is not camelCase", "getPet: Fetch-One\n", /^error: .*method-names\.yaml#\/getPet: "Fetch-One" is not a camelCase name/],
    ["a name another method of the resource has", "getPet: create\n", /^error: .*method-names\.yaml#\/getPet: method name "create" is also createPet's\n$/],
    ["a list instead of a mapping", "- getPet\n", /^error: .*method-names\.yaml#: expected a mapping of operationId to method name\n$/],
    ["YAML that does not parse", "getPet: [\n", /^error: .*method-names\.yaml:\d+:\d+: /],
  ])("refuses %s with one error line, writing nothing", async (_case, names, message) => {
    const { run, out } = await generateWith(names);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n").filter((line) => line.startsWith("error:"))).toHaveLength(1);
    expect(run.stderr.slice(run.stderr.indexOf("error:"))).toMatch(message);
    expect(await snapshot(out)).toEqual({});
  });

  it("named with --names must exist", async () => {
    const dir = await tempDir();
    const spec = await writeSpec(dir, "api.yaml", petstore());
    const run = await cli("--spec", spec, "--out", path.join(dir, "out"), "--names", path.join(dir, "missing.yaml"));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error: .*missing\.yaml: cannot read the method-name overrides \(ENOENT\)/);
  });
});

describe("method names stay put", () => {
  it("when another operation is added, removed or changed", async () => {
    const dir = await tempDir();
    const before = await namesOf(await writeSpec(dir, "a/api.json", petstore()));
    const document = petstore();
    document.paths["/pets/{pet_id}/toys"] = { get: { operationId: "getPetToys", tags: ["pets"], responses: { "200": { description: "ok" } } } };
    delete document.paths["/pets/{pet_id}"].delete;
    const after = await namesOf(await writeSpec(dir, "b/api.json", document));
    for (const row of before.filter(([id]) => id !== "deletePet")) expect(after).toContainEqual(row);
  });
});
