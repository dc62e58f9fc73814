#!/usr/bin/env node
// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import { createClient } from "../client.js";
import { runMcpServer } from "./cli.js";
import { OPERATIONS, SERVER_INFO, TASKS } from "./tools.js";

await runMcpServer({
  createClient,
  operations: OPERATIONS,
  tasks: TASKS,
  info: SERVER_INFO,
});
