import { describe, expect, expectTypeOf, test } from "vitest";
import {
  ApiClient,
  ApiPromise,
  ApiResponseError,
  AuthenticationError,
  RateLimitError,
  RequestAbortedError,
  RequestTimeoutError,
  TaskTimeoutError,
  UnsuccessfulEnvelopeError,
  createOAuthTokenProvider,
  waitForTask,
  type ClientLogEvent,
  type OperationSpec,
  type TaskEnvelope,
  type TokenRequest,
} from "../../templates/runtime/index.js";
import { fakeClock } from "./support/clock.js";
import { TOKEN, createArticle, getProject, testClient } from "./support/client.js";
import type { paths } from "./support/paths.js";
import { sendJson, serverPerTest } from "./support/server.js";

const serve = serverPerTest();
const project = { path: { project_id: "p1" } };
const INVALID_TOKEN = { "www-authenticate": 'Bearer error="invalid_token", error_description="The access token expired"' };

describe("a 401 invalid_token leads to one refreshed token, never a loop", () => {
  test("a token function is asked once more, with the refused token, and the call is retried once", async () => {
    const server = await serve((request, response) =>
      request.headers.authorization === "Bearer fresh" ? sendJson(response, 200, { ok: true }) : sendJson(response, 401, {}, INVALID_TOKEN),
    );
    const asked: (TokenRequest | undefined)[] = [];
    const events: ClientLogEvent[] = [];
    const { client } = testClient(server, {
      token: (request) => {
        asked.push(request);
        return request?.refresh ? "fresh" : "stale";
      },
      logger: (event) => events.push(event),
    });
    await expect(client.request(getProject, project)).resolves.toEqual({ ok: true });
    expect(asked).toEqual([{ refresh: false }, { refresh: true, rejectedToken: "stale" }]);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer stale", "Bearer fresh"]);
    expect(events.filter((event) => event.type === "token-refresh")).toHaveLength(1);
  });

  test("a refreshed token refused again ends the call with AuthenticationError after two requests, even for a POST", async () => {
    const server = await serve((_r, response) => sendJson(response, 401, {}, INVALID_TOKEN));
    let calls = 0;
    const { client } = testClient(server, { token: () => `token-${++calls}` });
    const error = await client.request(createArticle, { body: { title: "A" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(server.requests).toHaveLength(2);
    expect(calls).toBe(2);
  });

  test("a 401 without invalid_token, or with a fixed token, is not retried", async () => {
    const server = await serve((_r, response) => sendJson(response, 401, {}, { "www-authenticate": 'Bearer error="insufficient_scope"' }));
    const { client } = testClient(server, { token: () => "t" });
    await expect(client.request(getProject, project)).rejects.toBeInstanceOf(AuthenticationError);
    const fixed = testClient(server, { token: "fixed" }).client;
    await expect(fixed.request(getProject, project)).rejects.toBeInstanceOf(AuthenticationError);
    expect(server.requests).toHaveLength(2);
  });

  test("the OAuth helper refreshes with its refresh token once, however many calls were refused", async () => {
    const identity = await serve((request, response) => {
      const refreshToken = new URLSearchParams(request.body.toString()).get("refresh_token");
      sendJson(response, 200, { access_token: `at-from-${refreshToken}`, token_type: "bearer", expires_in: 3600, refresh_token: "rt-2" });
    });
    const api = await serve((request, response) =>
      request.headers.authorization === "Bearer at-from-rt-1" ? sendJson(response, 200, { ok: true }) : sendJson(response, 401, {}, INVALID_TOKEN),
    );
    const config = {
      authorizationUrl: `${identity.url}/connect/authorize`,
      tokenUrl: `${identity.url}/connect/token`,
      clientId: "cli",
      redirectUri: "http://127.0.0.1:8765/callback",
      allowInsecureHttp: true,
    };
    const token = createOAuthTokenProvider(config, { accessToken: "at-1", refreshToken: "rt-1", tokenType: "bearer", expiresAt: Date.now() + 3_600_000 });
    const client = new ApiClient({ baseUrl: api.url, token });
    await expect(Promise.all([1, 2, 3].map(() => client.request(getProject, project)))).resolves.toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(identity.requests).toHaveLength(1);
  });

  test("the OAuth helper does not loop when the refreshed token is refused too", async () => {
    const identity = await serve((_r, response) => sendJson(response, 200, { access_token: "at-2", token_type: "bearer", expires_in: 3600 }));
    const api = await serve((_r, response) => sendJson(response, 401, {}, INVALID_TOKEN));
    const config = {
      authorizationUrl: `${identity.url}/a`,
      tokenUrl: `${identity.url}/t`,
      clientId: "cli",
      redirectUri: "http://127.0.0.1:8765/callback",
      allowInsecureHttp: true,
    };
    const token = createOAuthTokenProvider(config, { accessToken: "at-1", refreshToken: "rt-1", tokenType: "bearer", expiresAt: Date.now() + 3_600_000 });
    const client = new ApiClient({ baseUrl: api.url, token, maxRetries: 5 });
    await expect(client.request(getProject, project)).rejects.toBeInstanceOf(AuthenticationError);
    expect(api.requests.map((r) => r.headers.authorization)).toEqual(["Bearer at-1", "Bearer at-2"]);
    expect(identity.requests).toHaveLength(1);
  });
});

describe("waits: the whole wait and each attempt have separate budgets", () => {
  const getStatus: OperationSpec = { method: "get", path: "/v3/tasks/t1", response: "json" };

  test("waitTimeoutMs ends a wait whose poll hangs with TaskTimeoutError, carrying the last status", async () => {
    const server = await serve((_r, response, index) => {
      if (index === 0) sendJson(response, 200, { data: { id: "t1", status: "InProgress" } });
    });
    const { client } = testClient(server);
    const started = performance.now();
    const error = await waitForTask((signal) => client.request<TaskEnvelope>(getStatus, {}, signal ? { signal, timeoutMs: 60_000 } : {}), {
      waitTimeoutMs: 300,
      intervalMs: 10,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskTimeoutError);
    expect((error as TaskTimeoutError).status).toEqual({ data: { id: "t1", status: "InProgress" } });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test("timeoutMs on the poll is each attempt's own timeout", async () => {
    const server = await serve(() => undefined);
    const { client } = testClient(server, { maxRetries: 0 });
    const error = await waitForTask((signal) => client.request<TaskEnvelope>(getStatus, {}, signal ? { signal, timeoutMs: 50 } : {}), {
      waitTimeoutMs: 60_000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
  });
});

describe("errors", () => {
  test("use the injected clock for Retry-After dates and reset times", async () => {
    const start = Date.UTC(2031, 5, 1, 12, 0, 0);
    const server = await serve((_r, response) =>
      sendJson(response, 429, {}, { "retry-after": new Date(start + 7_000).toUTCString(), "x-ratelimit-reset": "30", "x-ratelimit-limit": "5" }),
    );
    const clock = fakeClock(start);
    const client = new ApiClient({ baseUrl: server.url, now: clock.now, sleep: clock.sleep, maxRetries: 0, pacing: false });
    const error = (await client.request(getProject, project).catch((e: unknown) => e)) as RateLimitError;
    expect(error.retryAfterMs).toBe(7_000);
    expect(error.resetAt?.getTime()).toBe(start + 30_000);
  });

  test("an abort names the call", async () => {
    const server = await serve(() => undefined);
    const { client } = testClient(server);
    const controller = new AbortController();
    const pending = client.request(getProject, project, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error as Error).message).toBe(`GET ${server.url}/v3/projects/p1 was aborted`);
  });

  test("an unsuccessful envelope is an ApiResponseError: one root for 'the API said no'", async () => {
    const server = await serve((_r, response) => sendJson(response, 200, { success: false, errors: [{ message: "nope" }] }));
    const { client } = testClient(server);
    const error = await client.request({ ...getProject, envelope: true }, project).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsuccessfulEnvelopeError);
    expect(error).toBeInstanceOf(ApiResponseError);
  });
});

describe("every call returns a real Promise with withResponse()", () => {
  test("request: instanceof Promise, .catch and .finally, Promise.all, withResponse", async () => {
    const server = await serve((_r, response, index) =>
      index === 0 ? sendJson(response, 200, { id: "p1" }, { "x-request-id": "r-1" }) : sendJson(response, 404, {}),
    );
    const { client } = testClient(server);
    const call = client.request<{ id: string }>(getProject, project);
    expect(call).toBeInstanceOf(Promise);
    expect(call).toBeInstanceOf(ApiPromise);
    const { data, response } = await call.withResponse();
    expect(data).toEqual({ id: "p1" });
    expect(response.headers.get("x-request-id")).toBe("r-1");
    expect(await Promise.all([call])).toEqual([{ id: "p1" }]);
    let finished = false;
    const caught = await client
      .request(getProject, project)
      .finally(() => (finished = true))
      .catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(ApiResponseError);
    expect(finished).toBe(true);
  });

  test("paginate: a Promise of the first page, with withResponse(), iterable over every item", async () => {
    const server = await serve((request, response) => {
      const second = request.url.includes("cursor=c2");
      sendJson(response, 200, { data: [second ? "b" : "a"], pagination: { has_more: !second, next_cursor: second ? null : "c2" } }, { "x-page": second ? "2" : "1" });
    });
    const { client } = testClient(server);
    const list = () =>
      client.paginate<{ data: string[] }, string, { cursor?: string }>({}, "cursor", (params) =>
        client.request({ method: "get", path: "/v3/items", response: "json" }, { query: params }),
      );
    const first = list();
    expect(first).toBeInstanceOf(Promise);
    expectTypeOf(first).toMatchTypeOf<Promise<{ data: string[] }>>();
    expect(server.requests).toHaveLength(0);
    expect((await first.withResponse()).response.headers.get("x-page")).toBe("1");
    expect(await first.catch(() => undefined)).toEqual({ data: ["a"], pagination: { has_more: true, next_cursor: "c2" } });
    const items: string[] = [];
    for await (const item of list()) items.push(item);
    expect(items).toEqual(["a", "b"]);
  });

  test("pagination that meets a cursor it already followed stops, and says so to the logger", async () => {
    const server = await serve((_r, response) => sendJson(response, 200, { data: ["x"], pagination: { has_more: true, next_cursor: "same" } }));
    const events: ClientLogEvent[] = [];
    const { client } = testClient(server, { logger: (event) => events.push(event) });
    const items: string[] = [];
    const list = client.paginate<{ data: string[] }, string, { cursor?: string }>({}, "cursor", (params) =>
      client.request({ method: "get", path: "/v3/items", response: "json" }, { query: params }),
    );
    for await (const item of list) items.push(item);
    expect(items).toEqual(["x", "x"]);
    expect(events.filter((event) => event.type === "pagination-stopped")).toEqual([{ type: "pagination-stopped", reason: "repeated-cursor", pages: 2 }]);
  });
});

describe("client.raw takes timeoutMs, maxRetries and idempotencyKey per call", () => {
  async function rawClient(handler: Parameters<typeof serve>[0]) {
    const server = await serve(handler);
    const clock = fakeClock();
    const client = new ApiClient<paths>({ baseUrl: server.url, token: TOKEN, now: clock.now, sleep: clock.sleep, random: () => 0.5 });
    return { server, client };
  }

  test("timeoutMs", async () => {
    const { client } = await rawClient(() => undefined);
    const started = performance.now();
    await expect(client.raw.GET("/v3/projects/{project_id}", { params: { path: { project_id: "p1" } }, timeoutMs: 50, maxRetries: 0 })).rejects.toBeInstanceOf(
      RequestTimeoutError,
    );
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test("maxRetries", async () => {
    const { server, client } = await rawClient((_r, response) => sendJson(response, 503, {}));
    const { response } = await client.raw.GET("/v3/projects/{project_id}", { params: { path: { project_id: "p1" } }, maxRetries: 0 });
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  test("idempotencyKey is sent and makes a POST retryable", async () => {
    const { server, client } = await rawClient((_r, response, index, raw) => (index === 0 ? raw.socket.destroy() : sendJson(response, 201, { id: "a1" })));
    const { data } = await client.raw.POST("/v3/articles", { body: { title: "A" }, idempotencyKey: "key-7" });
    expect(data).toEqual({ id: "a1" });
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual(["key-7", "key-7"]);
  });
});
