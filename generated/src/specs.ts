// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

/** `POST /v3/projects/{project_id}/exports` */
export const createProjectExport = {
  method: "post",
  path: "/v3/projects/{project_id}/exports",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/exports/{export_id}` */
export const getProjectExportStatus = {
  method: "get",
  path: "/v3/projects/{project_id}/exports/{export_id}",
  parameters: { path: ["export_id", "project_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects` */
export const getProjectProjects = {
  method: "get",
  path: "/v3/projects",
  parameters: { query: ["cursor", "include_total_count", "page", "page_size"] },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
