// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import {
  ApiResource,
  type ApiPromise,
  PagePromise,
  downloadTo,
  downloadUrlOf,
  taskIdOf,
  waitForTask,
  type DownloadDestination,
  type WaitOptions,
  type RequestOptions,
} from "./runtime/index.js";
import type * as Models from "./models.js";
import type { paths } from "./paths.js";

/** Parameters of `projects.createExport` (`POST /v3/projects/{project_id}/exports`). */
export interface ProjectsCreateExportParams {
  /**
   * Identifier (UUID) of the target project; `GET /v3/projects` lists the ones available to the caller.
   *
   * @format uuid
   * @example "9a3b4c5d-6e7f-8a9b-0c1d-2e3f4a5b6c7d"
   */
  project_id: string;
  /** What to export and in which file format. */
  body?: Models.ExportRequest;
}

/** Parameters of `projects.getExportStatus` (`GET /v3/projects/{project_id}/exports/{export_id}`). */
export interface ProjectsGetExportStatusParams {
  /**
   * UUID of the export job to inspect; the create-export call (`POST /v3/projects/{project_id}/exports`) hands it out.
   *
   * @format uuid
   * @example "9a3b4c5d-6e7f-8a9b-0c1d-2e3f4a5b6c7d"
   */
  export_id: string;
  /**
   * Identifier (UUID) of the target project; `GET /v3/projects` lists the ones available to the caller.
   *
   * @format uuid
   * @example "9a3b4c5d-6e7f-8a9b-0c1d-2e3f4a5b6c7d"
   */
  project_id: string;
}

/** Parameters of `projects.list` (`GET /v3/projects`). */
export interface ProjectsListParams {
  /** Opaque continuation token copied from `pagination.next_cursor` of an earlier reply. If it is supplied, any `page` value is disregarded. */
  cursor?: string;
  /**
   * Ask the server to fill in `pagination.total_count`. Off unless set to `true`.
   *
   * @default false
   */
  include_total_count?: boolean;
  /**
   * One-based index of the page to fetch; the first page is used when omitted.
   *
   * @format int32
   * @default 1
   */
  page?: number;
  /**
   * How many items a page holds, between 1 and 100 (25 when omitted).
   *
   * @format int32
   * @default 25
   */
  page_size?: number;
}

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
  ): ApiPromise<Models.ExportStatusResponseApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/exports",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
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
  ): ApiPromise<Models.ExportStatusResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/exports/{export_id}",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ export_id: params.export_id, project_id: params.project_id }) },
      options,
    );
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
    return this.client.paginate(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.ProjectResponsePaginatedResponse>(
          { method: "get", path: "/v3/projects", response: "json", envelope: true },
          {
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              page: page.page,
              page_size: page.page_size,
            },
          },
          options,
        ),
      options,
    );
  }

  /** Polls `projects.getExportStatus` until the export is `Completed` (resolves) or `Failed` (throws `TaskFailedError`). Other statuses count as still running; the pause between polls grows, and `waitTimeoutMs` (the whole wait), `timeoutMs` (each poll), `signal` and `onProgress` apply. */
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
