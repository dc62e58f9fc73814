import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startServer, type TestServer } from "../runtime/support/server.js";
import { GENERATED_V31, generatedD360Client, PROJECT } from "./support.js";

let sdk: any;
let server: TestServer;

beforeAll(async () => {
  sdk = await generatedD360Client();
  server = await startServer((request, response) => {
    sendJson(response, 200, { data: { method: request.method, url: request.url }, success: true, request_id: "r1", errors: [], warnings: [] });
  });
});
afterAll(() => server.close());

describe("resources generated from the Document360 v3.1 description", () => {
  it("reaches every one of the 116 operations as a resource method, each listed in api.md", async () => {
    const client = sdk.createClient({ baseUrl: server.url, token: "t" });
    const api = await readFile(path.join(GENERATED_V31, "api.md"), "utf8");
    const listed = [...api.matchAll(/^- `client\.(\w+)\.(\w+)\(.*?\)` → .*\n  `(\w+) ([^`]+)`/gm)];
    expect(listed).toHaveLength(116);
    const routes = new Set(listed.map((match) => `${match[3]} ${match[4]}`));
    expect(routes.size).toBe(116);
    for (const [, resource, method] of listed) expect(typeof client[resource!][method!]).toBe("function");
  });

  it("has readable names where the operationIds stutter", async () => {
    const client = sdk.createClient({ baseUrl: server.url, token: "t" });
    for (const name of ["get", "update", "bulkDelete", "listVersions", "create", "publish"]) {
      expect(typeof client.articles[name]).toBe("function");
    }
    expect(typeof client.workspaces.get).toBe("function");
    expect(typeof client.projects.getExportStatus).toBe("function");
  });

  it("takes path parameters by name, whatever order the spec declares them in, and sends the token", async () => {
    const client = sdk.createClient({ baseUrl: server.url, token: "secret-token" });
    const result = await client.articles.getVersion({ version_number: 3, article_id: "a-1", project_id: PROJECT });
    expect(result.data).toEqual({ method: "GET", url: `/v3/projects/${PROJECT}/articles/a-1/versions/3` });
    expect(server.requests.at(-1)!.headers.authorization).toBe("Bearer secret-token");
  });

  it("a project-scoped client fills project_id and keeps query parameters and bodies", async () => {
    const client = sdk.createClient({ baseUrl: server.url, token: "t" });
    const project = client.project(PROJECT);
    const result = await project.articles.get({ article_id: "a 1/..", lang_code: "fr" });
    expect(result.data.url).toBe(`/v3/projects/${PROJECT}/articles/a%201%2F..?lang_code=fr`);
    await project.projects.createExport({ body: { format: "pdf", workspace_id: "w1" } });
    const sent = server.requests.at(-1)!;
    expect(sent.url).toBe(`/v3/projects/${PROJECT}/exports`);
    expect(JSON.parse(sent.body.toString())).toEqual({ format: "pdf", workspace_id: "w1" });
    await client.project("other").projects.get();
    expect(server.requests.at(-1)!.url).toBe("/v3/projects/other");
  });

  it("keeps the raw typed openapi-fetch call and the raw Response as escape hatches", async () => {
    const client = sdk.createClient({ baseUrl: server.url, token: "t" });
    const { data, response } = await client.raw.GET("/v3/projects/{project_id}", { params: { path: { project_id: PROJECT } } });
    expect(response.status).toBe(200);
    expect(data.data.url).toBe(`/v3/projects/${PROJECT}`);
    const operation = await sdk.getProject(client, { path: { project_id: PROJECT } });
    expect(operation.data.url).toBe(`/v3/projects/${PROJECT}`);
  });

  it("uploads a file as multipart from a Blob, bytes or a stream", async () => {
    const client = sdk.createClient({ baseUrl: server.url, token: "t" });
    const sources = [
      new Blob(["hello from a blob"], { type: "text/plain" }),
      new TextEncoder().encode("hello from bytes"),
      new Blob(["hello from a stream"]).stream(),
    ];
    for (const file of sources) {
      await client.drive.uploadFile({ project_id: PROJECT, folder_id: "f1", file, file_name: "notes.txt", content_type: "text/plain" });
      const sent = server.requests.at(-1)!;
      expect(sent.url).toBe(`/v3/projects/${PROJECT}/drive/folders/f1/files`);
      expect(sent.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
      const form = await new Response(new Uint8Array(sent.body), { headers: { "content-type": sent.headers["content-type"]! } }).formData();
      const uploaded = form.get("file") as File;
      expect(uploaded.name).toBe("notes.txt");
      expect(await uploaded.text()).toMatch(/^hello from /);
    }
  });
});
