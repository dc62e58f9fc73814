/**
 * Specs whose names and prose are hostile or merely unusual (#16): every name
 * goes through one door, so the output imports and behaves against a loopback
 * server; prose lands in comments without anything that ends them or hides in
 * them. That the same packages compile under --strict with bundler and NodeNext
 * resolution is `hostile-names.heavy.test.ts`'s part (`npm run test:heavy`).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../generator/cli.js";
import { serverPerTest, sendJson } from "../runtime/support/server.js";
import {
  CASES,
  cookie,
  document,
  generateCases,
  header,
  INJECTED,
  LEFT_OUT,
  ok,
  pathParameter,
  QUERY_NAMES,
  required,
  type GeneratedCases,
} from "./hostile-names-cases.js";
import { cli, REPO, snapshot } from "./support.js";

/** Inside the repository, so the generated packages resolve openapi-fetch from its node_modules. */
const OUT = path.join(REPO, ".tmp", "hostile-names");
const run = promisify(execFile);
const serve = serverPerTest();

const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

let cases: GeneratedCases;

/** The case's files, once it is known to have generated. */
function generated(name: string): Record<string, string> {
  expect(cases.generationErrors[name] ?? "", name).toBe("");
  return cases.packages[name]!;
}

/** A module of the case's sources, as vitest compiles TypeScript. */
const source = (name: string, file = "index.ts") => pathToFileURL(path.join(OUT, name, "src", file)).href;
async function load(name: string): Promise<any> {
  return import(source(name));
}

beforeAll(async () => {
  cases = await generateCases(OUT);
}, 120_000);

describe("hostile names", () => {
  it.each(Object.keys(CASES))("%s: generates", (name) => {
    generated(name);
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
      const module = await import(${JSON.stringify(source("reserved"))});
      const client = module.createClient({ baseUrl: "http://127.0.0.1:9" });
      console.log(JSON.stringify({
        functions: ["eval_", "arguments_", "then_"].map((name) => typeof module[name]),
        then: typeof module.then,
        clientIsItself: (await client) === client,
        resources: [typeof client.eval.eval, typeof client.arguments.arguments],
      }));
    `;
    // In a process of its own, under Node's ESM loader rather than vitest's (tsx only compiles the types away):
    // there an exported `then` would make the module thenable.
    const { stdout } = await run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", probe], { cwd: REPO });
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
    const mcp = await import(source("query-members", "mcp/index.ts"));
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
    expect(cases.runs["left-out"]!.code).toBe(0);
    expect(cases.runs["left-out"]!.stderr.trim().split("\n")).toEqual([...warnings(), expect.stringMatching(/^generated 2 operations, /)]);
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
    const { OPERATION_JSON } = await import(source("left-out", "mcp/operations.ts"));
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
    const { OPERATION_JSON } = await import(source("text", "mcp/operations.ts"));
    const [operation] = OPERATION_JSON.map((json: string) => JSON.parse(json));
    expect(operation.summary).toBe("Reads notes */ globalThis.hostileRan = true; /*");
    expect(operation.inputSchema.properties.mode.description).toBe("ends */ here \\u{202E}");
    expect(operation.path).toBe("/notes\u202e");
  });
});
