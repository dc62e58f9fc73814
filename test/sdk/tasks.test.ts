import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startServer, type TestServer } from "../runtime/support/server.js";
import { generatedD360Client, PROJECT } from "./support.js";

let sdk: any;
let api: TestServer;
let storage: TestServer;
/** Statuses the next polls of a task will report, in order; the last one repeats. */
let script: Record<string, string[]> = {};
let downloadUrls: string[] = [];

const ARCHIVE = "PK\u0003\u0004 pretend zip bytes";

beforeAll(async () => {
  sdk = await generatedD360Client();
  storage = await startServer((request, response) => {
    if (!request.url.includes("sig=fresh")) {
      response.writeHead(403, { "content-type": "application/xml" });
      response.end("<Error><Code>AuthenticationFailed</Code></Error>");
      return;
    }
    response.writeHead(200, { "content-type": "application/zip" });
    response.end(ARCHIVE);
  });
  api = await startServer((request, response) => {
    const match = /\/v3\/projects\/[^/]+\/(exports|imports)(?:\/([^/?]+))?/.exec(request.url);
    if (!match) return sendJson(response, 404, { title: "Not Found", status: 404 });
    const [, kind, id] = match;
    const envelope = (data: object) => ({ data, success: true, request_id: "r", errors: [], warnings: [] });
    if (request.method === "POST") return sendJson(response, 202, envelope({ id: `${kind}-1`, status: "Pending" }));
    // A poll cut short by a wait's deadline may still arrive after its test has reset the script.
    const statuses = script[id!] ?? ["InProgress"];
    const status = statuses.length > 1 ? statuses.shift()! : statuses[0]!;
    const completed = status === "Completed" && kind === "exports";
    const url = completed ? (downloadUrls.length > 1 ? downloadUrls.shift()! : downloadUrls[0]!) : null;
    return sendJson(response, 200, envelope({ id, status, download_url: url, completed_at: completed ? "2026-11-28T12:00:00Z" : null }));
  });
});
afterAll(async () => {
  await api.close();
  await storage.close();
});
afterEach(() => {
  script = {};
  downloadUrls = [];
});

const fast = { intervalMs: 1, maxIntervalMs: 2 };

describe("long-running exports and imports", () => {
  it("starts an export and waits through Pending, InProgress and an unknown Processing to Completed, reporting progress", async () => {
    script["exports-1"] = ["Pending", "InProgress", "Processing", "Completed"];
    downloadUrls = [`${storage.url}/e.zip?sig=fresh`];
    const client = sdk.createClient({ baseUrl: api.url, token: "t" });
    const seen: string[] = [];
    const done = await client.project(PROJECT).projects.createExportAndWait(
      { body: { format: "pdf", workspace_id: "w" } },
      { ...fast, onProgress: (status: any) => seen.push(status.data.status) },
    );
    expect(done.data.status).toBe("Completed");
    expect(seen).toEqual(["Pending", "InProgress", "Processing", "Completed"]);
  });

  it("turns a Failed import into a TaskFailedError carrying the last status", async () => {
    script["imports-1"] = ["Pending", "Failed"];
    const client = sdk.createClient({ baseUrl: api.url, token: "t" });
    const error = await client.projects
      .createImportAndWait({ project_id: PROJECT, body: { source_documentation_url: "https://docs.example.test" } }, fast)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(sdk.TaskFailedError);
    expect(error.status.data.status).toBe("Failed");
  });

  it("waits for an import already started, and gives up after its timeout", async () => {
    script["imports-9"] = ["InProgress"];
    const client = sdk.createClient({ baseUrl: api.url, token: "t" });
    const error = await client.projects
      .waitForImport({ project_id: PROJECT, import_id: "imports-9" }, { ...fast, waitTimeoutMs: 30 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(sdk.TaskTimeoutError);
  });

  it("stops waiting at once when aborted", async () => {
    script["exports-2"] = ["InProgress"];
    const client = sdk.createClient({ baseUrl: api.url, token: "t" });
    const controller = new AbortController();
    const waiting = client.projects.waitForExport({ project_id: PROJECT, export_id: "exports-2" }, { intervalMs: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(waiting).rejects.toBeInstanceOf(sdk.RequestAbortedError);
  });

  it("downloads the archive to a file, never sending the token to the storage host, refreshing an expired signed URL", async () => {
    script["exports-3"] = ["InProgress", "Completed"];
    const expired = new Date(Date.now() - 60_000).toISOString();
    downloadUrls = [`${storage.url}/e.zip?se=${encodeURIComponent(expired)}&sig=old`, `${storage.url}/e.zip?sig=refused`, `${storage.url}/e.zip?sig=fresh`];
    const client = sdk.createClient({ baseUrl: api.url, token: "secret-token" });
    const dir = await mkdtemp(path.join(tmpdir(), "download-"));
    const file = path.join(dir, "export.zip");
    await client.project(PROJECT).projects.downloadExport({ export_id: "exports-3" }, file, fast);
    expect(await readFile(file, "utf8")).toBe(ARCHIVE);
    expect(await readdir(dir)).toEqual(["export.zip"]);
    expect(storage.requests.map((request) => request.url)).toEqual(["/e.zip?sig=refused", "/e.zip?sig=fresh"]);
    for (const request of storage.requests) expect(request.headers.authorization).toBeUndefined();
    expect(api.requests.at(-1)!.headers.authorization).toBe("Bearer secret-token");
  });

  it("streams the archive to a WritableStream", async () => {
    script["exports-4"] = ["Completed"];
    downloadUrls = [`${storage.url}/e.zip?sig=fresh`];
    const client = sdk.createClient({ baseUrl: api.url, token: "t" });
    const chunks: Uint8Array[] = [];
    await client.projects.downloadExport({ project_id: PROJECT, export_id: "exports-4" }, new WritableStream({ write: (chunk) => void chunks.push(chunk) }), fast);
    expect(Buffer.concat(chunks).toString()).toBe(ARCHIVE);
  });
});
