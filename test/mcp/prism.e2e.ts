import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../generator/support.js";
import { argumentsFor } from "../contract/support/calls.js";
import { bundleOfSpec, PRISM_STARTUP_TIMEOUT_MS, startPrism, type PrismServer } from "../contract/support/prism.js";
import { SchemaChecker } from "../contract/support/schemas.js";
import { SpecDocument, type ContractOperation } from "../contract/support/spec.js";
import { GENERATED, startServer, type RunningServer } from "./support.js";

/**
 * The MCP server generated from spec/ (the committed `generated/`), started over
 * stdio by an MCP client from the SDK, against Prism serving the same
 * description: the tools of each mode, every operation through the compact
 * mode's invoke tool, the task and pagination tools, and read-only mode.
 */

const TOKEN = "mcp-prism-test-token";

interface McpOperationData {
  tool: string;
  method: string;
  path: string;
  pagination?: string;
  parameters: { key: string; name: string; in: string }[];
}

const { OPERATIONS } = (await import(pathToFileURL(path.join(GENERATED, "src", "mcp", "tools.ts")).href)) as {
  OPERATIONS: McpOperationData[];
};

let prism: PrismServer | undefined;
let spec: SpecDocument;
const servers: Record<"compact" | "subset" | "all" | "readOnly", RunningServer> = {} as never;

beforeAll(async () => {
  const file = await bundleOfSpec(path.join(REPO, ".tmp", "mcp", "spec-bundle.json"));
  spec = await SpecDocument.read(file);
  prism = await startPrism(file);
  const env = { DOCUMENT360_TOKEN: TOKEN, DOCUMENT360_BASE_URL: prism.url };
  const [compact, subset, all, readOnly] = await Promise.all([
    startServer(GENERATED, [], env),
    startServer(GENERATED, ["--tools", "articles,categories"], env),
    startServer(GENERATED, ["--tools", "all"], env),
    startServer(GENERATED, ["--read-only"], env),
  ]);
  Object.assign(servers, { compact, subset, all, readOnly });
}, PRISM_STARTUP_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await Promise.all(Object.values(servers).map((server) => server.close()));
  await prism?.close();
});

function mcpOperation(operation: ContractOperation): McpOperationData {
  const found = OPERATIONS.find((candidate) => candidate.method === operation.method && candidate.path === operation.path);
  if (!found) throw new Error(`no MCP operation for ${operation.route}`);
  return found;
}

/** The contract tests' arguments, keyed as the tool takes them; files become their text, as an assistant sends them. */
function toolArguments(operation: ContractOperation, checker: SchemaChecker): Record<string, unknown> {
  const { params } = argumentsFor(operation, checker);
  const data = mcpOperation(operation);
  const args: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    const key = data.parameters.find((candidate) => candidate.name === parameter.name && candidate.in === parameter.location)!.key;
    args[key] = params[parameter.name];
  }
  if (params["body"] !== undefined) {
    const body = params["body"];
    args["body"] =
      typeof body === "object" && body !== null && !Array.isArray(body)
        ? Object.fromEntries(Object.entries(body).map(([name, value]) => [name, value instanceof Blob ? "contract test upload\n" : value]))
        : body;
  }
  return args;
}

describe("the generated Document360 MCP server over stdio, against Prism", () => {
  it("lists the tools of each mode, with annotations from the HTTP method", async () => {
    const compact = (await servers.compact.client.listTools()).tools;
    expect(compact.map((tool) => tool.name)).toEqual([
      "list_operations",
      "describe_operation",
      "invoke_operation",
      "projects_createExportAndWait",
      "projects_createImportAndWait",
    ]);
    const subset = (await servers.subset.client.listTools()).tools;
    expect(subset.length).toBe(OPERATIONS.filter((operation) => /^(articles|categories)_/.test(operation.tool)).length);
    expect(subset.every((tool) => /^(articles|categories)_/.test(tool.name))).toBe(true);

    const all = (await servers.all.client.listTools()).tools;
    expect(all.length).toBe(OPERATIONS.length + 2);
    for (const operation of OPERATIONS) {
      const tool = all.find((candidate) => candidate.name === operation.tool)!;
      expect(tool.annotations, operation.tool).toEqual({
        readOnlyHint: operation.method === "get",
        destructiveHint: operation.method === "delete",
        idempotentHint: ["get", "put", "delete"].includes(operation.method),
        openWorldHint: true,
      });
      expect(Object.keys((tool.inputSchema.properties ?? {}) as object).includes("max_items"), operation.tool).toBe(operation.pagination !== undefined);
    }
    const readOnly = (await servers.readOnly.client.listTools()).tools;
    expect(readOnly.map((tool) => tool.name)).toEqual(["list_operations", "describe_operation", "invoke_operation"]);
    expect(readOnly.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
    const sizes = Object.fromEntries(
      Object.entries({ compact, subset, all, readOnly }).map(([mode, tools]) => [mode, JSON.stringify({ tools }).length]),
    );
    console.log(`mcp tools/list bytes (spec/): ${JSON.stringify(sizes)}`);
  });

  it("lists and describes the operations in compact mode", async () => {
    const listed = await servers.compact.call("list_operations");
    expect(listed.isError).toBeFalsy();
    for (const operation of OPERATIONS) expect(listed.text).toContain(`${operation.tool}: ${operation.method.toUpperCase()} ${operation.path}`);
    const described = await servers.compact.call("describe_operation", { operation: "articles_get" });
    const description = JSON.parse(described.text) as { route: string; annotations: object; arguments: { required: string[] } };
    expect(description.route).toBe("GET /v3/projects/{project_id}/articles/{article_id}");
    expect(description.annotations).toMatchObject({ readOnlyHint: true });
    expect(description.arguments.required).toContain("article_id");
  });

  it("invokes every operation through invoke_operation with arguments from the examples, and hands back the data", async () => {
    const checker = new SchemaChecker(spec, "request");
    const failures: string[] = [];
    const operations = spec.operations();
    expect(operations).toHaveLength(116);
    for (const operation of operations) {
      const data = mcpOperation(operation);
      const result = await servers.compact.call("invoke_operation", { operation: data.tool, arguments: toolArguments(operation, checker) });
      const success = operation.responses.find((response) => response.status >= 200 && response.status < 300)!;
      const example = success.examples[0]?.value as { success?: boolean; data?: unknown } | undefined;
      if (example?.success === false) {
        // A bulk call whose envelope reports failed items: an error for the assistant, carrying which items failed.
        expect(result.isError, data.tool).toBe(true);
        expect(result.text, data.tool).toContain(JSON.stringify(example.data));
        continue;
      }
      if (result.isError) {
        failures.push(`${data.tool}: ${result.text}`);
        continue;
      }
      if (success.schema && success.mediaType?.includes("json") && example !== undefined) {
        expect(JSON.parse(result.text), data.tool).toEqual(example);
      } else if (success.schema) {
        expect(result.text.length, data.tool).toBeGreaterThan(0);
      } else {
        expect(result.text, data.tool).toMatch(/: done$/);
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);

  it("starts an export and waits for it, returning the download link", async () => {
    const result = await servers.compact.call("projects_createExportAndWait", {
      project_id: "9a3b4c5d-6e7f-8a9b-0c1d-2e3f4a5b6c7d",
      body: { workspace_id: "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c", format: "pdf" },
      timeout_seconds: 30,
    });
    expect(result.isError, result.text).toBeFalsy();
    const answer = JSON.parse(result.text) as { download_url: string; status: { data: { status: string } } };
    expect(answer.download_url).toMatch(/^https:\/\//);
    expect(answer.status.data.status).toBe("Completed");
  });

  it("pages through a list up to the limit the assistant gives", async () => {
    const paginated = OPERATIONS.find((operation) => operation.pagination && operation.tool === "workspaces_listArticles")!;
    const checker = new SchemaChecker(spec, "request");
    const contract = spec.operations().find((operation) => operation.path === paginated.path && operation.method === paginated.method)!;
    const args = toolArguments(contract, checker);
    delete args["cursor"];
    delete args["page"];
    const limited = await servers.all.call(paginated.tool, { ...args, max_items: 3 });
    expect(limited.isError, limited.text).toBeFalsy();
    const answer = JSON.parse(limited.text) as { items: unknown[]; count: number; more: boolean };
    expect(answer.count).toBe(answer.items.length);
    expect(answer.items.length).toBeGreaterThan(0);
    expect(answer.items.length).toBeLessThanOrEqual(3);
    const tooMany = await servers.all.call(paginated.tool, { ...args, max_items: 5000 });
    expect(tooMany.isError).toBe(true);
    expect(tooMany.text).toContain("max_items");
  });

  it("refuses anything but GET in read-only mode, and still serves GETs", async () => {
    const post = await servers.readOnly.call("invoke_operation", { operation: "projects_createExport", arguments: {} });
    expect(post.isError).toBe(true);
    expect(post.text).toMatch(/read-only/);
    const direct = await servers.readOnly.call("projects_createExportAndWait", {});
    expect(direct.isError).toBe(true);
    const listed = await servers.readOnly.call("list_operations");
    expect(listed.text).not.toMatch(/: (POST|PUT|PATCH|DELETE) /);
    const get = await servers.readOnly.call("invoke_operation", { operation: "projects_list", arguments: {} });
    expect(get.isError, get.text).toBeFalsy();
  });

  it("answers bad arguments with a validation error naming the field, and keeps serving", async () => {
    const missing = await servers.compact.call("invoke_operation", { operation: "articles_get", arguments: { project_id: "p" } });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain("article_id: is required");
    const wrongType = await servers.all.call("articles_create", { project_id: "p", body: { title: 42 } });
    expect(wrongType.isError).toBe(true);
    expect(wrongType.text).toContain("body.title: expected string");
    const unknown = await servers.compact.call("invoke_operation", { operation: "no_such_tool" });
    expect(unknown.isError).toBe(true);
    const notAnObject = await servers.compact.call("invoke_operation", { operation: "projects_list", arguments: "x" as never });
    expect(notAnObject.isError).toBe(true);
    const after = await servers.compact.call("invoke_operation", { operation: "projects_list" });
    expect(after.isError, after.text).toBeFalsy();
  });
});
