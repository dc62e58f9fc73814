import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../generator/support.js";
import { sendJson, startServer, type TestServer } from "../runtime/support/server.js";
import { GENERATED_V31 } from "../sdk/support.js";

const run = promisify(execFile);
const TSC = path.join(REPO, "node_modules", "typescript", "bin", "tsc");

/** Answers the program's calls: two pages of articles, an export that completes, an import that fails, a 404. */
function fakeApi(): Promise<TestServer> {
  let exportPolls = 0;
  const envelope = (data: unknown, extra: object = {}) => ({ data, success: true, request_id: "req-1", errors: [], warnings: [], ...extra });
  return startServer((request, response) => {
    const url = new URL(request.url, "http://x");
    if (url.pathname.endsWith("/workspaces/w1/articles")) {
      const second = url.searchParams.get("cursor") === "next";
      return sendJson(response, 200, envelope([{ id: second ? "a2" : "a1", title: second ? "Second" : "First" }], {
        pagination: { page: 0, page_size: 1, has_more: !second, next_cursor: second ? null : "next" },
      }));
    }
    if (request.method === "POST" && url.pathname.endsWith("/exports")) return sendJson(response, 202, envelope({ id: "e1", status: "Pending" }));
    if (url.pathname.endsWith("/exports/e1")) {
      exportPolls += 1;
      return sendJson(response, 200, envelope({ id: "e1", status: exportPolls < 3 ? "InProgress" : "Completed" }));
    }
    if (request.method === "POST" && url.pathname.endsWith("/imports")) return sendJson(response, 202, envelope({ id: "i1", status: "Pending" }));
    if (url.pathname.endsWith("/imports/i1")) return sendJson(response, 200, envelope({ id: "i1", status: "Failed" }));
    response.writeHead(404, { "content-type": "application/problem+json" });
    response.end(JSON.stringify({ type: "about:blank", title: "Not Found.", status: 404, detail: "No such article.", trace_id: "trace-404" }));
  });
}

describe("a new user installs the packed client into a fresh project", () => {
  let project: string;
  let server: TestServer;

  beforeAll(async () => {
    server = await fakeApi();
    const packDir = await mkdtemp(path.join(tmpdir(), "client-pack-"));
    await run("npm", ["pack", "--pack-destination", packDir], { cwd: GENERATED_V31 });
    const [tarball] = (await readdir(packDir)).filter((file) => file.endsWith(".tgz"));
    project = await mkdtemp(path.join(tmpdir(), "client-consumer-"));
    await writeFile(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", path.join(packDir, tarball!)], { cwd: project });
    await copyFile(path.join(REPO, "test", "consumer", "program.ts"), path.join(project, "program.ts"));
    await writeFile(
      path.join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022", "DOM", "DOM.Iterable"], outDir: "out", types: [] },
        files: ["program.ts"],
      }),
    );
  }, 180_000);
  afterAll(() => server?.close());

  it("type-checks under --strict and runs against a loopback server", async () => {
    const compile = await run(process.execPath, [TSC, "-p", project]).then(
      () => "",
      (error: { stdout: string }) => error.stdout,
    );
    expect(compile).toBe("");
    const { stdout } = await run(process.execPath, [path.join(project, "out", "program.js"), server.url, "p1"]);
    expect(JSON.parse(stdout)).toEqual({
      titles: ["First", "Second"],
      progress: ["InProgress", "InProgress", "Completed"],
      final: "Completed",
      failedStatus: "Failed",
      notFound: "404 No such article. trace-404",
    });
    expect(server.requests.every((request) => request.headers.authorization === "Bearer consumer-token")).toBe(true);
  }, 60_000);
});
