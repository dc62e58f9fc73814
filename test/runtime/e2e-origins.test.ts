import { describe, expect, test } from "vitest";
import { InternalServerError, InvalidRequestError, NotFoundError, RedirectError, type ClientLogEvent } from "../../templates/runtime/index.js";
import { TOKEN, createArticle, getProject, testClient } from "./support/client.js";
import { type Handler, type TestServer, sendJson, serverPerTest } from "./support/server.js";

const serve = serverPerTest();

function redirect(response: Parameters<Handler>[1], status: number, location: string): void {
  response.writeHead(status, { location });
  response.end();
}

/** A second loopback server: another port is another origin. */
async function storageHost(): Promise<TestServer> {
  return serve((request, response) => sendJson(response, 200, { host: "storage", url: request.url }));
}

const project = { path: { project_id: "p1" } };
const defaultHeaders = { "x-api-key": "key-should-stay-home", "accept-language": "en" };

describe("redirects", () => {
  test("a same-origin redirect keeps the token", async () => {
    const api = await serve((request, response) => {
      if (request.url === "/v3/projects/p1") return redirect(response, 302, "/v3/projects/p1-renamed");
      sendJson(response, 200, { url: request.url });
    });
    const { client } = testClient(api);
    await expect(client.request(getProject, project)).resolves.toEqual({ url: "/v3/projects/p1-renamed" });
    expect(api.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
  });

  test("a cross-origin redirect is followed without the token or credential headers", async () => {
    const storage = await storageHost();
    const api = await serve((_r, response) => redirect(response, 307, `${storage.url}/blob/1?sig=abc`));
    const events: ClientLogEvent[] = [];
    const { client } = testClient(api, { headers: defaultHeaders, logger: (event) => events.push(event) });
    await expect(client.request(getProject, project, { headers: { cookie: "session=1" } })).resolves.toEqual({ host: "storage", url: "/blob/1?sig=abc" });
    expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const [seen] = storage.requests;
    expect(seen?.headers.authorization).toBeUndefined();
    expect(seen?.headers.cookie).toBeUndefined();
    expect(seen?.headers["x-api-key"]).toBeUndefined();
    expect(seen?.headers["accept-language"]).toBe("en");
    expect(events.find((e) => e.type === "redirect")).toMatchObject({ status: 307, credentialsSent: true });
  });

  test("once a chain has left the origin, the token is not re-attached on the way back", async () => {
    const storage = await serve((_r, response) => redirect(response, 302, `${api.url}/v3/landing`));
    const api: TestServer = await serve((request, response) => {
      if (request.url === "/v3/projects/p1") return redirect(response, 302, `${storage.url}/hop`);
      sendJson(response, 200, { landed: true });
    });
    const { client } = testClient(api);
    await expect(client.request(getProject, project)).resolves.toEqual({ landed: true });
    expect(api.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${TOKEN}`, undefined]);
    expect(storage.requests[0]?.headers.authorization).toBeUndefined();
  });

  test("a redirect to a non-HTTP scheme is refused", async () => {
    const api = await serve((_r, response) => redirect(response, 302, "ftp://example.com/file"));
    const { client } = testClient(api);
    await expect(client.request(getProject, project)).rejects.toBeInstanceOf(RedirectError);
  });

  test("redirect loops are bounded", async () => {
    const api = await serve((_r, response) => redirect(response, 302, "/again"));
    const { client } = testClient(api, { maxRedirects: 3 });
    await expect(client.request(getProject, project)).rejects.toThrow("/v3/projects/p1 stopped after 3 redirects");
    expect(api.requests).toHaveLength(4);
  });

  test("303 after a POST continues as a GET without the body", async () => {
    const api = await serve((request, response) => {
      if (request.method === "POST") return redirect(response, 303, "/v3/articles/a1");
      sendJson(response, 200, { method: request.method, length: request.body.length, type: request.headers["content-type"] ?? null });
    });
    const { client } = testClient(api);
    await expect(client.request(createArticle, { body: { title: "A" } })).resolves.toEqual({ method: "GET", length: 0, type: null });
  });

  test("307 repeats the method and body", async () => {
    const api = await serve((request, response) => {
      if (request.url === "/v3/articles") return redirect(response, 307, "/v3/articles-v2");
      sendJson(response, 200, { method: request.method, body: request.body.toString() });
    });
    const { client } = testClient(api);
    await expect(client.request(createArticle, { body: { title: "A" } })).resolves.toEqual({ method: "POST", body: '{"title":"A"}' });
  });
});

describe("download", () => {
  test("never sends the token or default headers, even to the API's own origin", async () => {
    const api = await serve((request, response) => {
      response.writeHead(200, { "content-type": "application/pdf" });
      response.end(`file at ${request.url}`);
    });
    const { client } = testClient(api, { headers: defaultHeaders });
    const response = await client.download(`${api.url}/exports/e1.pdf?X-Amz-Signature=sig`, { headers: { range: "bytes=0-" } });
    expect(await response.text()).toBe("file at /exports/e1.pdf?X-Amz-Signature=sig");
    const [seen] = api.requests;
    expect(seen?.headers.authorization).toBeUndefined();
    expect(seen?.headers["x-api-key"]).toBeUndefined();
    expect(seen?.headers.range).toBe("bytes=0-");
  });

  test("follows redirects to other hosts, retries transient failures, and throws typed errors", async () => {
    const storage = await serve((_r, response, index) => {
      if (index === 0) return sendJson(response, 503, {});
      if (index === 1) return redirect(response, 302, `${other.url}/final`);
      sendJson(response, 404, { title: "Not Found", detail: "Export expired." });
    });
    const other = await storageHost();
    const { client } = testClient(storage);
    const first = await client.download(`${storage.url}/a`);
    expect(await first.json()).toEqual({ host: "storage", url: "/final" });
    await expect(client.download(`${storage.url}/b`)).rejects.toBeInstanceOf(NotFoundError);
    expect(storage.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
  });

  test("refuses relative and non-HTTP URLs", async () => {
    const api = await storageHost();
    const { client } = testClient(api);
    await expect(client.download("/relative")).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(client.download("file:///etc/passwd")).rejects.toBeInstanceOf(InvalidRequestError);
  });

  test("a server error on download is an InternalServerError", async () => {
    const api = await serve((_r, response) => sendJson(response, 500, {}));
    const { client } = testClient(api, { maxRetries: 0 });
    await expect(client.download(`${api.url}/x`)).rejects.toBeInstanceOf(InternalServerError);
  });
});
