import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startServer, type TestServer } from "../runtime/support/server.js";
import { GENERATED_V31, generatedD360Client, PROJECT } from "./support.js";

const PAGES = 3;
let sdk: any;
let server: TestServer;

/** Serves three pages of two items to any list call, by cursor or by page number. */
beforeAll(async () => {
  sdk = await generatedD360Client();
  server = await startServer((request, response) => {
    const url = new URL(request.url, "http://x");
    const cursor = url.searchParams.get("cursor");
    const page = cursor ? Number(cursor.replace("c", "")) : Number(url.searchParams.get("page") ?? "1");
    sendJson(response, 200, {
      data: [{ id: `${page}a` }, { id: `${page}b` }],
      pagination: { page: cursor ? 0 : page, page_size: 2, has_more: page < PAGES, next_cursor: url.searchParams.has("page") ? null : `c${page + 1}` },
      success: true,
      request_id: "r",
    });
  });
});
afterAll(() => server.close());

describe("pagination", () => {
  it("iterates every item of every page with for await, following next_cursor", async () => {
    const client = sdk.createClient({ baseUrl: server.url, token: "t" });
    const ids: string[] = [];
    for await (const article of client.project(PROJECT).workspaces.listArticles({ workspace_id: "w" })) ids.push(article.id);
    expect(ids).toEqual(["1a", "1b", "2a", "2b", "3a", "3b"]);
    const urls = server.requests.slice(-3).map((request) => request.url);
    expect(urls[1]).toContain("cursor=c2");
    expect(urls[2]).toContain("cursor=c3");
  });

  it("counts page numbers up when the operation pages by number", async () => {
    const client = sdk.createClient({ baseUrl: server.url, token: "t" });
    const pages: number[] = [];
    for await (const page of client.searchAnalytics.listKeywords({ project_id: PROJECT }).pages()) pages.push(page.pagination.page);
    expect(pages).toEqual([1, 2, 3]);
  });

  it("is awaitable for the first page alone, and an early break fetches no more pages", async () => {
    const client = sdk.createClient({ baseUrl: server.url, token: "t" });
    const before = server.requests.length;
    const first = await client.projects.list();
    expect(first.data.map((item: { id: string }) => item.id)).toEqual(["1a", "1b"]);
    for await (const item of client.projects.list()) {
      expect(item.id).toBe("1a");
      break;
    }
    expect(server.requests.length - before).toBe(2);
  });

  it("stops between pages when aborted", async () => {
    const client = sdk.createClient({ baseUrl: server.url, token: "t" });
    const controller = new AbortController();
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const item of client.projects.list({}, { signal: controller.signal })) {
          seen.push(item.id);
          if (seen.length === 2) controller.abort();
        }
      })(),
    ).rejects.toBeInstanceOf(sdk.RequestAbortedError);
    expect(seen).toEqual(["1a", "1b"]);
  });

  it("makes all 22 paginated operations of v3.1 iterable, detected from the response shape", async () => {
    const api = await readFile(path.join(GENERATED_V31, "api.md"), "utf8");
    const paginated = [...api.matchAll(/^- `client\.(\w+)\.(\w+)\(\{ (.*?) \}\)` → pages of /gm)];
    expect(paginated).toHaveLength(22);
    const client = sdk.createClient({ baseUrl: server.url, token: "t" });
    for (const [, resource, method, parameters] of paginated) {
      const required = Object.fromEntries(
        parameters!
          .split(", ")
          .filter((name) => name && !name.endsWith("?") && name !== "project_id")
          .map((name) => [name, "x"]),
      );
      let count = 0;
      for await (const item of client.project(PROJECT)[resource!][method!](required)) count += item ? 1 : 0;
      expect(count, `${resource}.${method}`).toBe(PAGES * 2);
    }
  });
});
