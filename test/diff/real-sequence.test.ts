/**
 * The three real Document360 revisions, generated one after the other into
 * one folder, as a maintainer would: v3-2026-04 → v3 → v3.1. Pins what the
 * change report finds and measures the generated diffs (`git diff --no-index
 * --numstat`) for churn unrelated to the spec change.
 */
import { execFile } from "node:child_process";
import { copyFile, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { compareSurfaces, type Change, type Comparison } from "../../generator/diff/compare.js";
import { countChanges } from "../../generator/diff/report.js";
import { parseSurface } from "../../generator/plan/surface.js";
import { loadSpec } from "../../generator/load/load.js";
import { buildModel } from "../../generator/model/build.js";
import type { ApiModel } from "../../generator/model/types.js";
import { pascalCase } from "../../generator/plan/naming.js";
import { cli, D360_SPECS, REPO, snapshot } from "../generator/support.js";

const run = promisify(execFile);
const WORK = path.join(REPO, ".tmp", "diff-sequence");
const REVISIONS = ["v3-2026-04", "v3", "v3.1"] as const;
type Revision = (typeof REVISIONS)[number];

/** Added and deleted lines per changed file between two revisions' folders, from git's own line diff. */
async function numstat(from: Revision, to: Revision): Promise<Record<string, [number, number]>> {
  const result = await run("git", ["diff", "--no-index", "--numstat", "--diff-algorithm=histogram", from, to], { cwd: WORK }).catch(
    (error: { stdout: string }) => error,
  );
  const stats: Record<string, [number, number]> = {};
  for (const line of result.stdout.trim().split("\n").filter(Boolean)) {
    const [added, deleted, name] = line.split("\t") as [string, string, string];
    stats[name.replace(/^\{[^}]*\}\//, "")] = [Number(added), Number(deleted)];
  }
  return stats;
}

async function deletedLines(from: string, to: string, file: string): Promise<string[]> {
  const result = await run("git", ["diff", "--no-index", "-U0", "--diff-algorithm=histogram", path.join(from, file), path.join(to, file)]).catch(
    (error: { stdout: string }) => error,
  );
  return result.stdout.split("\n").filter((line) => line.startsWith("-") && !line.startsWith("---")).map((line) => line.slice(1).trim());
}

/** Top-level declarations of a generated TypeScript file by name, each with its JSDoc. */
function declarations(text: string): Map<string, string> {
  const blocks = text.split(/\n(?=\/\*\*|export )/);
  const byName = new Map<string, string>();
  let pending = "";
  for (const block of blocks) {
    const name = /^export (?:function|interface|type|const|class) (\w+)/m.exec(block)?.[1];
    if (name === undefined) {
      pending += block;
      continue;
    }
    byName.set(name, pending + block);
    pending = "";
  }
  return byName;
}

describe("Document360 v3-2026-04 → v3 → v3.1, regenerated into one folder", () => {
  const folders = {} as Record<Revision, string>;
  const reports = {} as Record<Revision, string>;
  const models = {} as Record<Revision, ApiModel>;
  let firstStep: Comparison;
  let secondStep: Comparison;

  beforeAll(async () => {
    await rm(WORK, { recursive: true, force: true });
    // Every revision is generated from the same file name, as `spec/openapi.yaml` would be, so headers do not change.
    const specDir = await mkdtemp(path.join(tmpdir(), "diff-sequence-"));
    const spec = path.join(specDir, "openapi.json");
    const out = path.join(WORK, "out");
    for (const revision of REVISIONS) {
      await copyFile(path.join(D360_SPECS, `${revision}.json`), spec);
      const result = await cli("--spec", spec, "--out", out, "--quiet");
      expect(result.code).toBe(0);
      reports[revision] = result.stderr;
      folders[revision] = path.join(WORK, revision);
      await cp(out, folders[revision], { recursive: true });
      models[revision] = buildModel(await loadSpec(spec));
    }
    const surfaces = await Promise.all(REVISIONS.map(async (revision) => parseSurface((await snapshot(folders[revision]))["api-surface.json"]!)!));
    firstStep = compareSurfaces(surfaces[0]!, surfaces[1]!);
    secondStep = compareSurfaces(surfaces[1]!, surfaces[2]!);
  }, 300_000);

  describe("v3-2026-04 → v3: the analytics operations and one breaking body change", () => {
    it("counts 18 operations and 39 model types added, and exactly one breaking change", () => {
      expect([firstStep.operationsAdded, firstStep.operationsRemoved, firstStep.operationsRenamed]).toEqual([18, 0, 0]);
      expect(firstStep.changes.filter((change) => change.kind === "schema-added")).toHaveLength(39);
      expect(countChanges(firstStep)).toEqual({ breaking: 1, nonBreaking: 57, operationsBroken: 1, operationsChanged: 19 });
      expect(firstStep.changes.filter((change) => change.breaking)).toEqual([
        {
          kind: "type-changed",
          breaking: true,
          operationId: "bulkUpdateCategoryCategoryContent",
          method: "categories.bulkUpdateContent",
          route: "PATCH /v3/projects/{project_id}/categories/bulk/content",
          at: ["body"],
          detail: "`BulkUpdateCategoryContentItem[]` → `BulkUpdateCategoryContentV3Request`",
        },
      ]);
      expect(reports.v3).toContain("api: 18 operations added, 0 removed, 0 renamed; 1 breaking change (in 1 operation) and 57 non-breaking");
    });

    it("writes CHANGES.md with the counts first and the breaking change before the rest", async () => {
      const report = (await snapshot(folders.v3))["CHANGES.md"]!;
      expect(report).toContain(
        "**1 breaking change** (in 1 operation) and 57 non-breaking. Operations: 18 added, 0 removed, 0 renamed. Model types: 39 added, 0 removed, 0 renamed.",
      );
      const breaking = report.indexOf("## Breaking changes (1)");
      expect(breaking).toBeGreaterThan(0);
      expect(report.indexOf("### Methods added (18)")).toBeGreaterThan(breaking);
      expect(report).toContain("- 4 methods added to `aiSearchAnalytics`: `getSummary`, `listMostReferencedArticles`, `listTimeline`, `listTrendingTopics`\n");
      expect(report).toContain(
        "### Types changed (1)\n\n- request body: `BulkUpdateCategoryContentItem[]` → `BulkUpdateCategoryContentV3Request`, in `categories.bulkUpdateContent`\n",
      );
    });

    it("touches no file and no line unrelated to the change", async () => {
      const stats = await numstat("v3-2026-04", "v3");
      expect(Object.keys(stats)).toContain("src/operations.ts");
      for (const untouched of [".gitignore", "package.json", "tsconfig.json", "src/index.ts"]) expect(stats[untouched]).toBeUndefined();
      // The README's table of resources gains the new analytics resources' rows, and nothing else.
      const readmeDeleted = (await deletedLines(folders["v3-2026-04"], folders.v3, "README.md")).filter((line) => line !== "");
      expect(readmeDeleted.every((line) => /^\| `client\.\w+` +\|/.test(line) || /^\| -+ \| -+ \|$|^\| resource +\|/.test(line)), readmeDeleted.join("\n")).toBe(true);
      expect(Object.keys(stats).filter((file) => file.startsWith("src/runtime/"))).toEqual([]);
      expect(stats["src/models.ts"]![1]).toBe(0);
      for (const file of ["src/operations.ts", "src/paths.ts"]) {
        const deleted = (await deletedLines(folders["v3-2026-04"], folders.v3, file)).filter((line) => line !== "");
        expect(deleted.length).toBeGreaterThan(0);
        for (const line of deleted) expect(line).toMatch(/BulkUpdateCategoryContentItem|List of category content updates/);
      }
    });
  });

  describe("v3 → v3.1: project versions become workspaces", () => {
    it("finds the seven moved operations as renames and the drive route's renamed path parameter as that, not additions and removals", () => {
      // Seven moves, plus three search analytics reads whose result became a list, so `get…` became `list…`.
      expect([secondStep.operationsAdded, secondStep.operationsRemoved, secondStep.operationsRenamed]).toEqual([0, 0, 10]);
      const renamed = secondStep.changes.filter((change) => change.kind === "operation-renamed").map((change) => change.detail);
      for (const [from, to] of [
        ["projectVersions.listApiReferences", "workspaces.listApiReferences"],
        ["projectVersions.listArticles", "workspaces.listArticles"],
        ["projectVersions.listCategories", "workspaces.listCategories"],
        ["projectVersions.get", "workspaces.get"],
        ["projectVersions.list", "workspaces.list"],
        ["projectVersions.sendAiFeedback", "workspaces.sendAiFeedback"],
        ["projectVersions.sendAiQuery", "workspaces.sendAiQuery"],
      ]) {
        expect(renamed.filter((detail) => detail.startsWith(`\`${from}\` → \`${to}\`; \``))).toHaveLength(1);
      }
      for (const [from, to] of [
        ["searchAnalytics.getKeywords", "searchAnalytics.listKeywords"],
        ["searchAnalytics.getNoResults", "searchAnalytics.listNoResults"],
        ["searchAnalytics.getTimeline", "searchAnalytics.listTimeline"],
      ]) {
        expect(renamed).toContain(`\`${from}\` → \`${to}\``);
      }
      expect(renamed).toHaveLength(10);
      const drive = secondStep.changes.filter((change) => change.kind === "route-parameter-renamed");
      expect(drive.map(({ method, route, detail, previous, breaking }) => ({ method, route, detail, previous, breaking }))).toEqual([
        {
          method: "drive.listArticleFiles",
          route: "GET /v3/projects/{project_id}/drive/articles/{workspace_id}/{article_id}/files",
          detail: "`{project_version_id}` → `{workspace_id}`",
          previous: { method: "drive.listArticleFiles", route: "GET /v3/projects/{project_id}/drive/articles/{project_version_id}/{article_id}/files" },
          breaking: true,
        },
      ]);
    });

    it("reports project_version_id → workspace_id as a rename in every one of the 56 operations that reach it", () => {
      const renames = secondStep.changes.filter((change) => change.kind === "renamed" && change.detail === "renamed from `project_version_id`");
      expect(renames.every((change) => change.at.at(-1) === "workspace_id" && change.breaking)).toBe(true);
      expect(new Set(renames.map((change) => change.operationId)).size).toBe(56);
      expect(renames.filter((change) => ["path", "query"].includes(change.at[0]!)).length).toBe(25);
      expect(secondStep.changes.filter((change) => change.kind === "added" && change.at.at(-1) === "workspace_id")).toEqual([]);
    });

    it("finds the reshaped search analytics results and category_id newly required in article creation", () => {
      const reshaped = secondStep.changes.filter((change) => change.kind === "type-changed" && change.at.join(".") === "result.data");
      expect(reshaped.map((change) => [change.method, change.detail, change.breaking])).toEqual([
        ["searchAnalytics.listKeywords", "`SearchKeywordsListResponse` → `SearchKeywordResponse[]`", true],
        ["searchAnalytics.listNoResults", "`SearchKeywordsListResponse` → `SearchKeywordResponse[]`", true],
        ["searchAnalytics.listTimeline", "`SearchTimelineResponse` → `SearchTimelineDataPoint[]`", true],
      ]);
      const createArticle = secondStep.changes.filter((change) => change.method === "articles.create" && change.at.join(".") === "body.category_id");
      expect(createArticle.map((change) => [change.kind, change.breaking])).toEqual([
        ["newly-required", true],
        ["no-longer-nullable", true],
      ]);
    });

    it("counts the breaking changes and the operations they touch", () => {
      // The three get → list renames are breaking changes of operations already broken by their new results: still 59.
      expect(countChanges(secondStep)).toEqual({ breaking: 120, nonBreaking: 53, operationsBroken: 59, operationsChanged: 63 });
      expect(secondStep.changes.filter((change) => change.kind === "schema-removed")).toHaveLength(5);
      expect(reports["v3.1"]).toContain("api: 0 operations added, 0 removed, 10 renamed; 120 breaking changes (in 59 operations) and 53 non-breaking");
    });

    it("pairs model types renamed together with a field inside them", () => {
      expect(secondStep.changes.filter((change) => change.kind === "schema-renamed").map((change) => change.detail)).toEqual([
        "`ProjectVersionDetailResponse` → `WorkspaceDetailResponse` (field `version_type` → `workspace_type`)",
        "`ProjectVersionDetailResponseApiResponse` → `WorkspaceDetailResponseApiResponse`",
        "`ProjectVersionResponse` → `WorkspaceResponse` (field `version_type` → `workspace_type`)",
        "`ProjectVersionResponsePaginatedResponse` → `WorkspaceResponsePaginatedResponse`",
      ]);
    });

    it("finds the two search analytics lists that became paginated", () => {
      expect(secondStep.changes.filter((change) => change.kind.endsWith("-paged")).map(({ kind, method, breaking }) => ({ kind, method, breaking }))).toEqual([
        { kind: "now-paged", method: "searchAnalytics.listKeywords", breaking: false },
        { kind: "now-paged", method: "searchAnalytics.listNoResults", breaking: false },
      ]);
      expect(secondStep.changes.filter((change) => change.kind.startsWith("task-"))).toEqual([]);
    });

    describe("its CHANGES.md, read by a reviewer in a hurry", () => {
      let report: string;
      let lines: string[];
      beforeAll(async () => {
        report = (await snapshot(folders["v3.1"]))["CHANGES.md"]!;
        lines = report.split("\n");
      });

      it("names the moved methods, grouped, and the drive route's renamed path parameter within its first 25 lines", () => {
        const firstScreen = lines.slice(0, 25);
        expect(firstScreen).toContain(
          "- 7 methods moved from `projectVersions` to `workspaces`: `get`, `list`, `listApiReferences`, `listArticles`, `listCategories`, `sendAiFeedback`, `sendAiQuery` (routes: `project-versions` → `workspaces`)",
        );
        expect(firstScreen).toContain(
          "- `drive.listArticleFiles`: path parameter renamed in its route, `{project_version_id}` → `{workspace_id}`; the route is otherwise the same, now `GET /v3/projects/{project_id}/drive/articles/{workspace_id}/{article_id}/files`",
        );
        expect(lines.filter((line) => line.includes("drive.listArticleFiles") && /moved|route `/.test(line))).toEqual([]);
      });

      it("gives every field change one line, saying where the field is", () => {
        expect(lines).toContain("- `category_id` (body): now required and non-null, in 2 operations: `articles.bulkCreate` (`articles[].category_id`), `articles.create`");
        expect(lines).toContain("- `access_scope` (body): now required and non-null, in `readers.create`");
        const places = new Map<string, Change[]>();
        for (const change of secondStep.changes.filter((change) => change.at.length > 1)) {
          const key = `${change.operationId} ${change.at.join("/")}`;
          places.set(key, [...(places.get(key) ?? []), change]);
        }
        const merged = [...places.values()].filter((changes) => changes.length > 1);
        expect(merged).toHaveLength(5);
        for (const [change] of merged as [Change][]) {
          const subject = `- \`${change.at.filter((segment) => !segment.startsWith("[")).at(-1)}\` (${change.at[0]}): `;
          expect(lines.filter((line) => line.startsWith(subject) && line.includes(`\`${change.method}\``))).toHaveLength(1);
        }
      });

      it("folds the repeated error statuses into one line", () => {
        expect(lines.filter((line) => line.includes("error statuses added: `401`, `422`"))).toHaveLength(1);
        expect(report).toContain("- error statuses added: `401`, `422`, in 17 operations: `aiSearchAnalytics.getSummary`, `aiSearchAnalytics.listMostReferencedArticles`, ");
      });

      it("reports the paired model type renames and the lists that became paginated", () => {
        expect(lines).toContain("- `ProjectVersionResponse` → `WorkspaceResponse` (field `version_type` → `workspace_type`)");
        expect(lines).toContain("- now returns pages (page): `for await` iterates every item, in 2 operations: `searchAnalytics.listKeywords`, `searchAnalytics.listNoResults`");
      });

      it("has one breaking count: stderr, the summary, the heading and the sum of its sections agree", () => {
        const stderrCount = Number(/api: .*; (\d+) breaking changes/.exec(reports["v3.1"])![1]);
        const summaryCount = Number(/^\*\*(\d+) breaking changes\*\*/m.exec(report)![1]);
        const headingCount = Number(/^## Breaking changes \((\d+)\)$/m.exec(report)![1]);
        const breakingSection = report.slice(report.indexOf("## Breaking changes"), report.indexOf("## Non-breaking changes"));
        const sectionSum = [...breakingSection.matchAll(/^### .* \((\d+)\)$/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
        expect([stderrCount, summaryCount, headingCount, sectionSum]).toEqual([120, 120, 120, 120]);
      });
    });

        it("changes a declaration only when its operation or schema changed in the model (docs included)", async () => {
      const [before, after] = await Promise.all([snapshot(folders.v3), snapshot(folders["v3.1"])]);
      const modelText = (model: ApiModel) =>
        new Map([
          ...model.schemas.map((schema) => [pascalCase(schema.nameHint), JSON.stringify(schema)] as const),
          ...model.operations.map(({ pointer: _pointer, ...operation }) => [operation.operationId, JSON.stringify(operation)] as const),
        ]);
      const [oldModel, newModel] = [modelText(models.v3), modelText(models["v3.1"])];
      const surface = parseSurface(after["api-surface.json"]!)!;
      const modelKeyOf = new Map([
        ...Object.entries(surface.operations).map(([operationId, operation]) => [operation.client, operationId] as const),
        ...Object.keys(surface.schemas).map((name) => [name, name] as const),
      ]);
      const churn: string[] = [];
      let unchanged = 0;
      for (const file of ["src/models.ts", "src/operations.ts"]) {
        const [oldDeclarations, newDeclarations] = [declarations(before[file]!), declarations(after[file]!)];
        for (const [name, text] of newDeclarations) {
          const key = modelKeyOf.get(name);
          if (key === undefined || oldModel.get(key) === undefined || oldModel.get(key) !== newModel.get(key)) continue;
          unchanged++;
          if (oldDeclarations.get(name) !== text) churn.push(`${file}: ${name}`);
        }
      }
      expect(unchanged).toBeGreaterThan(100);
      expect(churn).toEqual([]);
    });
  });

  /**
   * The operations whose callers break, as verified when issue #13 was filed (v3-2026-04 → v3: one;
   * v3 → v3.1: 59, Optic's 40 plus the 19 renamed optional inputs it misses), pinned so that
   * reworking the report can neither lose one nor add one.
   */
  const BREAKING_OPERATIONS = {
    "v3-2026-04 → v3": ["bulkUpdateCategoryCategoryContent"],
    "v3 → v3.1": [
      "bulkCreateArticleArticles",
      "bulkCreateCategoryCategories",
      "bulkUpdateArticleArticles",
      "createArticleArticle",
      "createCategoryCategory",
      "createProjectExport",
      "createReaderReader",
      "createReaderReaderGroup",
      "createUserUser",
      "editUserContentRole",
      "forkArticleArticleVersion",
      "forkCategoryCategoryVersion",
      "getAISearchAnalyticMostReferencedArticles",
      "getAISearchAnalyticSummary",
      "getAISearchAnalyticTimeline",
      "getAISearchAnalyticTrendingTopics",
      "getArticleAnalyticCountryVisits",
      "getArticleAnalyticIndividualArticle",
      "getArticleAnalyticMostRead",
      "getArticleAnalyticPerformance",
      "getArticleAnalyticSummary",
      "getArticleAnalyticTopArticles",
      "getArticleAnalyticTopCategories",
      "getArticleArticle",
      "getArticleArticleVersion",
      "getCategoryCategory",
      "getCategoryCategoryContent",
      "getCategoryCategoryVersion",
      "getDriveArticleFiles",
      "getFeedbackAnalyticArticleFeedbacks",
      "getFeedbackAnalyticSummary",
      "getFeedbackAnalyticTimeline",
      "getLanguageLanguages",
      "getReaderReaderGroup",
      "getReaderReaderGroups",
      "getReaderReaders",
      "getSearchAnalyticKeywords",
      "getSearchAnalyticNoResults",
      "getSearchAnalyticSummary",
      "getSearchAnalyticTimeline",
      "getTranslationTranslationArticles",
      "getWorkspaceApiReferences",
      "getWorkspaceArticles",
      "getWorkspaceCategories",
      "getWorkspaceWorkspace",
      "getWorkspaceWorkspaces",
      "importApiReferenceApiReference",
      "postWorkspaceAiFeedback",
      "postWorkspaceAiQuery",
      "publishArticleArticle",
      "publishCategoryCategory",
      "unpublishArticleArticle",
      "unpublishCategoryCategory",
      "updateArticleArticle",
      "updateArticleWorkflowStatus",
      "updateCategoryCategoryContent",
      "updateCategoryWorkflowStatus",
      "updateReaderReader",
      "updateReaderReaderGroup",
    ],
  };

  it.each([
    ["v3-2026-04 → v3", () => firstStep],
    ["v3 → v3.1", () => secondStep],
  ] as const)("flags exactly the operations that break, %s: precision and recall 1.0", (step, comparison) => {
    const flagged = new Set(comparison().changes.flatMap((change) => (change.breaking && change.operationId ? [change.operationId] : [])));
    const expected = new Set(BREAKING_OPERATIONS[step]);
    const hits = [...flagged].filter((operationId) => expected.has(operationId)).length;
    expect({ precision: hits / flagged.size, recall: hits / expected.size }).toEqual({ precision: 1, recall: 1 });
  });
});
