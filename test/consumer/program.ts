// A small application written against the packed client, as a new user would write it.
import {
  createClient,
  NotFoundError,
  TaskFailedError,
  type ArticleSummaryResponse,
  type ExportStatusResponseApiResponse,
} from "document360-customer-api-client";

declare const process: { argv: string[] };

const [baseUrl, projectId] = process.argv.slice(2) as [string, string];
const d360 = createClient({ baseUrl, token: "consumer-token" });
const project = d360.project(projectId);

const titles: string[] = [];
for await (const article of project.workspaces.listArticles({ workspace_id: "w1" })) {
  const summary: ArticleSummaryResponse = article;
  titles.push(summary.title ?? "(untitled)");
}

const progress: string[] = [];
const done: ExportStatusResponseApiResponse = await project.projects.createExportAndWait(
  { body: { format: "pdf", workspace_id: "w1" } },
  { intervalMs: 1, onProgress: (status) => progress.push(status.data.status ?? "?") },
);

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

console.log(JSON.stringify({ titles, progress, final: done.data.status, failedStatus, notFound }));
