/**
 * The MCP server's generated files: `src/mcp/tools.ts` holds every operation
 * as data (route, parameter locations, media type, input schema, annotations'
 * source), which the hand-written server in `templates/mcp/` hands to the
 * client's generic `request`, so the server never depends on how resource
 * methods are shaped. `index.ts` binds that server to this package's client and
 * `main.ts` is the `bin` an MCP client starts.
 */
import { operationShape } from "../plan/operation-shape.js";
import { compareCodePoints } from "../model/order.js";
import type { ApiModel, Operation, SchemaDecl, TypeExpr } from "../model/types.js";
import { visibleText } from "../plan/identifiers.js";
import { pascalCase } from "../plan/naming.js";
import type { ResourceMethod, SdkPlan } from "../plan/resources.js";
import { printJson } from "../format/json.js";
import { printStatements, stringDoc } from "../format/typescript.js";
import { constStructure, importTypes, importValues, jsonExpression, reference } from "../emit/ts.js";
import { describe, FILE_SCHEMA, toJsonSchema, withinBudget, type JsonSchema, type SchemaSettings } from "./json-schema.js";

/** Bytes one tool's input schema may take; past it, descriptions and then depth are given up. */
export const INPUT_SCHEMA_BUDGET = 6_000;
/** Object levels expanded below a body when the budget allows. */
const MAX_DEPTH = 6;

export interface McpFile {
  path: string;
  text: string;
  /** Already laid out as prettier would; the format stage passes it by. */
  formatted?: true;
}

/**
 * A string literal as prettier writes it: double quotes unless the text holds
 * more double than single quotes, so JSON texts take single quotes.
 */
export function stringLiteral(text: string): string {
  return stringDoc(text);
}

/** MCP tool names: letters, digits, `_`, `-` and `.`, at most 64 characters. */
export function toolName(resourceProperty: string, methodName: string): string {
  const name = `${resourceProperty}_${methodName}`.replace(/[^A-Za-z0-9_.-]/g, "_");
  return name.length <= 64 ? name : `${name.slice(0, 55)}_${shortHash(name)}`;
}

/** The generated README's section on the MCP server: the host configuration and the switches. */
export function mcpReadmeSection(model: ApiModel, packageName: string): string[] {
  const prefix = environmentPrefix(model.title);
  const config = { mcpServers: { [packageName.replace(/-client$/, "")]: { command: "npx", args: [`${packageName}-mcp`], env: { [`${prefix}_TOKEN`]: "your API token" } } } };
  return [
    "## MCP server",
    "",
    `The package also serves the API to AI assistants over the Model Context Protocol (stdio), through this client. Install \`@modelcontextprotocol/sdk\` next to it, then add to the host's configuration:`,
    "",
    "```json",
    printJson(config),
    "```",
    "",
    `The token is read from \`${prefix}_TOKEN\` only; \`${prefix}_BASE_URL\` overrides the base URL. By default the server offers \`list_operations\`, \`describe_operation\` and \`invoke_operation\`; \`--tools RESOURCE,...\` (or \`--tools all\`) gives one tool per operation instead, and \`--read-only\` allows GET operations only.`,
    "",
  ];
}

function shortHash(text: string): string {
  let hash = 2166136261;
  for (const character of text) hash = Math.imul(hash ^ character.codePointAt(0)!, 16777619) >>> 0;
  return hash.toString(36).padStart(8, "0").slice(0, 8);
}

/**
 * Each operation's tool name. Two can only meet through the characters MCP
 * refuses or the length limit; the later one by operationId then takes a hash
 * of its operationId, so the names stay independent of unrelated operations'.
 */
function toolNames(sdk: SdkPlan): Map<Operation, string> {
  const names = new Map<Operation, string>();
  const taken = new Set<string>();
  const methods = sdk.resources
    .flatMap((resource) => resource.methods.map((method) => ({ resource, method })))
    .sort((a, b) => compareCodePoints(a.method.operation.operationId, b.method.operation.operationId));
  for (const { resource, method } of methods) {
    let name = toolName(resource.property, method.name);
    if (taken.has(name)) name = `${name.slice(0, 55)}_${shortHash(method.operation.operationId)}`;
    taken.add(name);
    names.set(method.operation, name);
  }
  return names;
}

/** `Document360 Customer API` → `DOCUMENT360`: the environment variables' prefix. */
export function environmentPrefix(title: string): string {
  const first = pascalCase(title.split(/\s+/)[0] ?? "").toUpperCase();
  return /^[A-Z][A-Z0-9]*$/.test(first) ? first : "API";
}

export function emitMcpFiles(model: ApiModel, sdk: SdkPlan, header: string, packageName: string): McpFile[] {
  const schemas = new Map<string, SchemaDecl>(model.schemas.map((schema) => [schema.key, schema]));
  const toolOf = toolNames(sdk);
  // Each operation's data is turned into its line at once: on the largest specs, all of them as objects would be hundreds of megabytes.
  const operationLines = sdk.resources.flatMap((resource) =>
    resource.methods.map((method) => `  ${stringLiteral(JSON.stringify(operationData(toolOf.get(method.operation)!, resource.tag, method, schemas)))},\n`),
  );
  const tasks = sdk.resources.flatMap((resource) =>
    resource.tasks.flatMap((task) => {
      const start = resource.methods.find((method) => method.operation === task.start);
      if (!start) return [];
      return [
        {
          tool: toolName(resource.property, resource.helpers.find((helper) => helper.task === task && helper.kind === "start-and-wait")?.name ?? `${start.name}AndWait`),
          resource: resource.tag,
          noun: task.noun,
          start: toolOf.get(task.start)!,
          status: toolOf.get(task.status)!,
          idParameter: task.idParameter,
          downloadable: task.downloadable,
        },
      ];
    }),
  );
  const prefix = environmentPrefix(model.title);
  const info = { name: packageName, version: model.version, title: model.title, tokenEnv: `${prefix}_TOKEN`, baseUrlEnv: `${prefix}_BASE_URL` };
  const tools = `${header}\n\n${printStatements([
    importValues("./operations.js", [{ name: "OPERATION_JSON" }]),
    importTypes("./server.js", ["McpOperation", "McpServerInfo", "McpTask"]),
    constStructure("SERVER_INFO", jsonExpression(info), "The server's name and the environment variables it reads.", reference("McpServerInfo")),
    {
      kind: "verbatim",
      text: [
        "/** Every operation as the MCP server calls it, ordered by resource and method. */",
        "export const OPERATIONS: readonly McpOperation[] = OPERATION_JSON.map(",
        "  (json) => JSON.parse(json) as McpOperation,",
        ");",
      ].join("\n"),
    },
    constStructure(
      "TASKS",
      jsonExpression(tasks),
      "Long-running tasks: start, then poll the status operation until it is done.",
      { kind: "readonly", type: { kind: "array", element: reference("McpTask") } },
    ),
  ])}`;
  const data = [
    header,
    "",
    "/** One JSON text per operation, so that a change to one operation is a one-line diff and the type-checker reads strings, not a large literal. */",
    `export const OPERATION_JSON: readonly string[] = ${operationLines.length === 0 ? "[]" : `[\n${operationLines.join("")}]`};`,
    "",
  ].join("\n");
  const index = [
    header,
    "",
    'import { createClient } from "../client.js";',
    'import { createMcpServer, type McpServerOptions } from "./server.js";',
    'import { OPERATIONS, SERVER_INFO, TASKS } from "./tools.js";',
    "",
    'export { OPERATIONS, SERVER_INFO, TASKS } from "./tools.js";',
    'export { createMcpServer, toolList } from "./server.js";',
    'export type { McpMode, McpOperation, McpServerInfo, McpServerOptions, McpTask } from "./server.js";',
    'export { runMcpServer } from "./cli.js";',
    "",
    "/** This API's MCP server, calling it through `createClient` with the given client options. */",
    "export function createServer(",
    '  options: Omit<McpServerOptions, "client" | "operations" | "tasks" | "info"> & {',
    '    client?: McpServerOptions["client"];',
    "  },",
    ") {",
    "  return createMcpServer({",
    "    ...options,",
    "    client: options.client ?? createClient(),",
    "    operations: OPERATIONS,",
    "    tasks: TASKS,",
    "    info: SERVER_INFO,",
    "  });",
    "}",
    "",
  ].join("\n");
  const main = [
    "#!/usr/bin/env node",
    header,
    "",
    'import { createClient } from "../client.js";',
    'import { runMcpServer } from "./cli.js";',
    'import { OPERATIONS, SERVER_INFO, TASKS } from "./tools.js";',
    "",
    "await runMcpServer({",
    "  createClient,",
    "  operations: OPERATIONS,",
    "  tasks: TASKS,",
    "  info: SERVER_INFO,",
    "});",
    "",
  ].join("\n");
  return [
    { path: "src/mcp/tools.ts", text: tools, formatted: true },
    { path: "src/mcp/operations.ts", text: data, formatted: true },
    { path: "src/mcp/index.ts", text: index, formatted: true },
    { path: "src/mcp/main.ts", text: main, formatted: true },
  ];
}

/** Top-level body fields holding a file, which the server turns from text or base64 into a `File`. */
function fileFields(type: TypeExpr, schemas: ReadonlyMap<string, SchemaDecl>): string[] {
  let resolved: TypeExpr | undefined = type;
  for (let hops = 0; resolved?.kind === "ref" && hops < 16; hops++) resolved = schemas.get(resolved.schema)?.type;
  if (resolved?.kind !== "object") return [];
  return resolved.properties.filter((property) => property.type.kind === "binary").map((property) => property.name);
}

function operationData(tool: string, tag: string, method: ResourceMethod, schemas: ReadonlyMap<string, SchemaDecl>) {
  const { operation } = method;
  const shape = operationShape(operation, schemas);
  const names = operation.parameters.map((parameter) => parameter.name);
  // Flat arguments like the resource methods'; a name two locations share, or `body`, is qualified by its location.
  const keyOf = (name: string, location: string) =>
    names.filter((candidate) => candidate === name).length > 1 || name === "body" || (shape.upload && ["file", "file_name", "content_type"].includes(name)) ? `${location}.${name}` : name;
  const parameters = operation.parameters.map((parameter) => ({ key: keyOf(parameter.name, parameter.location), name: parameter.name, in: parameter.location }));
  const bodyType = shape.body && !shape.upload ? shape.body.content.type : null;
  const build = (descriptions: boolean, depth: number, allowance?: SchemaSettings["allowance"]): JsonSchema => {
    const settings: SchemaSettings = { schemas, descriptions, depth, allowance };
    const properties: Record<string, JsonSchema> = Object.create(null);
    const required: string[] = [];
    operation.parameters.forEach((parameter, index) => {
      const key = parameters[index]!.key;
      properties[key] = { ...toJsonSchema(parameter.type, { ...settings, depth: 2 }), ...describe(parameter.docs, settings) };
      if (parameter.required) required.push(key);
    });
    if (bodyType) {
      properties["body"] = { ...toJsonSchema(bodyType, settings), ...describe(operation.requestBody!.docs, settings) };
      if (shape.body!.required) required.push("body");
    }
    if (shape.upload) {
      properties["file"] = FILE_SCHEMA;
      properties["file_name"] = { type: "string", description: "The file name the server stores." };
      properties["content_type"] = { type: "string", description: "The file's media type." };
      required.push("file", "file_name");
    }
    return { type: "object", properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
  };
  const files = bodyType ? fileFields(bodyType, schemas) : [];
  const requestMediaType = shape.upload ? "multipart/form-data" : shape.body?.content.mediaType;
  return {
    tool,
    resource: tag,
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    ...(operation.docs.summary ? { summary: visibleText(operation.docs.summary) } : {}),
    ...(operation.docs.deprecated ? { deprecated: true } : {}),
    ...(requestMediaType ? { requestMediaType } : {}),
    // Binary answers reach an assistant as their size and type only; streams are not kept open for it.
    response: shape.success.kind,
    ...(shape.envelope ? { envelope: true } : {}),
    ...(shape.upload ? { upload: true } : {}),
    ...(files.length > 0 ? { files } : {}),
    ...(method.pagination ? { pagination: method.pagination.strategy } : {}),
    parameters,
    inputSchema: withinBudget(build, INPUT_SCHEMA_BUDGET, MAX_DEPTH),
  };
}
