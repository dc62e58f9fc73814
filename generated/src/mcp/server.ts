// Copied from templates/mcp/server.ts by `npm run generate`. Do not edit: change that file, then regenerate.

import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  ListToolsRequestSchema,
  type CallToolResult,
  type Tool,
} from "@modelcontextprotocol/sdk/types.js";
import {
  ApiResponseError,
  SdkError,
  TaskFailedError,
  TaskTimeoutError,
  UnsuccessfulEnvelopeError,
  multipartFile,
  taskIdOf,
  waitForTask,
  type ApiClient,
  type HttpMethod,
  type OperationSpec,
  type PageEnvelope,
  type RequestInput,
  type TaskEnvelope,
} from "../runtime/index.js";
import { validate, type JsonSchema } from "./validate.js";

/** One operation as data: everything the server needs to call it through `request`. */
export interface McpOperation {
  tool: string;
  /** The tag the operation is grouped under. */
  resource: string;
  operationId: string;
  method: HttpMethod;
  path: string;
  summary?: string;
  deprecated?: boolean;
  requestMediaType?: string;
  response: "json" | "text" | "blob" | "none";
  envelope?: boolean;
  /** A multipart upload taking `file`, `file_name` and `content_type`. */
  upload?: boolean;
  /** Top-level body fields that are files. */
  files?: string[];
  pagination?: "cursor" | "page";
  /** Each argument's key in the tool input, and where it goes in the request. */
  parameters: { key: string; name: string; in: "path" | "query" | "header" | "cookie" }[];
  inputSchema: JsonSchema;
}

/** A long-running task: `start` answers with an id, `status` is polled with it. */
export interface McpTask {
  tool: string;
  resource: string;
  noun: string;
  start: string;
  status: string;
  idParameter: string;
  downloadable: boolean;
}

export interface McpServerInfo {
  name: string;
  version: string;
  title: string;
  /** Environment variable holding the token. */
  tokenEnv: string;
  /** Environment variable overriding the base URL. */
  baseUrlEnv: string;
}

/** What the server needs of the generated client: its generic request path and paging. */
export type McpClient = Pick<ApiClient<{}>, "request" | "paginate">;

/** `compact`: list, describe and invoke tools; `tools`: one tool per operation of the chosen resources. */
export type McpMode = "compact" | "tools";

export interface McpServerOptions {
  client: McpClient;
  operations: readonly McpOperation[];
  tasks: readonly McpTask[];
  info: McpServerInfo;
  mode?: McpMode;
  /** In `tools` mode, the resources (tag or client property) or tool names to expose; all when empty. */
  only?: readonly string[];
  /** Expose and allow GET operations only. */
  readOnly?: boolean;
  /** Values never to show in a result, error or log line, such as the token. */
  secrets?: readonly string[];
  /** One line per tool call; secrets are removed first. */
  log?: (line: string) => void;
  /** Longest result text handed to the assistant; longer ones are cut with a note. Default 100 000. */
  maxResultChars?: number;
}

const LIST_TOOL = "list_operations";
const DESCRIBE_TOOL = "describe_operation";
const INVOKE_TOOL = "invoke_operation";
/** The largest `max_items` a listing may ask for: beyond it, an assistant should narrow its query. */
const MAX_ITEMS_CEILING = 1_000;

const MAX_ITEMS_SCHEMA = {
  type: "integer",
  description: `Page through the list until this many items are collected (at most ${MAX_ITEMS_CEILING}). Without it, one page is returned.`,
};

type Annotations = NonNullable<Tool["annotations"]>;

/** MCP annotations from the HTTP method: GET reads, DELETE destroys, PUT and DELETE may be repeated safely. */
export function annotationsFor(method: HttpMethod): Annotations {
  const readOnly = method === "get" || method === "head" || method === "options";
  return {
    readOnlyHint: readOnly,
    destructiveHint: method === "delete",
    idempotentHint: readOnly || method === "put" || method === "delete",
    openWorldHint: true,
  };
}

/** Thrown for arguments the server refuses before calling the API. */
class ToolInputError extends Error {}

interface ToolEntry {
  tool: Tool;
  call: (args: Record<string, unknown>) => Promise<unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An argument the call holds itself: `{}` inherits a `constructor` and a `toString`, which are no arguments. */
function ownValue(args: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(args, key) ? args[key] : undefined;
}

/** Whether `--tools` chose the operation: by its tag, its client property or its tool name. */
export function matches(operation: McpOperation, only: readonly string[]): boolean {
  if (only.length === 0) return true;
  const resourceProperty = operation.tool.slice(0, operation.tool.indexOf("_")).toLowerCase();
  return only.some((entry) => {
    const wanted = entry.toLowerCase();
    return (
      wanted === operation.resource.toLowerCase() ||
      wanted === resourceProperty ||
      entry === operation.tool
    );
  });
}

/**
 * The tool list and its handlers for one configuration, without a transport:
 * `createMcpServer` serves it, and tests and size reports read it directly.
 */
export function toolList(options: McpServerOptions): {
  tools: Tool[];
  call: (name: string, args: unknown) => Promise<CallToolResult>;
} {
  const readOnly = options.readOnly ?? false;
  const mode = options.mode ?? "compact";
  const only = options.only ?? [];
  const allowed = options.operations.filter((operation) => !readOnly || operation.method === "get");
  const byTool = new Map(allowed.map((operation) => [operation.tool, operation]));
  const everyOperation = new Map(
    options.operations.map((operation) => [operation.tool, operation]),
  );
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 4);
  const scrub = (text: string) =>
    secrets.reduce(
      (clean, secret) =>
        clean.split(secret).join("[REDACTED]").split(encodeURIComponent(secret)).join("[REDACTED]"),
      text,
    );
  const maxChars = options.maxResultChars ?? 100_000;
  const entries = new Map<string, ToolEntry>();
  const add = (entry: ToolEntry) => entries.set(entry.tool.name, entry);

  const invoke = async (operation: McpOperation, args: Record<string, unknown>) => {
    const { max_items: maxItems, ...rest } = args;
    const problems = validate(operation.inputSchema, rest);
    if (
      maxItems !== undefined &&
      (!Number.isInteger(maxItems) ||
        (maxItems as number) < 1 ||
        (maxItems as number) > MAX_ITEMS_CEILING)
    )
      problems.push(`max_items: expected an integer from 1 to ${MAX_ITEMS_CEILING}`);
    if (maxItems !== undefined && !operation.pagination)
      problems.push(`max_items: ${operation.tool} is not a paginated list`);
    if (problems.length > 0)
      throw new ToolInputError(`Invalid arguments for ${operation.tool}:\n${problems.join("\n")}`);
    return callOperation(options.client, operation, rest, maxItems as number | undefined);
  };

  const operationTool = (operation: McpOperation): Tool => ({
    name: operation.tool,
    title: `${operation.method.toUpperCase()} ${operation.path}`,
    description: `${operation.summary ?? operation.operationId}${operation.deprecated ? " (deprecated)" : ""}`,
    inputSchema: (operation.pagination
      ? {
          ...operation.inputSchema,
          properties: {
            ...(operation.inputSchema["properties"] as object),
            max_items: MAX_ITEMS_SCHEMA,
          },
        }
      : operation.inputSchema) as Tool["inputSchema"],
    annotations: annotationsFor(operation.method),
  });

  if (mode === "compact") {
    add({
      tool: {
        name: LIST_TOOL,
        description: `Lists the ${options.info.title} operations by resource: tool name, HTTP route and summary. Call ${DESCRIBE_TOOL} for one operation's arguments, then ${INVOKE_TOOL}.${readOnly ? " Read-only: only GET operations are available." : ""}`,
        inputSchema: {
          type: "object",
          properties: {
            resource: { type: "string", description: "Only this resource (as listed)." },
          },
          additionalProperties: false,
        },
        annotations: {
          readOnlyHint: true,
          destructiveHint: false,
          idempotentHint: true,
          openWorldHint: false,
        },
      },
      call: async (args) => {
        const problems = validate(entries.get(LIST_TOOL)!.tool.inputSchema, args);
        if (problems.length > 0) throw new ToolInputError(problems.join("\n"));
        const resource =
          typeof args["resource"] === "string" ? args["resource"].toLowerCase() : undefined;
        const lines: string[] = [];
        let current = "";
        for (const operation of allowed) {
          if (resource !== undefined && operation.resource.toLowerCase() !== resource) continue;
          if (operation.resource !== current)
            lines.push(`${lines.length > 0 ? "\n" : ""}# ${(current = operation.resource)}`);
          const notes = [
            operation.pagination ? "paginated: max_items" : "",
            operation.deprecated ? "deprecated" : "",
          ].filter(Boolean);
          lines.push(
            `${operation.tool}: ${operation.method.toUpperCase()} ${operation.path}${operation.summary ? ` - ${operation.summary}` : ""}${notes.length > 0 ? ` [${notes.join(", ")}]` : ""}`,
          );
        }
        if (lines.length === 0)
          throw new ToolInputError(
            `No operations for resource ${JSON.stringify(args["resource"])}`,
          );
        return lines.join("\n");
      },
    });
    add({
      tool: {
        name: DESCRIBE_TOOL,
        description: `Describes one operation listed by ${LIST_TOOL}: its route, what it does, its annotations and the JSON Schema of the arguments ${INVOKE_TOOL} takes for it.`,
        inputSchema: {
          type: "object",
          properties: {
            operation: { type: "string", description: "A tool name from list_operations." },
          },
          required: ["operation"],
          additionalProperties: false,
        },
        annotations: {
          readOnlyHint: true,
          destructiveHint: false,
          idempotentHint: true,
          openWorldHint: false,
        },
      },
      call: async (args) => {
        const operation = lookup(args);
        return {
          operation: operation.tool,
          route: `${operation.method.toUpperCase()} ${operation.path}`,
          ...(operation.summary ? { summary: operation.summary } : {}),
          annotations: annotationsFor(operation.method),
          ...(operation.pagination
            ? { paginated: `pass max_items to ${INVOKE_TOOL} to collect items over several pages` }
            : {}),
          arguments: operation.inputSchema,
        };
      },
    });
    add({
      tool: {
        name: INVOKE_TOOL,
        description: `Calls one operation listed by ${LIST_TOOL} with the arguments ${DESCRIBE_TOOL} shows.${readOnly ? " Read-only: anything but GET is refused." : " Operations that change data are marked so in list_operations by their HTTP method."}`,
        inputSchema: {
          type: "object",
          properties: {
            operation: { type: "string", description: "A tool name from list_operations." },
            arguments: {
              type: "object",
              description: "The operation's arguments, as describe_operation shows them.",
            },
            max_items: MAX_ITEMS_SCHEMA,
          },
          required: ["operation"],
          additionalProperties: false,
        },
        annotations: readOnly
          ? {
              readOnlyHint: true,
              destructiveHint: false,
              idempotentHint: true,
              openWorldHint: true,
            }
          : {
              readOnlyHint: false,
              destructiveHint: true,
              idempotentHint: false,
              openWorldHint: true,
            },
      },
      call: async (args) => {
        const operation = lookup(args);
        const operationArgs = args["arguments"] ?? {};
        if (!isRecord(operationArgs)) throw new ToolInputError("arguments: expected object");
        return invoke(operation, {
          ...operationArgs,
          ...(args["max_items"] === undefined ? {} : { max_items: args["max_items"] }),
        });
      },
    });
  } else {
    for (const operation of allowed.filter((candidate) => matches(candidate, only)))
      add({ tool: operationTool(operation), call: (args) => invoke(operation, args) });
  }

  if (!readOnly) {
    for (const task of options.tasks) {
      const start = everyOperation.get(task.start);
      const status = everyOperation.get(task.status);
      if (!start || !status || (mode === "tools" && !matches(start, only))) continue;
      add({
        tool: {
          name: task.tool,
          title: `${start.method.toUpperCase()} ${start.path}, then wait`,
          description: `Starts ${task.noun.toLowerCase()} (${start.tool}) and polls ${status.tool} until it has finished${task.downloadable ? "; returns the final status with its download_url" : "; returns the final status"}. timeout_seconds caps the wait (default 600).`,
          inputSchema: {
            ...start.inputSchema,
            type: "object",
            properties: {
              ...(start.inputSchema["properties"] as object),
              timeout_seconds: {
                type: "integer",
                description: "Give up waiting after this many seconds (1 to 3600).",
              },
            },
          },
          annotations: annotationsFor(start.method),
        },
        call: async (args) => {
          const { timeout_seconds: timeoutSeconds, ...rest } = args;
          const problems = validate(start.inputSchema, rest);
          if (
            timeoutSeconds !== undefined &&
            (!Number.isInteger(timeoutSeconds) ||
              (timeoutSeconds as number) < 1 ||
              (timeoutSeconds as number) > 3600)
          )
            problems.push("timeout_seconds: expected an integer from 1 to 3600");
          if (problems.length > 0)
            throw new ToolInputError(`Invalid arguments for ${task.tool}:\n${problems.join("\n")}`);
          const started = (await callOperation(options.client, start, rest)) as TaskEnvelope;
          const id = taskIdOf(started);
          const statusArgs: Record<string, unknown> = Object.create(null);
          for (const parameter of status.parameters) {
            if (parameter.in !== "path") continue;
            statusArgs[parameter.key] =
              parameter.name === task.idParameter ? id : ownValue(rest, parameter.key);
          }
          const final = await waitForTask(
            () => callOperation(options.client, status, statusArgs) as Promise<TaskEnvelope>,
            { waitTimeoutMs: ((timeoutSeconds as number | undefined) ?? 600) * 1000 },
          );
          const url = (final.data as { download_url?: unknown } | null | undefined)?.download_url;
          return { ...(typeof url === "string" ? { download_url: url } : {}), status: final };
        },
      });
    }
  }

  function lookup(args: Record<string, unknown>): McpOperation {
    const name = args["operation"];
    if (typeof name !== "string")
      throw new ToolInputError("operation: is required (a tool name from list_operations)");
    const operation = byTool.get(name);
    if (operation) return operation;
    if (readOnly && everyOperation.has(name))
      throw new ToolInputError(
        `${name} is ${everyOperation.get(name)!.method.toUpperCase()}: refused, the server runs read-only (GET only)`,
      );
    throw new ToolInputError(
      `operation: unknown operation ${JSON.stringify(name)}; call ${LIST_TOOL} for the names`,
    );
  }

  const text = (value: unknown) => {
    const raw = typeof value === "string" ? value : JSON.stringify(value, null, 1);
    const clean = scrub(raw ?? "");
    return clean.length > maxChars
      ? `${clean.slice(0, maxChars)}\n[cut: ${clean.length - maxChars} more characters; ask for less, e.g. a smaller max_items]`
      : clean;
  };

  const call = async (name: string, args: unknown): Promise<CallToolResult> => {
    const started = Date.now();
    const entry = entries.get(name);
    let result: CallToolResult;
    try {
      if (!entry) {
        const refusedByMode =
          readOnly && everyOperation.has(name) && everyOperation.get(name)!.method !== "get";
        throw new ToolInputError(
          refusedByMode
            ? `${name} is refused: the server runs read-only (GET only)`
            : `Unknown tool ${JSON.stringify(name)}`,
        );
      }
      if (args !== undefined && !isRecord(args))
        throw new ToolInputError("arguments: expected object");
      result = { content: [{ type: "text", text: text(await entry.call(args ?? {})) }] };
    } catch (error) {
      result = { content: [{ type: "text", text: text(errorText(error)) }], isError: true };
    }
    options.log?.(scrub(`${name} ${result.isError ? "error" : "ok"} ${Date.now() - started} ms`));
    return result;
  };

  return { tools: [...entries.values()].map((entry) => entry.tool), call };
}

function errorText(error: unknown): string {
  if (error instanceof ToolInputError) return error.message;
  if (error instanceof UnsuccessfulEnvelopeError)
    return `${error.message}\n${JSON.stringify({ errors: error.errors, data: error.data })}`;
  if (error instanceof ApiResponseError) {
    const issues = error.problem?.errors ?? [];
    return [
      error.message,
      ...issues.map(
        (issue) => `- ${issue.field ? `${issue.field}: ` : ""}${issue.message ?? issue.code ?? ""}`,
      ),
    ].join("\n");
  }
  if (error instanceof TaskFailedError || error instanceof TaskTimeoutError)
    return `${error.message}\n${JSON.stringify(error.status)}`;
  if (error instanceof SdkError) return error.message;
  return `Internal error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Turns a file argument (text, or `{ base64, name, content_type }`) into a `Blob`. */
function fileOf(value: unknown, field: string): { blob: Blob; name: string } {
  if (typeof value === "string")
    return { blob: new Blob([value], { type: "text/plain" }), name: field };
  if (isRecord(value) && typeof value["base64"] === "string") {
    const type =
      typeof value["content_type"] === "string"
        ? value["content_type"]
        : "application/octet-stream";
    const name = typeof value["name"] === "string" ? value["name"] : field;
    let binary: string;
    try {
      binary = atob(value["base64"]);
    } catch {
      throw new ToolInputError(`${field}.base64: is not valid base64`);
    }
    return {
      blob: new Blob([Uint8Array.from(binary, (character) => character.charCodeAt(0))], { type }),
      name,
    };
  }
  throw new ToolInputError(`${field}: expected the file's text or { base64, name, content_type }`);
}

async function callOperation(
  client: McpClient,
  operation: McpOperation,
  args: Record<string, unknown>,
  maxItems?: number,
): Promise<unknown> {
  const input: Required<Pick<RequestInput, "path" | "query" | "header" | "cookie">> & {
    body?: unknown;
  } = {
    path: Object.create(null),
    query: Object.create(null),
    header: Object.create(null),
    cookie: Object.create(null),
  };
  for (const parameter of operation.parameters) {
    const value = ownValue(args, parameter.key);
    if (value !== undefined) input[parameter.in][parameter.name] = value;
  }
  if (operation.upload) {
    const { blob } = fileOf(args["file"], "file");
    input.body = await multipartFile(
      "file",
      blob,
      String(args["file_name"]),
      args["content_type"] as string | undefined,
    );
  } else if (args["body"] !== undefined) {
    input.body = args["body"];
    if (operation.files && isRecord(args["body"])) {
      const body: Record<string, unknown> = { ...args["body"] };
      for (const field of operation.files) {
        if (body[field] === undefined) continue;
        const { blob, name } = fileOf(body[field], `body.${field}`);
        body[field] = new File([blob], name, { type: blob.type });
      }
      input.body = body;
    }
  }
  const spec: OperationSpec = {
    method: operation.method,
    path: operation.path,
    ...(operation.requestMediaType ? { requestMediaType: operation.requestMediaType } : {}),
    response: operation.response,
    ...(operation.envelope ? { envelope: true } : {}),
  };
  if (maxItems !== undefined && operation.pagination) {
    const pages = client.paginate<PageEnvelope<unknown>, unknown, Record<string, unknown>>(
      input.query ?? {},
      operation.pagination,
      (query) => client.request<PageEnvelope<unknown>>(spec, { ...input, query }),
    );
    const items: unknown[] = [];
    let more = false;
    for await (const page of pages.pages()) {
      items.push(...page.data);
      if (items.length >= maxItems) {
        more = items.length > maxItems || page.pagination?.has_more === true;
        break;
      }
    }
    return { items: items.slice(0, maxItems), count: Math.min(items.length, maxItems), more };
  }
  const result = await client.request<unknown>(spec, input);
  if (operation.response === "blob" && result instanceof Blob)
    return { content_type: result.type || "application/octet-stream", size: result.size };
  if (operation.response === "none")
    return `${operation.method.toUpperCase()} ${operation.path}: done`;
  return result;
}

/** An MCP server (not yet connected to a transport) exposing the API as tools. */
export function createMcpServer(options: McpServerOptions): Server {
  const { tools, call } = toolList(options);
  const server = new Server(
    { name: options.info.name, version: options.info.version },
    {
      capabilities: { tools: {} },
      instructions: `Tools for the ${options.info.title}.${(options.mode ?? "compact") === "compact" ? ` Start with ${LIST_TOOL}.` : ""}${options.readOnly ? " Read-only: GET operations only." : ""}`,
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools }));
  server.setRequestHandler(CallToolRequestSchema, async (request) =>
    call(request.params.name, request.params.arguments),
  );
  return server;
}
