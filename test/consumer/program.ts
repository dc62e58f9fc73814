// A docs-sync script written against the packed client, as a new user would write it.
import { readFile } from "node:fs/promises";
import {
  createClient,
  NotFoundError,
  TaskFailedError,
  type ArticleSummaryResponse,
  type CategorySummaryResponse,
  type ExportStatusResponseApiResponse,
} from "document360-customer-api-client";

const [baseUrl, projectId, downloadPath] = process.argv.slice(2) as [string, string, string];
const d360 = createClient({ baseUrl, token: "consumer-token" });
const project = d360.project(projectId);
const workspace_id = "w1";

const created = await project.articles.create({ body: { title: "Release notes", category_id: "c1", workspace_id } });
const articleId = created.data.id!;
const updated = await project.articles.update({ article_id: articleId, body: { content: "# Release notes\n\nFixed." } });
await project.articles.publish({ article_id: articleId, body: { version_number: updated.data.version_number ?? 1, workspace_id } });

const tree: string[] = [];
const walk = (categories: readonly CategorySummaryResponse[], depth: number): void => {
  for (const category of categories) {
    tree.push(`${"-".repeat(depth)}${category.name}`);
    walk(category.child_categories ?? [], depth + 1);
  }
};
walk((await project.workspaces.listCategories({ workspace_id })).data, 0);

const uploaded = await project.drive.uploadFile({ folder_id: "f1", body: { file: new File(["hello\n"], "notes.txt", { type: "text/plain" }) } });

const titles: string[] = [];
for await (const article of project.workspaces.listArticles({ workspace_id })) {
  const summary: ArticleSummaryResponse = article;
  titles.push(summary.title ?? "(untitled)");
}

const progress: string[] = [];
const done: ExportStatusResponseApiResponse = await project.projects.createExportAndWait(
  { body: { format: "pdf", workspace_id } },
  { intervalMs: 1, onProgress: (status) => progress.push(status.data.status ?? "?") },
);
await project.projects.downloadExport({ export_id: done.data.id! }, downloadPath);

let failedStatus = "";
try {
  await project.projects.createImportAndWait({ body: { source_documentation_url: "https://docs.example.test", import_by: "u1" } }, { intervalMs: 1 });
} catch (error) {
  if (error instanceof TaskFailedError) failedStatus = String(error.status.data?.status);
}

let notFound = "";
try {
  await d360.articles.get({ project_id: projectId, article_id: "missing" });
} catch (error) {
  if (error instanceof NotFoundError) notFound = `${error.status} ${error.problem?.detail} ${error.requestId}`;
}

console.log(
  JSON.stringify({
    article: `${articleId} v${updated.data.version_number}`,
    tree,
    uploaded: uploaded.data.file_name,
    titles,
    progress,
    final: done.data.status,
    downloaded: await readFile(downloadPath, "utf8"),
    failedStatus,
    notFound,
  }),
);
