/**
 * Specs whose names and prose are hostile or merely unusual (#16): every name
 * goes through one door, so the output compiles under --strict with bundler
 * and NodeNext resolution, imports, and behaves against a loopback server;
 * prose lands in comments without anything that ends them or hides in them.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { serverPerTest, sendJson } from "../runtime/support/server.js";
import { runCli } from "../../generator/cli.js";
import { cli, REPO, snapshot, type CliRun } from "./support.js";

const OUT = path.join(REPO, ".tmp", "hostile-names");
const TSC = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
const run = promisify(execFile);
const serve = serverPerTest();

const ok = (data: Record<string, unknown> = { type: "string" }) => ({
  "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties: { data: data } } } } },
});
const document = (paths: Record<string, unknown>, schemas: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  openapi: "3.0.3",
  info: { title: "Hostile", version: "1.0.0" },
  servers: [{ url: "http://127.0.0.1:9/" }],
  paths,
  components: { schemas },
  ...extra,
});
const pathParameter = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
const query = (name: string) => ({ name, in: "query", schema: { type: "string" } });
const required = (parameter: Record<string, unknown>) => ({ ...parameter, required: true });
const header = (name: string) => ({ name, in: "header", schema: { type: "string" } });
const cookie = (name: string) => ({ name, in: "cookie", schema: { type: "string" } });

/** Query names that end a name or a parameter in a query string, or a string in code. */
const QUERY_NAMES = ["`; globalThis.hostileRan = true; `", "a=b&c", "#fragment", "plus+sign", "100%"];
/** Header and cookie names that are HTTP tokens (and so can be sent) yet end a string or template literal in code. */
const TOKEN_NAMES = ["x`y", "!#$%&'*+-.^_`|~"];
/** Path parameter names a route template can hold although they end a string in code. */
const QUOTED_PATH_NAMES = ['say "hi"', "\\u0022"];

/** A path parameter the spec declares but its route never uses; the task helpers still pass it on by name. */
const INJECTED = 'x"]; globalThis.hostileRan = true; ["';

/** Optional header and cookie names no request can carry, which the client leaves out; `Shared` is one too. */
const LEFT_OUT = { empty: "", spaced: "a b", shared: "名前" };

const TASK_DATA = { type: "object", properties: { id: { type: "string" }, status: { type: "string" } } };
const CASES: Record<string, unknown> = {
  tasks: document({
    "/projects/{project-id}/exports": {
      post: {
        operationId: "createExport",
        tags: ["projects"],
        parameters: [pathParameter("project-id"), pathParameter(INJECTED)],
        responses: { "202": { description: "started", content: { "application/json": { schema: { type: "object", properties: { data: TASK_DATA } } } } } },
      },
    },
    "/projects/{project-id}/exports/{export_id}": {
      get: {
        operationId: "getExport",
        tags: ["projects"],
        parameters: [pathParameter("project-id"), pathParameter(INJECTED), pathParameter("export_id")],
        responses: ok(TASK_DATA),
      },
    },
    "/projects/{project-id}/waiting": {
      get: { operationId: "waitForExport", tags: ["projects"], parameters: [pathParameter("project-id")], responses: ok() },
    },
  }),
  reserved: document(
    {
      "/eval/{arguments}": {
        get: { operationId: "eval", tags: ["eval"], parameters: [pathParameter("arguments"), query("eval")], responses: ok() },
      },
      "/arguments": { get: { operationId: "arguments", tags: ["arguments"], parameters: [query("arguments")], responses: ok() } },
      "/then": { get: { operationId: "then", responses: ok() } },
    },
    { eval: { type: "string" }, arguments: { type: "string" }, then: { type: "string" } },
  ),
  "scope-then": document({
    "/{then_id}/a": { get: { operationId: "getA", tags: ["a"], parameters: [pathParameter("then_id")], responses: ok() } },
    "/{then_id}/b": { get: { operationId: "getB", tags: ["b"], parameters: [pathParameter("then_id")], responses: ok() } },
  }),
  "scope-request": document({
    "/{request_id}/a": { get: { operationId: "getA", tags: ["a"], parameters: [pathParameter("request_id")], responses: ok() } },
    "/{request_id}/b": { get: { operationId: "getB", tags: ["b"], parameters: [pathParameter("request_id")], responses: ok() } },
  }),
  "query-members": document({
    "/items": {
      get: {
        operationId: "listItems",
        tags: ["items"],
        parameters: ["constructor", "toString", "hasOwnProperty", "valueOf", "__proto__"].map(query),
        responses: ok(),
      },
    },
  }),
  collisions: document(
    {
      "/url-upper": { get: { operationId: "readUpper", tags: ["URL"], responses: ok() } },
      "/url-lower": { get: { operationId: "readLower", tags: ["url"], responses: ok() } },
      "/pet/store": { get: { operationId: "storeGet", tags: ["Pet"], parameters: [query("a")], responses: ok() } },
      "/pet-store": { get: { operationId: "get", tags: ["PetStore"], parameters: [query("b")], responses: ok() } },
      "/digits": { get: { operationId: "1abc", tags: ["digits"], responses: ok() } },
      "/create-client": { get: { operationId: "createClient", tags: ["clients"], responses: ok() } },
      "/create-client-2": { get: { operationId: "createClient_", tags: ["clients"], responses: ok() } },
    },
    {
      "1Abc": { type: "string" },
      Client: { type: "object", properties: { client: { type: "string" } } },
      ClientModel: { type: "object", properties: { model: { type: "number" } } },
      PetResource: { type: "string" },
    },
  ),
  "wire-names": document({
    "/items": {
      get: {
        operationId: "toString",
        tags: ["items"],
        parameters: [...QUERY_NAMES.map((name) => required(query(name))), ...TOKEN_NAMES.map(header), cookie("a'b")],
        responses: ok(),
      },
    },
    [`/quoted/${QUOTED_PATH_NAMES.map((name) => `{${name}}`).join("/")}`]: {
      get: { operationId: "getQuoted", tags: ["items"], parameters: QUOTED_PATH_NAMES.map(pathParameter), responses: ok() },
    },
  }),
  "left-out": document(
    {
      "/pages/{id}": {
        get: {
          operationId: "readPage",
          tags: ["pages"],
          parameters: [pathParameter("id"), header("x-version"), header(LEFT_OUT.empty), cookie(LEFT_OUT.spaced), { $ref: "#/components/parameters/Shared" }],
          responses: ok(),
        },
      },
      "/notes": { get: { operationId: "listNotes", tags: ["notes"], parameters: [{ $ref: "#/components/parameters/Shared" }, query("q")], responses: ok() } },
    },
    {},
    { components: { parameters: { Shared: header(LEFT_OUT.shared) } } },
  ),
  letters: document({
    "/users": { get: { operationId: "ユーザー取得", tags: ["ユーザー"], responses: ok() } },
    "/stars": { get: { operationId: "!!!", tags: ["★★"], responses: ok() } },
    "/marks": { get: { operationId: "???", tags: ["★★"], responses: ok() } },
  }),
  text: document(
    {
      "/notes\u202e": {
        get: {
          operationId: "readNotes",
          tags: ["notes"],
          summary: "Reads notes */ globalThis.hostileRan = true; /*",
          description: "Bidi \u202eoverride\u202c, isolate \u2066x\u2069, NUL \u0000, line\u2028separator, paragraph\u2029separator, marks \u200e\u200f\u061c, CR\r\nLF",
          parameters: [{ ...query("mode"), description: "ends */ here \u202e", example: "*/ ok" }],
          responses: {
            "200": {
              description: "ok */ \u2067",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Note" } } },
            },
          },
        },
      },
    },
    {
      Note: {
        type: "object",
        title: "A note */ \u202e",
        description: "Holds */ text \u0007 \u2028 more",
        properties: {
          kind: { type: "string", enum: ["plain\u202e", "*/", "line\u2028"], description: "Kinds */ \u2066" },
          "weird */ key\u202e": { type: "string", example: "*/ \u202e" },
        },
      },
    },
    {
      info: { title: "Hostile \u202e*/ title", version: "1.0.0", description: "About */ \u202e" },
      servers: [{ url: "http://127.0.0.1:9/\u202e", description: "server */ \u202e" }],
      tags: [{ name: "notes", description: "Notes */ \u202e" }],
    },
  ),
};

const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

/** Each case's generated files, or the generator's complaint when it failed, and what the command line said. */
const packages: Record<string, Record<string, string>> = {};
const generationErrors: Record<string, string> = {};
const runs: Record<string, CliRun> = {};
/** tsc's complaints by configuration, then by case. */
const typeErrors: Record<string, Record<string, string>> = {};

/** The case's files, once it is known to have generated. */
function generated(name: string): Record<string, string> {
  expect(generationErrors[name] ?? "", name).toBe("");
  return packages[name]!;
}

/** The case's compiled entry point (NodeNext, emitted by the type-check below). */
const entry = (name: string) => path.join(OUT, "dist", name, "src", "index.js");
async function load(name: string): Promise<any> {
  return import(pathToFileURL(entry(name)).href);
}

async function typeCheck(label: string, manifest: Record<string, unknown>, compilerOptions: Record<string, unknown>): Promise<Record<string, string>> {
  const project = path.join(OUT, `project-${label}`);
  await mkdir(project, { recursive: true });
  await writeFile(path.join(project, "package.json"), JSON.stringify(manifest));
  await writeFile(
    path.join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "ES2022", lib: ["ES2022", "DOM", "DOM.Iterable"], types: [], strict: true, skipLibCheck: true, ...compilerOptions },
      include: Object.keys(packages).map((name) => path.join(OUT, name, "src")),
    }),
  );
  const output = await run(process.execPath, [TSC, "-p", project], { cwd: OUT }).then(
    () => "",
    (error: { stdout: string }) => error.stdout || "tsc failed",
  );
  const lines = output.split("\n");
  const byCase = Object.fromEntries(Object.keys(packages).map((name) => [name, lines.filter((line) => line.startsWith(`${name}/src/`)).join("\n")]));
  // Complaints that name no case (a broken configuration) count against all of them.
  return output === "" || Object.values(byCase).some(Boolean) ? byCase : Object.fromEntries(Object.keys(packages).map((name) => [name, output]));
}

beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(path.join(OUT, "specs"), { recursive: true });
  // The emitted JavaScript is ESM and resolves openapi-fetch from the repository's node_modules.
  await writeFile(path.join(OUT, "package.json"), JSON.stringify({ type: "module", private: true }));
  for (const [name, spec] of Object.entries(CASES)) {
    const specFile = path.join(OUT, "specs", `${name}.json`);
    await writeFile(specFile, JSON.stringify(spec, null, 2));
    const result = await cli("--spec", specFile, "--out", path.join(OUT, name), "--quiet");
    runs[name] = result;
    if (result.code === 0) packages[name] = await snapshot(path.join(OUT, name));
    else generationErrors[name] = result.stderr;
  }
  typeErrors["bundler"] = await typeCheck("bundler", { private: true }, { module: "ESNext", moduleResolution: "Bundler", noEmit: true });
  typeErrors["NodeNext"] = await typeCheck(
    "nodenext",
    { private: true, type: "module" },
    { module: "NodeNext", moduleResolution: "NodeNext", isolatedModules: true, verbatimModuleSyntax: true, rootDir: OUT, outDir: path.join(OUT, "dist") },
  );
}, 600_000);

describe("hostile names", () => {
  it.each(Object.keys(CASES))("%s: generates, and compiles under --strict with bundler resolution and with NodeNext (isolatedModules, verbatimModuleSyntax)", (name) => {
    generated(name);
    expect(typeErrors["bundler"]![name]).toBe("");
    expect(typeErrors["NodeNext"]![name]).toBe("");
  });

  it("task helpers pass path parameters by bracket access, and a name holding code stays inert", async () => {
    const resources = generated("tasks")["src/resources.ts"]!;
    expect(resources).toContain('params["project-id"]');
    expect(resources).toContain(`params[${JSON.stringify(INJECTED)}]`);
    const server = await serve((request, response) => {
      if (request.method === "POST") return sendJson(response, 202, { data: { id: "e1", status: "Queued" } });
      if (request.url.endsWith("/waiting")) return sendJson(response, 200, { data: "ok" });
      return sendJson(response, 200, { data: { id: "e1", status: "Completed" } });
    });
    const { createClient } = await load("tasks");
    const client = createClient({ baseUrl: server.url, pacing: false });
    const done = await client.projects.createExportAndWait({ "project-id": "p 1", [INJECTED]: "ignored" });
    expect(done.data.status).toBe("Completed");
    expect((globalThis as { hostileRan?: boolean }).hostileRan).toBeUndefined();
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST /projects/p%201/exports",
      "GET /projects/p%201/exports/e1",
    ]);
  });

  it("an operation named like a task helper keeps its name; the helper moves aside", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, { data: { id: "e1", status: "Completed" } }));
    const { createClient } = await load("tasks");
    const client = createClient({ baseUrl: server.url, pacing: false });
    await client.projects.waitForExport({ "project-id": "p1" });
    await client.projects.waitForExport_({ "project-id": "p1", [INJECTED]: "x", export_id: "e1" });
    expect(server.requests.map((request) => request.url)).toEqual(["/projects/p1/waiting", "/projects/p1/exports/e1"]);
  });

  it("eval, arguments and then as operationIds, tags, parameters and schema names: the module imports and is not thenable", async () => {
    const probe = `
      const module = await import(${JSON.stringify(pathToFileURL(entry("reserved")).href)});
      const client = module.createClient({ baseUrl: "http://127.0.0.1:9" });
      console.log(JSON.stringify({
        functions: ["eval_", "arguments_", "then_"].map((name) => typeof module[name]),
        then: typeof module.then,
        clientIsItself: (await client) === client,
        resources: [typeof client.eval.eval, typeof client.arguments.arguments],
      }));
    `;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", probe], { cwd: OUT });
    expect(JSON.parse(stdout)).toEqual({
      functions: ["function", "function", "function"],
      then: "undefined",
      clientIsItself: true,
      resources: ["function", "function"],
    });
    expect(generated("reserved")["src/models.ts"]).toMatch(/export type Eval = string;[\s\S]*export type Then = string;/);
  });

  it("eval and arguments as parameters reach the server", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, { data: "ok" }));
    const module = await load("reserved");
    const client = module.createClient({ baseUrl: server.url, pacing: false });
    await client.eval.eval({ arguments: "a", eval: "b" });
    await module.arguments_(client, { query: { arguments: "c" } });
    await client.thenResource.then_();
    expect(server.requests.map((request) => request.url)).toEqual(["/eval/a?eval=b", "/arguments?arguments=c", "/then"]);
  });

  it.each([
    ["scope-then", "then"],
    ["scope-request", "request"],
  ])("a shared path parameter whose scope method would be `%s` gets another name (%s)", async (name, word) => {
    const server = await serve((_request, response) => sendJson(response, 200, { data: "ok" }));
    const { createClient, getA } = await load(name);
    const client = createClient({ baseUrl: server.url, pacing: false });
    expect(await client).toBe(client);
    expect(typeof client.then).toBe("undefined");
    expect(client.request).toBe(Object.getPrototypeOf(Object.getPrototypeOf(client)).request);
    await client[`${word}_`]("s1").a.get();
    await getA(client, { path: { [`${word}_id`]: "s2" } });
    await client.b.get({ [`${word}_id`]: "s3" });
    expect(server.requests.map((request) => request.url)).toEqual(["/s1/a", "/s2/a", "/s3/b"]);
  });

  it("query parameters named after Object.prototype members are sent only when given, __proto__ too", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, { data: "ok" }));
    const module = await load("query-members");
    const client = module.createClient({ baseUrl: server.url, pacing: false });
    await client.items.get();
    await client.items.get({});
    await module.getItems(client, {});
    await module.getItems(client, { query: {} });
    await client.items.get({ ["__proto__"]: "p", constructor: "c" });
    await module.getItems(client, { query: { ["__proto__"]: "q", toString: "t" } });
    expect(server.requests.map((request) => request.url)).toEqual([
      "/items",
      "/items",
      "/items",
      "/items",
      "/items?__proto__=p&constructor=c",
      "/items?__proto__=q&toString=t",
    ]);
  });

  it("the MCP server sends such parameters only when given, __proto__ too", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, { data: "ok" }));
    const { createClient } = await load("query-members");
    const mcp = await import(pathToFileURL(path.join(OUT, "dist", "query-members", "src", "mcp", "index.js")).href);
    const { call } = mcp.toolList({ client: createClient({ baseUrl: server.url, pacing: false }), operations: mcp.OPERATIONS, tasks: mcp.TASKS, info: mcp.SERVER_INFO });
    const results = [
      await call("invoke_operation", JSON.parse('{ "operation": "items_get", "arguments": {} }')),
      await call("invoke_operation", JSON.parse('{ "operation": "items_get", "arguments": { "__proto__": "p", "valueOf": "v" } }')),
    ];
    expect(results.map((result) => (result.isError ? result.content : "ok"))).toEqual(["ok", "ok"]);
    expect(server.requests.map((request) => request.url)).toEqual(["/items", "/items?__proto__=p&valueOf=v"]);
  });

  it("query names are percent-encoded, so each reaches the server whole, on a method renamed toString_ and through middleware", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, { data: "ok" }));
    const { createClient } = await load("wire-names");
    const client = createClient({ baseUrl: server.url, pacing: false });
    const given = QUERY_NAMES.map((name, index) => [name, `v ${index}&`]);
    await client.items.toString_(Object.fromEntries(given));
    client.raw.use({ onRequest: ({ request }: { request: Request }) => request });
    await client.items.toString_(Object.fromEntries(given));
    const received = server.requests.map((request) => [...new URL(request.url, server.url).searchParams].sort());
    expect(received).toEqual([given.sort(), given.sort()]);
  });

  it("header and cookie names that are HTTP tokens are sent under their own names", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, { data: "ok" }));
    const { createClient } = await load("wire-names");
    const client = createClient({ baseUrl: server.url, pacing: false });
    const queries = Object.fromEntries(QUERY_NAMES.map((name) => [name, "q"]));
    await client.items.toString_({ ...queries, "x`y": "h1", "!#$%&'*+-.^_`|~": "h2", "a'b": "c1" });
    const [request] = server.requests;
    expect([request!.headers["x`y"], request!.headers["!#$%&'*+-.^_`|~"], request!.headers.cookie]).toEqual(["h1", "h2", "a'b=c1"]);
  });

  it("path parameters named with quotes and backslashes fill their places in the route", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, { data: "ok" }));
    const module = await load("wire-names");
    const client = module.createClient({ baseUrl: server.url, pacing: false });
    await client.items.getQuoted({ 'say "hi"': "one", "\\u0022": "two" });
    await module.getQuoted(client, { path: { 'say "hi"': "three", "\\u0022": "four" } });
    expect(server.requests.map((request) => request.url)).toEqual(["/quoted/one/two", "/quoted/three/four"]);
  });

  it("tags differing only in case give two client properties, each with its own resource", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, { data: "ok" }));
    const { createClient } = await load("collisions");
    const client = createClient({ baseUrl: server.url, pacing: false });
    await client.url.readLower();
    await client.URL.readUpper();
    expect(server.requests.map((request) => request.url)).toEqual(["/url-lower", "/url-upper"]);
  });

  it("parameter types, operation functions, resource classes and model types never share an exported name", async () => {
    const resources = generated("collisions")["src/resources.ts"]!;
    const declared = [...resources.matchAll(/^export (?:interface|type|class) (\S+?)[ <=]/gm)].map((match) => match[1]!);
    expect(new Set(declared).size).toBe(declared.length);
    const paramsTypes = declared.filter((name) => name.endsWith("Params") && name.startsWith("Pet"));
    expect(paramsTypes.sort()).toEqual(["PetStore_GetParams", "Pet_StoreGetParams"]);
    const models = [...generated("collisions")["src/models.ts"]!.matchAll(/^export (?:interface|type) (\S+)/gm)].map((match) => match[1]!);
    expect(models.sort()).toEqual(["ClientModel", "ClientModelModel", "PetResource", "_1Abc"]);
    const module = await load("collisions");
    expect(typeof module._1Abc_).toBe("function");
    expect(typeof module.PetResourceGroup).toBe("function");
    expect([typeof module.createClient, typeof module.createClient_, typeof module.createClient__]).toEqual(["function", "function", "function"]);
    expect(module.createClient({ baseUrl: "http://127.0.0.1:9" })).toBeInstanceOf(module.Client);
  });

  it("operationIds and tags without ASCII letters get readable names, the same on every run", async () => {
    const files = generated("letters");
    const functions = [...files["src/operations.ts"]!.matchAll(/^export function (\S+)\(/gm)].map((match) => match[1]!);
    expect(functions.sort()).toEqual(["getMarks", "getStars", "ユーザー取得"]);
    const server = await serve((_request, response) => sendJson(response, 200, { data: "ok" }));
    const { createClient } = await load("letters");
    const client = createClient({ baseUrl: server.url, pacing: false });
    await client.ユーザー.ユーザー取得();
    await client.default.getStars();
    expect(server.requests.map((request) => request.url)).toEqual(["/users", "/stars"]);
    const again = path.join(OUT, "letters-again");
    expect((await cli("--spec", path.join(OUT, "specs", "letters.json"), "--out", again, "--quiet")).code).toBe(0);
    const second = await snapshot(again);
    expect(Object.keys(second).filter((file) => second[file] !== files[file])).toEqual([]);
  });
});

describe("names no request can carry", () => {
  it("refuses the document with one error line per required parameter, naming file, pointer and operation, and writes nothing", async () => {
    const spec = document(
      {
        "/a/{${id}}": {
          get: {
            operationId: "getA",
            parameters: [
              pathParameter("${id}"),
              required(header("// comment")),
              required(header("名前")),
              required(cookie("a b")),
              { $ref: "#/components/parameters/Shared" },
            ],
            responses: ok(),
          },
        },
        "/b": { get: { operationId: "getB", parameters: [{ $ref: "#/components/parameters/Shared" }, header("x`y"), header("optional name")], responses: ok() } },
      },
      {},
      { components: { parameters: { Shared: required(header("x y")) } } },
    );
    const specFile = path.join(OUT, "specs", "unsendable.json");
    await writeFile(specFile, JSON.stringify(spec));
    const out = path.join(OUT, "unsendable");
    const result = await cli("--spec", specFile, "--out", out, "--quiet");
    const file = path.relative(REPO, specFile);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      `error: ${file}#/paths/~1a~1{\${id}}/get/parameters/0/name (GET /a/{\${id}}): the path parameter name "\${id}" holds \`{\` or \`}\`, which a path template cannot name`,
      `error: ${file}#/paths/~1a~1{\${id}}/get/parameters/1/name (GET /a/{\${id}}): the header parameter name "// comment" is not an HTTP token (letters, digits and !#$%&'*+-.^_\`|~ only, RFC 9110), so no request can send it`,
      `error: ${file}#/paths/~1a~1{\${id}}/get/parameters/2/name (GET /a/{\${id}}): the header parameter name "名前" is not an HTTP token (letters, digits and !#$%&'*+-.^_\`|~ only, RFC 9110), so no request can send it`,
      `error: ${file}#/paths/~1a~1{\${id}}/get/parameters/3/name (GET /a/{\${id}}): the cookie parameter name "a b" is not an HTTP token (letters, digits and !#$%&'*+-.^_\`|~ only, RFC 9110), so no request can send it`,
      `error: ${file}#/components/parameters/Shared/name (GET /a/{\${id}}): the header parameter name "x y" is not an HTTP token (letters, digits and !#$%&'*+-.^_\`|~ only, RFC 9110), so no request can send it`,
    ]);
    expect(existsSync(out)).toBe(false);
  });
});

describe("optional names no request can carry", () => {
  const specFile = path.join(OUT, "specs", "left-out.json");
  const notHttpToken = "is not an HTTP token (letters, digits and !#$%&'*+-.^_`|~ only, RFC 9110), so no request can send it; it is optional, so the client leaves it out";
  const warnings = () => {
    const file = path.relative(REPO, specFile);
    return [
      `warning: ${file}#/components/parameters/Shared/name (GET /notes): the header parameter name "${LEFT_OUT.shared}" ${notHttpToken}`,
      `warning: ${file}#/paths/~1pages~1{id}/get/parameters/2/name (GET /pages/{id}): the header parameter name "" ${notHttpToken}`,
      `warning: ${file}#/paths/~1pages~1{id}/get/parameters/3/name (GET /pages/{id}): the cookie parameter name "${LEFT_OUT.spaced}" ${notHttpToken}`,
    ];
  };

  it("generate, exit 0, and print one warning line each, naming file, pointer and operation, even with --quiet", () => {
    generated("left-out");
    expect(runs["left-out"]!.code).toBe(0);
    expect(runs["left-out"]!.stderr.trim().split("\n")).toEqual([...warnings(), expect.stringMatching(/^generated 2 operations, /)]);
  });

  it("are left out of the methods, their types, the MCP tools, api.md and api-surface.json", async () => {
    const files = generated("left-out");
    const surface = JSON.parse(files["api-surface.json"]!);
    expect(surface.operations.readPage.input).toEqual({
      required: { header: { optional: { "x-version": "string" } }, path: { required: { id: "string" } } },
    });
    expect(surface.operations.listNotes.input).toEqual({ required: { query: { optional: { q: "string" } } } });
    const mentioning = Object.entries(files)
      .filter(([, text]) => text.includes(LEFT_OUT.shared) || text.includes(`"${LEFT_OUT.spaced}"`) || text.includes('""?:') || text.includes('"": '))
      .map(([file]) => file);
    expect(mentioning).toEqual([]);
    const { OPERATION_JSON } = await import(pathToFileURL(path.join(OUT, "dist", "left-out", "src", "mcp", "operations.js")).href);
    const tools = OPERATION_JSON.map((json: string) => JSON.parse(json));
    expect(tools.map((tool: { inputSchema: { properties: object } }) => Object.keys(tool.inputSchema.properties).sort())).toEqual([["q"], ["id", "x-version"]]);
  });

  it("the method sends what it still takes", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, { data: "ok" }));
    const { createClient } = await load("left-out");
    const client = createClient({ baseUrl: server.url, pacing: false });
    await client.pages.read({ id: "p1", "x-version": "2" });
    const [request] = server.requests;
    expect([request!.url, request!.headers["x-version"], request!.headers.cookie]).toEqual(["/pages/p1", "2", undefined]);
  });

  it("are warned about again when a remembered generation is reused, from the output folder or from the cache", async () => {
    const cacheDir = path.join(OUT, "left-out-cache");
    const generateWithCache = async (out: string) => {
      let stderr = "";
      const code = await runCli(["--spec", specFile, "--out", out], { stdout: () => {}, stderr: (text) => (stderr += text) }, { cacheDir });
      const lines = stderr.trim().split("\n");
      return { code, warnings: lines.filter((line) => line.startsWith("warning: ")), reused: lines.some((line) => /^ {2}reuse /.test(line)) };
    };
    const first = path.join(OUT, "left-out-cached");
    expect(await generateWithCache(first)).toEqual({ code: 0, warnings: warnings(), reused: false });
    expect(await generateWithCache(first)).toEqual({ code: 0, warnings: warnings(), reused: true });
    expect(await generateWithCache(path.join(OUT, "left-out-cached-elsewhere"))).toEqual({ code: 0, warnings: warnings(), reused: true });
  }, 120_000);
});

describe("hostile prose", () => {
  it("leaves no bidi control, invisible mark, control character or line separator in any generated file", () => {
    const offending = Object.entries(generated("text"))
      .filter(([, text]) => UNSAFE.test(text))
      .map(([file]) => file);
    expect(offending).toEqual([]);
  });

  it("shows them as \\u{...} in comments, and keeps `*/` from ending a comment", () => {
    const models = generated("text")["src/models.ts"]!;
    expect(models).toContain("Holds *\\/ text \\u{0007} \\u{2028} more");
    expect(generated("text")["src/paths.ts"]!).toContain("Bidi \\u{202E}override\\u{202C}, isolate \\u{2066}x\\u{2069}, NUL \\u{0000}");
    expect(generated("text")["src/resources.ts"]!).toContain("Reads notes *\\/ globalThis.hostileRan = true; /*");
    expect(generated("text")["api.md"]!).toContain("# Hostile \\u{202E}*/ title");
  });

  it("keeps literal values exact: the route, enum values and the server URL still carry their characters", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, { kind: "plain\u202e" }));
    const module = await load("text");
    expect(module.DEFAULT_BASE_URL).toBe("http://127.0.0.1:9/\u202e");
    const client = module.createClient({ baseUrl: server.url, pacing: false });
    const note = await client.notes.read({ mode: "m" });
    expect(note.kind).toBe("plain\u202e");
    expect(server.requests.map((request) => request.url)).toEqual(["/notes%E2%80%AE?mode=m"]);
    expect((globalThis as { hostileRan?: boolean }).hostileRan).toBeUndefined();
    expect(generated("text")["src/models.ts"]!).toContain('kind?: "plain\\u202e" | "*/" | "line\\u2028";');
  });

  it("gives MCP tools visible descriptions", async () => {
    const { OPERATION_JSON } = await import(pathToFileURL(path.join(OUT, "dist", "text", "src", "mcp", "operations.js")).href);
    const [operation] = OPERATION_JSON.map((json: string) => JSON.parse(json));
    expect(operation.summary).toBe("Reads notes */ globalThis.hostileRan = true; /*");
    expect(operation.inputSchema.properties.mode.description).toBe("ends */ here \\u{202E}");
    expect(operation.path).toBe("/notes\u202e");
  });
});
