// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import type { ApiClient, ApiPromise, RequestOptions } from "./runtime/index.js";
import type * as Models from "./models.js";
import type { paths } from "./paths.js";

/**
 * Kick off an asynchronous project export
 *
 * Schedules a background job that packages the project's documentation and answers immediately with `202 Accepted` and the job identifier. Follow the job by calling `GET /v3/projects/{project_id}/exports/{export_id}` (also advertised in the `Operation-Location` header) until it reaches a final state. The request body selects the workspace, optionally the language, and the output format. The caller needs the `UpdateProjectSettings` permission.
 *
 * `POST /v3/projects/{project_id}/exports`
 */
export function createProjectExport(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * Identifier (UUID) of the target project; `GET /v3/projects` lists the ones available to the caller.
       *
       * @format uuid
       * @example "9a3b4c5d-6e7f-8a9b-0c1d-2e3f4a5b6c7d"
       */
      project_id: string;
    };
    /** What to export and in which file format. */
    body?: Models.ExportRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ExportStatusResponseApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/exports",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
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
export function getProjectExportStatus(
  client: ApiClient<paths>,
  input: {
    path: {
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
    };
  },
  options?: RequestOptions,
): ApiPromise<Models.ExportStatusResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/exports/{export_id}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * List the projects visible to the caller
 *
 * Pages through every project the authenticated identity may access. When the OAuth access token carries a `doc360_project_id` claim, the listing is narrowed down to that one project. The caller needs the `ViewProjectSettings` permission. Typical use is to look up the `project_id` values that the project-scoped routes expect. Paging is driven either by `page`/`page_size` or by an opaque `cursor`.
 *
 * `GET /v3/projects`
 */
export function getProjectProjects(
  client: ApiClient<paths>,
  input: {
    query?: {
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
    };
  } = {},
  options?: RequestOptions,
): ApiPromise<Models.ProjectResponsePaginatedResponse> {
  return client.request(
    { method: "get", path: "/v3/projects", response: "json", envelope: true },
    input,
    options,
  );
}
