// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import {
  ApiResource,
  downloadTo,
  downloadUrlOf,
  taskIdOf,
  waitForTask,
  type DownloadDestination,
  type WaitOptions,
  type FlatParams,
  type PagePromise,
  type RequestOptions,
} from "./runtime/index.js";
import type * as Models from "./models.js";
import type * as Operations from "./operations.js";
import type { paths } from "./paths.js";
import * as Specs from "./specs.js";

/** Parameters of `projects.createExport` (`POST /v3/projects/{project_id}/exports`). */
export type ProjectsCreateExportParams = FlatParams<typeof Operations.createProjectExport>;
/** Parameters of `projects.getExportStatus` (`GET /v3/projects/{project_id}/exports/{export_id}`). */
export type ProjectsGetExportStatusParams = FlatParams<typeof Operations.getProjectExportStatus>;
/** Parameters of `projects.list` (`GET /v3/projects`). */
export type ProjectsListParams = FlatParams<typeof Operations.getProjectProjects>;

/** Projects: Discover the knowledge base projects a caller can reach and run asynchronous exports of their documentation. */
export class ProjectsResource extends ApiResource<paths> {
  /**
   * Kick off an asynchronous project export
   *
   * Schedules a background job that packages the project's documentation and answers immediately with `202 Accepted` and the job identifier. Follow the job by calling `GET /v3/projects/{project_id}/exports/{export_id}` (also advertised in the `Operation-Location` header) until it reaches a final state. The request body selects the workspace, optionally the language, and the output format. The caller needs the `UpdateProjectSettings` permission.
   *
   * `POST /v3/projects/{project_id}/exports`
   */
  createExport(
    params: ProjectsCreateExportParams,
    options?: RequestOptions,
  ): Promise<Models.ExportStatusResponseApiResponse> {
    return this.call(Specs.createProjectExport, params, options);
  }

  /**
   * Check the progress of a project export
   *
   * Reports where an export job, started earlier with `POST /v3/projects/{project_id}/exports`, currently stands. Once the job has finished successfully the payload carries a `download_url`. For projects whose visibility is private or mixed, that link includes a SAS token that stops working 30 minutes after it is issued. The caller needs the `ViewProjectSettings` permission.
   *
   * `GET /v3/projects/{project_id}/exports/{export_id}`
   */
  getExportStatus(
    params: ProjectsGetExportStatusParams,
    options?: RequestOptions,
  ): Promise<Models.ExportStatusResponseApiResponse> {
    return this.call(Specs.getProjectExportStatus, params, options);
  }

  /**
   * List the projects visible to the caller
   *
   * Pages through every project the authenticated identity may access. When the OAuth access token carries a `doc360_project_id` claim, the listing is narrowed down to that one project. The caller needs the `ViewProjectSettings` permission. Typical use is to look up the `project_id` values that the project-scoped routes expect. Paging is driven either by `page`/`page_size` or by an opaque `cursor`.
   *
   * `GET /v3/projects`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  list(
    params: ProjectsListParams = {},
    options?: RequestOptions,
  ): PagePromise<
    Models.ProjectResponsePaginatedResponse,
    Models.ProjectResponse,
    ProjectsListParams
  > {
    return this.paginate(Specs.getProjectProjects, params, options);
  }

  /** Polls `projects.getExportStatus` until the export is `Completed` (resolves) or `Failed` (throws `TaskFailedError`). Other statuses count as still running; the pause between polls grows, and `timeoutMs`, `signal` and `onProgress` apply. */
  waitForExport(
    params: ProjectsGetExportStatusParams,
    options: WaitOptions<Models.ExportStatusResponseApiResponse> & RequestOptions = {},
  ): Promise<Models.ExportStatusResponseApiResponse> {
    return waitForTask((signal) => this.getExportStatus(params, { ...options, signal }), options);
  }

  /** Starts an export with `projects.createExport`, then waits for it like `waitForExport`. */
  async createExportAndWait(
    params: ProjectsCreateExportParams,
    options: WaitOptions<Models.ExportStatusResponseApiResponse> & RequestOptions = {},
  ): Promise<Models.ExportStatusResponseApiResponse> {
    const started = await this.createExport(params, options);
    return this.waitForExport(
      { export_id: taskIdOf(started), project_id: params.project_id },
      options,
    );
  }

  /** Waits for the export to complete, then streams its `download_url` to a file path (Node) or a `WritableStream`. The API token is never sent to the storage host; an expired or refused signed URL is replaced by a fresh status read. */
  downloadExport(
    params: ProjectsGetExportStatusParams,
    destination: DownloadDestination,
    options: WaitOptions<Models.ExportStatusResponseApiResponse> & RequestOptions = {},
  ): Promise<void> {
    return downloadTo(
      this.client,
      async () => downloadUrlOf(await this.waitForExport(params, options)),
      destination,
      options,
    );
  }
}
