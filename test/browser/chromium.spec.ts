import { readFile, readdir } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

// The generated client, loaded as ES modules by headless Chromium from a loopback server that is
// also the API it calls (so the page and the API share an origin, as an app served with its API would).
const REPO = path.resolve(import.meta.dirname, "../..");
const CLIENT_SOURCES = path.join(REPO, "generated", "src");
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const PROJECT = "9a3b4c5d-6e7f-8a9b-0c1d-2e3f4a5b6c7d";
const VENDOR: Record<string, string> = {
  "openapi-fetch": path.join(REPO, "node_modules", "openapi-fetch", "dist", "index.mjs"),
  oauth4webapi: path.join(REPO, "node_modules", "oauth4webapi", "build", "index.js"),
};

/** Every .ts file of the generated package, type-stripped to an ES module, by its path under src/. */
async function compileClient(): Promise<Map<string, string>> {
  const modules = new Map<string, string>();
  for (const entry of await readdir(CLIENT_SOURCES, { recursive: true })) {
    if (!entry.endsWith(".ts")) continue;
    const source = await readFile(path.join(CLIENT_SOURCES, entry), "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    });
    modules.set(entry.replace(/\.ts$/, ".js"), outputText);
  }
  return modules;
}

const PAGE = `<!doctype html>
<script type="importmap">{"imports": {"openapi-fetch": "/vendor/openapi-fetch.js", "oauth4webapi": "/vendor/oauth4webapi.js"}}</script>
<script type="module">
  import * as sdk from "/client/index.js";
  window.sdk = sdk;
  window.ready = true;
</script>`;

function send(response: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": type, ...headers });
  response.end(body);
}

function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => handler(request, response));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

let browser: Browser;
let page: Page;
let app: { server: Server; url: string };
/** Another origin (another port), where the API redirects one call. */
let elsewhere: { server: Server; url: string };
const apiRequests: { method: string; url: string; authorization: string | undefined }[] = [];
const elsewhereRequests: { url: string; authorization: string | undefined }[] = [];
let throttled = 0;

beforeAll(async () => {
  const modules = await compileClient();
  elsewhere = await listen((request, response) => {
    elsewhereRequests.push({ url: request.url ?? "", authorization: request.headers.authorization });
    send(response, 200, "application/json", "{}", { "access-control-allow-origin": "*" });
  });
  app = await listen(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    if (url.pathname === "/") return send(response, 200, "text/html", PAGE);
    if (url.pathname.startsWith("/client/")) {
      const module = modules.get(url.pathname.slice("/client/".length));
      return module ? send(response, 200, "text/javascript", module) : send(response, 404, "text/plain", "");
    }
    if (url.pathname.startsWith("/vendor/")) {
      const file = VENDOR[url.pathname.slice("/vendor/".length).replace(/\.js$/, "")];
      return file ? send(response, 200, "text/javascript", await readFile(file, "utf8")) : send(response, 404, "text/plain", "");
    }
    apiRequests.push({ method: request.method ?? "", url: request.url ?? "", authorization: request.headers.authorization });
    const envelope = (data: unknown, extra: object = {}) => JSON.stringify({ data, success: true, request_id: "r", errors: [], warnings: [], ...extra });
    if (url.pathname === `/v3/projects/${PROJECT}/exports/e1`) return send(response, 200, "application/json", envelope({ id: "e1", status: "Completed" }));
    if (url.pathname === "/v3/projects") {
      const second = url.searchParams.get("cursor") === "c2";
      return send(response, 200, "application/json", envelope([{ id: second ? "p2" : "p1" }], { pagination: { has_more: !second, next_cursor: second ? null : "c2" } }));
    }
    if (url.pathname === `/v3/projects/${PROJECT}/exports/throttled`) {
      if (throttled++ === 0) return send(response, 429, "application/json", '{"title":"Too Many Requests"}', { "retry-after": "0" });
      return send(response, 200, "application/json", envelope({ id: "throttled", status: "InProgress" }));
    }
    if (url.pathname === `/v3/projects/${PROJECT}/exports/hang`) return;
    if (url.pathname === `/v3/projects/${PROJECT}/exports/moved`) return send(response, 302, "text/plain", "", { location: `${elsewhere.url}/stolen` });
    send(response, 404, "application/json", '{"title":"Not Found"}');
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  page = await browser.newPage();
  await page.goto(app.url);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (app) await close(app.server);
  if (elsewhere) await close(elsewhere.server);
});

/** Runs `scenario` in the page with a client for the page's own origin; returns what it returns. */
function inPage<T>(scenario: string): Promise<T> {
  return page.evaluate(
    async ([body, project]) => {
      const { sdk } = window as unknown as { sdk: Record<string, any> };
      const client = sdk["createClient"]({ baseUrl: location.origin, token: "browser-token", backoffBaseMs: 1 });
      const run = new Function("sdk", "client", "project", `return (async () => { ${body} })();`);
      return run(sdk, client, project);
    },
    [scenario, PROJECT] as const,
  ) as Promise<T>;
}

describe(`the generated client in headless Chromium (${CHROMIUM})`, () => {
  test("runs in a real browser", async () => {
    const version = browser.version();
    console.log(`Chromium ${version}`);
    expect(version).toMatch(/^\d+\./);
  });

  test("a typed call resolves to the envelope, with the token sent to the API's own origin", async () => {
    const status = await inPage<string>(`return (await client.project(project).projects.getExportStatus({ export_id: "e1" })).data.status;`);
    expect(status).toBe("Completed");
    expect(apiRequests.at(-1)).toMatchObject({ method: "GET", authorization: "Bearer browser-token" });
  });

  test("a paginated list is a Promise of the first page and iterates every item", async () => {
    const result = await inPage<{ isPromise: boolean; first: string[]; all: string[] }>(`
      const list = client.projects.list();
      const first = (await list).data.map((item) => item.id);
      const all = [];
      for await (const item of client.projects.list()) all.push(item.id);
      return { isPromise: list instanceof Promise, first, all };
    `);
    expect(result).toEqual({ isPromise: true, first: ["p1"], all: ["p1", "p2"] });
  });

  test("a 429 is retried", async () => {
    const before = apiRequests.length;
    const status = await inPage<string>(`return (await client.project(project).projects.getExportStatus({ export_id: "throttled" })).data.status;`);
    expect(status).toBe("InProgress");
    expect(apiRequests.slice(before).map((request) => request.url)).toEqual([
      `/v3/projects/${PROJECT}/exports/throttled`,
      `/v3/projects/${PROJECT}/exports/throttled`,
    ]);
  });

  test("an abort ends the call with RequestAbortedError", async () => {
    const outcome = await inPage<{ name: string; isAborted: boolean }>(`
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      try {
        await client.project(project).projects.getExportStatus({ export_id: "hang" }, { signal: controller.signal });
        return { name: "resolved", isAborted: false };
      } catch (error) {
        return { name: error.name, isAborted: error instanceof sdk.RequestAbortedError };
      }
    `);
    expect(outcome).toEqual({ name: "RequestAbortedError", isAborted: true });
  });

  test("a redirect to another origin is refused, and that origin never receives the token", async () => {
    const outcome = await inPage<string>(`
      try {
        await client.project(project).projects.getExportStatus({ export_id: "moved" });
        return "resolved";
      } catch (error) {
        return error.name;
      }
    `);
    expect(outcome).toBe("RedirectError");
    expect(elsewhereRequests.filter((request) => request.authorization !== undefined)).toEqual([]);
  });
});
