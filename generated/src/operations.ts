// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import type { ApiClient, RequestOptions } from "./runtime/index.js";
import type * as Models from "./models.js";
import type { paths } from "./paths.js";
import * as Specs from "./specs.js";

/**
 * Kick off an asynchronous project export
 *
 * Schedules a background job that packages the project's documentation and answers immediately with `202 Accepted` and the job identifier. Follow the job by calling `GET /v3/projects/{project_id}/exports/{export_id}` (also advertised in the `Operation-Location` header) until it reaches a final state. The request body selects the workspace, optionally the language, and the output format. The caller needs the `UpdateProjectSettings` permission.
 *
 * `POST /v3/projects/{project_id}/exports`
 */
export function createProjectExport(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/exports"]["post"]["parameters"] & {
    /** What to export and in which file format. */
    body?: Models.ExportRequest;
  },
  options?: RequestOptions,
): Promise<Models.ExportStatusResponseApiResponse> {
  return client.request(Specs.createProjectExport, input, options);
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
  input: paths["/v3/projects/{project_id}/exports/{export_id}"]["get"]["parameters"],
  options?: RequestOptions,
): Promise<Models.ExportStatusResponseApiResponse> {
  return client.request(Specs.getProjectExportStatus, input, options);
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
  input: paths["/v3/projects"]["get"]["parameters"] = {},
  options?: RequestOptions,
): Promise<Models.ProjectResponsePaginatedResponse> {
  return client.request(Specs.getProjectProjects, input, options);
}
