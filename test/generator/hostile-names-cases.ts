/**
 * The specs of the hostile-names suites (#16), shared by `hostile-names.test.ts`
 * (generation and behaviour against a loopback server) and
 * `hostile-names.heavy.test.ts` (the packages under tsc with bundler and NodeNext).
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { cli, snapshot, type CliRun } from "./support.js";

export const ok = (data: Record<string, unknown> = { type: "string" }) => ({
  "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties: { data: data } } } } },
});
export const document = (paths: Record<string, unknown>, schemas: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  openapi: "3.0.3",
  info: { title: "Hostile", version: "1.0.0" },
  servers: [{ url: "http://127.0.0.1:9/" }],
  paths,
  components: { schemas },
  ...extra,
});
export const pathParameter = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
const query = (name: string) => ({ name, in: "query", schema: { type: "string" } });
export const required = (parameter: Record<string, unknown>) => ({ ...parameter, required: true });
export const header = (name: string) => ({ name, in: "header", schema: { type: "string" } });
export const cookie = (name: string) => ({ name, in: "cookie", schema: { type: "string" } });

/** Query names that end a name or a parameter in a query string, or a string in code. */
export const QUERY_NAMES = ["`; globalThis.hostileRan = true; `", "a=b&c", "#fragment", "plus+sign", "100%"];
/** Header and cookie names that are HTTP tokens (and so can be sent) yet end a string or template literal in code. */
export const TOKEN_NAMES = ["x`y", "!#$%&'*+-.^_`|~"];
/** Path parameter names a route template can hold although they end a string in code. */
export const QUOTED_PATH_NAMES = ['say "hi"', "\\u0022"];

/** Optional header and cookie names no request can carry, which the client leaves out; `Shared` is one too. */
export const LEFT_OUT = { empty: "", spaced: "a b", shared: "名前" };

/** A path parameter the spec declares but its route never uses; the task helpers still pass it on by name. */
export const INJECTED = 'x"]; globalThis.hostileRan = true; ["';

const TASK_DATA = { type: "object", properties: { id: { type: "string" }, status: { type: "string" } } };
/** The specs, by case name (the name of the package's folder). */
export const CASES: Record<string, unknown> = {
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

/** Each case's generated files, or the generator's complaint when it failed, and what the command line said. */
export interface GeneratedCases {
  packages: Record<string, Record<string, string>>;
  generationErrors: Record<string, string>;
  runs: Record<string, CliRun>;
}

/** Generates every case into `out/NAME` (its spec into `out/specs/NAME.json`), emptying `out` first. */
export async function generateCases(out: string): Promise<GeneratedCases> {
  const generated: GeneratedCases = { packages: {}, generationErrors: {}, runs: {} };
  await rm(out, { recursive: true, force: true });
  await mkdir(path.join(out, "specs"), { recursive: true });
  for (const [name, spec] of Object.entries(CASES)) {
    const specFile = path.join(out, "specs", `${name}.json`);
    await writeFile(specFile, JSON.stringify(spec, null, 2));
    const result = await cli("--spec", specFile, "--out", path.join(out, name), "--quiet");
    generated.runs[name] = result;
    if (result.code === 0) generated.packages[name] = await snapshot(path.join(out, name));
    else generated.generationErrors[name] = result.stderr;
  }
  return generated;
}
