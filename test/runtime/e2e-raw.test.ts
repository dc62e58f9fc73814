import { afterEach, describe, expect, test } from "vitest";
import { ApiClient, ConnectionError, InvalidRequestError, RequestAbortedError } from "../../templates/runtime/index.js";
import { fakeClock } from "./support/clock.js";
import { TOKEN, getProject } from "./support/client.js";
import type { paths } from "./support/paths.js";
import { sendJson, startServer, type Handler, type TestServer } from "./support/server.js";

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function typedClient(handler: Handler, maxRetries = 2) {
  const server = await startServer(handler);
  servers.push(server);
  const clock = fakeClock();
  const client = new ApiClient<paths>({ baseUrl: server.url, token: TOKEN, now: clock.now, sleep: clock.sleep, random: () => 0.5, maxRetries });
  return { server, clock, client };
}

describe("ApiClient.raw", () => {
  test("makes typed calls with the token and the raw Response", async () => {
    const { server, client } = await typedClient((request, response) => sendJson(response, 200, { id: "p1", name: request.url ?? "" }));
    const { data, error, response } = await client.raw.GET("/v3/projects/{project_id}", {
      params: { path: { project_id: "p1" }, query: { include: "stats" } },
    });
    expect(error).toBeUndefined();
    expect(data).toEqual({ id: "p1", name: "/v3/projects/p1?include=stats" });
    expect(response.status).toBe(200);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  test("goes through the same retry and Retry-After handling", async () => {
    const { server, clock, client } = await typedClient((_r, response, index) =>
      index === 0 ? sendJson(response, 429, {}, { "retry-after": "2" }) : sendJson(response, 200, { id: "p1", name: "n" }),
    );
    const { data } = await client.raw.GET("/v3/projects/{project_id}", { params: { path: { project_id: "p1" } } });
    expect(data).toEqual({ id: "p1", name: "n" });
    expect(clock.sleeps).toEqual([2000]);
    expect(server.requests).toHaveLength(2);
  });

  test("returns non-2xx as openapi-fetch's { error, response }", async () => {
    const { client } = await typedClient((_r, response) => sendJson(response, 404, { title: "Not Found", trace_id: "t-1" }));
    const { data, error, response } = await client.raw.GET("/v3/projects/{project_id}", { params: { path: { project_id: "gone" } } });
    expect(data).toBeUndefined();
    expect(error).toEqual({ title: "Not Found", trace_id: "t-1" });
    expect(response.status).toBe(404);
  });

  test("does not repeat a POST after a reset connection, and throws the same ConnectionError", async () => {
    const { server, client } = await typedClient((_r, _response, _i, raw) => raw.socket.destroy());
    await expect(client.raw.POST("/v3/articles", { body: { title: "A" } })).rejects.toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  test("repeats a POST that carries an Idempotency-Key header", async () => {
    const { server, client } = await typedClient((_r, response, index, raw) =>
      index === 0 ? raw.socket.destroy() : sendJson(response, 201, { id: "a1" }),
    );
    const { data } = await client.raw.POST("/v3/articles", { body: { title: "A" }, headers: { "Idempotency-Key": "k-9" } });
    expect(data).toEqual({ id: "a1" });
    expect(server.requests.map((r) => r.body.toString())).toEqual(['{"title":"A"}', '{"title":"A"}']);
  });

  test("refuses dot segments in path parameters", async () => {
    const { server, client } = await typedClient((_r, response) => sendJson(response, 200, {}));
    await expect(client.raw.GET("/v3/projects/{project_id}", { params: { path: { project_id: ".." } } })).rejects.toBeInstanceOf(InvalidRequestError);
    expect(server.requests).toHaveLength(0);
  });

  test("honours an AbortSignal passed in the init", async () => {
    const { client } = await typedClient(() => undefined);
    const controller = new AbortController();
    const pending = client.raw.GET("/v3/projects/{project_id}", { params: { path: { project_id: "p1" } }, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(RequestAbortedError);
  });

  test("streams the body when asked to", async () => {
    const { client } = await typedClient((_r, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"id":"p1",');
      setTimeout(() => response.end('"name":"late"}'), 30);
    });
    const { data } = await client.raw.GET("/v3/projects/{project_id}", { params: { path: { project_id: "p1" } }, parseAs: "stream" });
    expect(await new Response(data).json()).toEqual({ id: "p1", name: "late" });
  });

  test("middleware added with raw.use also sees ApiClient.request calls", async () => {
    const { server, client } = await typedClient((_r, response) => sendJson(response, 200, { id: "p1", name: "n" }));
    const seen: string[] = [];
    client.raw.use({
      onRequest({ request }) {
        seen.push(new URL(request.url).pathname);
        request.headers.set("x-trace", "mw");
        return request;
      },
    });
    await client.request(getProject, { path: { project_id: "p1" } });
    await client.raw.GET("/v3/projects/{project_id}", { params: { path: { project_id: "p2" } } });
    expect(seen).toEqual(["/v3/projects/p1", "/v3/projects/p2"]);
    expect(server.requests.map((r) => r.headers["x-trace"])).toEqual(["mw", "mw"]);
  });
});
