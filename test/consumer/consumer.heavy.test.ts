import { execFile } from "node:child_process";
import { copyFile, cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../generator/support.js";
import { sendJson, startServer, type TestServer } from "../runtime/support/server.js";

const run = promisify(execFile);
const TSC = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
/** The consumer project types Node the way the repository does (and npm's cache already holds it). */
const NODE_TYPES = JSON.parse(await readFile(path.join(REPO, "package.json"), "utf8")).devDependencies["@types/node"];

/**
 * Answers the program's calls: an article created, updated and published; a category tree;
 * an upload; two pages of articles; an export that completes, with its archive on a
 * "storage" path; an import that fails; a 404.
 */
function fakeApi(): Promise<TestServer> {
  let exportPolls = 0;
  const envelope = (data: unknown, extra: object = {}) => ({ data, success: true, request_id: "req-1", errors: [], warnings: [], ...extra });
  const onePage = { page: 1, page_size: 50, has_more: false, next_cursor: null };
  return startServer((request, response) => {
    const url = new URL(request.url, "http://x");
    const route = `${request.method} ${url.pathname.replace("/v3/projects/p1", "")}`;
    const body = request.body.length > 0 && request.headers["content-type"]?.startsWith("application/json") ? JSON.parse(request.body.toString()) : undefined;
    switch (route) {
      case "POST /articles":
        return sendJson(response, 201, envelope({ id: "a9", title: body.title, version_number: 1 }));
      case "PATCH /articles/a9":
        return sendJson(response, 200, envelope({ id: "a9", title: "Release notes", content: body.content, version_number: 2 }));
      case "POST /articles/a9/publish":
        return sendJson(response, body.version_number === 2 ? 200 : 422, { success: true, request_id: "req-2", errors: [], warnings: [] });
      case "GET /workspaces/w1/categories":
        return sendJson(response, 200, envelope([{ id: "c1", name: "Guides", child_categories: [{ id: "c2", name: "Webhooks", child_categories: [] }] }, { id: "c3", name: "FAQ" }], { pagination: onePage }));
      case "POST /drive/folders/f1/files": {
        const named = /filename="([^"]+)"/.exec(request.body.toString())?.[1];
        return sendJson(response, 201, envelope({ id: "file1", file_name: named }));
      }
      case "GET /workspaces/w1/articles": {
        const second = url.searchParams.get("cursor") === "next";
        return sendJson(response, 200, envelope([{ id: second ? "a2" : "a1", title: second ? "Second" : "First" }], {
          pagination: { page: 0, page_size: 1, has_more: !second, next_cursor: second ? null : "next" },
        }));
      }
      case "POST /exports":
        return sendJson(response, 202, envelope({ id: "e1", status: "Pending" }));
      case "GET /exports/e1":
        exportPolls += 1;
        return sendJson(response, 200, envelope({ id: "e1", status: exportPolls < 3 ? "InProgress" : "Completed", download_url: `http://${request.headers.host}/storage/e1.zip` }));
      case "GET /storage/e1.zip":
        response.writeHead(200, { "content-type": "application/zip" });
        return response.end("archive bytes");
      case "POST /imports":
        return sendJson(response, 202, envelope({ id: "i1", status: "Pending" }));
      case "GET /imports/i1":
        return sendJson(response, 200, envelope({ id: "i1", status: "Failed" }));
    }
    response.writeHead(404, { "content-type": "application/problem+json" });
    response.end(JSON.stringify({ type: "about:blank", title: "Not Found.", status: 404, detail: "No such article.", trace_id: "trace-404" }));
  });
}

describe("a new user installs the packed client into a fresh project", () => {
  let project: string;
  let tarball: string;
  let server: TestServer;

  beforeAll(async () => {
    server = await fakeApi();
    // The package as `npm run generate -- --build` leaves it (sources, api.md, and the dist/ it builds), copied to a folder of
    // its own outside the repository, so that no node_modules above it can lend `npm pack` a compiler.
    const generatedDir = await mkdtemp(path.join(tmpdir(), "client-generated-"));
    await run(process.execPath, [path.join(REPO, "bin", "generate.mjs"), "--quiet", "--build", "--out", generatedDir], { cwd: REPO });
    const packageDir = await mkdtemp(path.join(tmpdir(), "client-package-"));
    await cp(generatedDir, packageDir, { recursive: true, filter: (source) => !/[\\/]node_modules$/.test(source) });
    const packDir = await mkdtemp(path.join(tmpdir(), "client-pack-"));
    // npm and npx put the repository's node_modules/.bin (with tsc) on PATH for this test run: a user's shell has none.
    const path_ = (process.env.PATH ?? "").split(path.delimiter).filter((entry) => !entry.includes("node_modules")).join(path.delimiter);
    await run("npm", ["pack", "--pack-destination", packDir], { cwd: packageDir, env: { ...process.env, PATH: path_ } });
    const [tarballName] = (await readdir(packDir)).filter((file) => file.endsWith(".tgz"));
    tarball = path.join(packDir, tarballName!);
    project = await mkdtemp(path.join(tmpdir(), "client-consumer-"));
    await writeFile(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball, `@types/node@${NODE_TYPES}`], { cwd: project });
    await copyFile(path.join(REPO, "test", "consumer", "program.ts"), path.join(project, "program.ts"));
    await writeFile(
      path.join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022", "DOM", "DOM.Iterable"], outDir: "out", types: ["node"] },
        files: ["program.ts"],
      }),
    );
  }, 300_000);
  afterAll(() => server?.close());

  it("packs with nothing installed in the package folder: compiled JavaScript, declarations, api.md and the README", async () => {
    const { stdout } = await run("tar", ["-tzf", tarball], { maxBuffer: 16 * 1024 * 1024 });
    const files = stdout.split("\n");
    for (const file of ["package/dist/index.js", "package/dist/index.d.ts", "package/dist/mcp/main.js", "package/api.md", "package/README.md", "package/package.json"]) {
      expect(files).toContain(file);
    }
  });

  it("type-checks under --strict and runs against a loopback server", async () => {
    const compile = await run(process.execPath, [TSC, "-p", project]).then(
      () => "",
      (error: { stdout: string }) => error.stdout,
    );
    expect(compile).toBe("");
    const { stdout } = await run(process.execPath, [path.join(project, "out", "program.js"), server.url, "p1", path.join(project, "export.zip")]);
    expect(JSON.parse(stdout)).toEqual({
      article: "a9 v2",
      tree: ["Guides", "-Webhooks", "FAQ"],
      uploaded: "notes.txt",
      titles: ["First", "Second"],
      progress: ["InProgress", "InProgress", "Completed"],
      final: "Completed",
      downloaded: "archive bytes",
      failedStatus: "Failed",
      notFound: "404 No such article. trace-404",
    });
    const [toStorage, toApi] = [server.requests.filter((request) => request.url.startsWith("/storage/")), server.requests.filter((request) => !request.url.startsWith("/storage/"))];
    expect(toStorage).toHaveLength(1);
    expect(toStorage[0]!.headers.authorization, "the token never goes to storage").toBeUndefined();
    expect(toApi.every((request) => request.headers.authorization === "Bearer consumer-token")).toBe(true);
  }, 60_000);
});
