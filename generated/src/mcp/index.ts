// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import { createClient } from "../client.js";
import { createMcpServer, type McpServerOptions } from "./server.js";
import { OPERATIONS, SERVER_INFO, TASKS } from "./tools.js";

export { OPERATIONS, SERVER_INFO, TASKS } from "./tools.js";
export { createMcpServer, toolList } from "./server.js";
export type { McpMode, McpOperation, McpServerInfo, McpServerOptions, McpTask } from "./server.js";
export { runMcpServer } from "./cli.js";

/** This API's MCP server, calling it through `createClient` with the given client options. */
export function createServer(
  options: Omit<McpServerOptions, "client" | "operations" | "tasks" | "info"> & {
    client?: McpServerOptions["client"];
  },
) {
  return createMcpServer({
    ...options,
    client: options.client ?? createClient(),
    operations: OPERATIONS,
    tasks: TASKS,
    info: SERVER_INFO,
  });
}
