// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import { OPERATION_JSON } from "./operations.js";
import type { McpOperation, McpServerInfo, McpTask } from "./server.js";

/** The server's name and the environment variables it reads. */
export const SERVER_INFO: McpServerInfo = {
  name: "document360-customer-api-client",
  version: "3.0.0",
  title: "Document360 Customer API",
  tokenEnv: "DOCUMENT360_TOKEN",
  baseUrlEnv: "DOCUMENT360_BASE_URL",
};

/** Every operation as the MCP server calls it, ordered by resource and method. */
export const OPERATIONS: readonly McpOperation[] = OPERATION_JSON.map(
  (json) => JSON.parse(json) as McpOperation,
);

/** Long-running tasks: start, then poll the status operation until it is done. */
export const TASKS: readonly McpTask[] = [
  {
    tool: "projects_createExportAndWait",
    resource: "Projects",
    noun: "Export",
    start: "projects_createExport",
    status: "projects_getExportStatus",
    idParameter: "export_id",
    downloadable: true,
  },
  {
    tool: "projects_createImportAndWait",
    resource: "Projects",
    noun: "Import",
    start: "projects_createImport",
    status: "projects_getImportStatus",
    idParameter: "import_id",
    downloadable: false,
  },
];
