import { describe, expect, test } from "vitest";
import {
  ApiClient,
  ConnectionError,
  InternalServerError,
  RateLimitError,
  RequestAbortedError,
  RequestTimeoutError,
  type ClientLogEvent,
} from "../../templates/runtime/index.js";
import { fakeClock } from "./support/clock.js";
import { TOKEN, createArticle, getProject, testClient } from "./support/client.js";
import { type Handler, sendJson, sendText, serverPerTest } from "./support/server.js";

const serve = serverPerTest();

/** Fails the first `failures` requests with `fail`, then answers 200 with the request's echo. */
function failThenSucceed(failures: number, fail: Handler): Handler {
  return (request, response, index, raw) => {
    if (index < failures) return fail(request, response, index, raw);
    sendJson(response, 200, { ok: true, attempt: index + 1 });
  };
}

const project = { path: { project_id: "p1" } };

describe("429 and 503 with Retry-After", () => {
  test.each([
    ["delta-seconds", { "retry-after": "2" }, 2000],
    ["retry-after-ms", { "retry-after-ms": "150" }, 150],
    ["zero", { "retry-after": "0" }, 0],
  ])("waits for %s", async (_, headers, expectedWait) => {
    const server = await serve(failThenSucceed(1, (_r, response) => sendJson(response, 429, { title: "Too Many Requests" }, headers)));
    const { client, clock } = testClient(server);
    await expect(client.request(getProject, project)).resolves.toEqual({ ok: true, attempt: 2 });
    expect(clock.sleeps).toEqual([expectedWait]);
  });

  test("waits until an HTTP-date", async () => {
    const start = Math.floor(Date.now() / 1000) * 1000;
    const server = await serve(failThenSucceed(1, (_r, response) => sendJson(response, 429, {}, { "retry-after": new Date(start + 3000).toUTCString() })));
    const clock = fakeClock(start);
    const client = new ApiClient({ baseUrl: server.url, now: clock.now, sleep: clock.sleep });
    await client.request(getProject, project);
    expect(clock.sleeps).toEqual([3000]);
  });

  test("falls back to jittered backoff when Retry-After is garbage", async () => {
    const server = await serve(failThenSucceed(2, (_r, response) => sendJson(response, 429, {}, { "retry-after": "soon" })));
    const { client, clock } = testClient(server);
    await client.request(getProject, project);
    // random() = 0.5 → half of 500 ms, then half of 1000 ms.
    expect(clock.sleeps).toEqual([250, 500]);
  });

  test("retries 503 on GET", async () => {
    const server = await serve(failThenSucceed(1, (_r, response) => sendText(response, 503, "busy", { "retry-after": "1" })));
    const { client, clock } = testClient(server);
    await expect(client.request(getProject, project)).resolves.toMatchObject({ ok: true });
    expect(clock.sleeps).toEqual([1000]);
  });

  test("does not wait out a Retry-After beyond the ceiling: throws it instead", async () => {
    const server = await serve((_r, response) => sendJson(response, 429, { title: "Too Many Requests", detail: "Daily quota used" }, { "retry-after": "3600" }));
    const { client, clock } = testClient(server, { maxRetryAfterMs: 60_000 });
    const error = (await client.request(getProject, project).catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(error.message).toBe(`GET ${server.url}/v3/projects/p1 answered 429 Too Many Requests: Daily quota used`);
    expect(server.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  test("gives up after maxRetries and reports the last 429", async () => {
    const server = await serve((_r, response) => sendJson(response, 429, {}, { "retry-after": "1" }));
    const { client } = testClient(server, { maxRetries: 2 });
    await expect(client.request(getProject, project)).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(3);
  });

  test("stops when the next wait would exceed maxTotalWaitMs", async () => {
    const server = await serve((_r, response) => sendJson(response, 503, {}, { "retry-after": "5" }));
    const { client, clock } = testClient(server, { maxRetries: 5, maxTotalWaitMs: 8000 });
    await expect(client.request(getProject, project)).rejects.toBeInstanceOf(InternalServerError);
    expect(clock.sleeps).toEqual([5000]);
    expect(server.requests).toHaveLength(2);
  });

  test("a per-call maxRetries overrides the client's", async () => {
    const server = await serve((_r, response) => sendJson(response, 429, {}, { "retry-after": "0" }));
    const { client } = testClient(server, { maxRetries: 5 });
    await expect(client.request(getProject, project, { maxRetries: 0 })).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("server and connection failures", () => {
  test("an HTML 502 from a proxy is retried on GET, then thrown with its text kept", async () => {
    const html = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";
    const server = await serve((_r, response) => {
      response.writeHead(502, { "content-type": "text/html" });
      response.end(html);
    });
    const { client, clock } = testClient(server);
    const error = (await client.request(getProject, project).catch((e: unknown) => e)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.rawBody).toBe(html);
    expect(error.message).toBe(`GET ${server.url}/v3/projects/p1 answered 502 Bad Gateway: 502 Bad Gateway 502 Bad Gateway`);
    expect(server.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([250, 500]);
  });

  test("a reset connection is retried on GET", async () => {
    const server = await serve(failThenSucceed(1, (_r, _response, _i, raw) => raw.socket.destroy()));
    const { client } = testClient(server);
    await expect(client.request(getProject, project)).resolves.toEqual({ ok: true, attempt: 2 });
  });

  test("a reset connection that persists becomes a ConnectionError", async () => {
    const server = await serve((_r, _response, _i, raw) => raw.socket.destroy());
    const { client } = testClient(server, { maxRetries: 1 });
    const error = (await client.request(getProject, project).catch((e: unknown) => e)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain(`GET ${server.url}/v3/projects/p1 failed`);
    expect(server.requests).toHaveLength(2);
  });

  test("POST is not repeated after a 500", async () => {
    const server = await serve((_r, response) => sendJson(response, 500, { title: "Internal Server Error" }));
    const { client } = testClient(server);
    await expect(client.request(createArticle, { body: { title: "A" } })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  test("POST is not repeated after a reset connection", async () => {
    const server = await serve((_r, _response, _i, raw) => raw.socket.destroy());
    const { client } = testClient(server);
    await expect(client.request(createArticle, { body: { title: "A" } })).rejects.toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  test("POST with an idempotency key is retried after a reset and a 500, with the same key and body", async () => {
    const server = await serve((_r, response, index, raw) => {
      if (index === 0) return raw.socket.destroy();
      if (index === 1) return sendJson(response, 500, {});
      sendJson(response, 201, { id: "a1" });
    });
    const { client } = testClient(server);
    await expect(client.request(createArticle, { body: { title: "A" } }, { idempotencyKey: "key-1" })).resolves.toEqual({ id: "a1" });
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual(["key-1", "key-1", "key-1"]);
    expect(server.requests.map((r) => r.body.toString())).toEqual(Array(3).fill('{"title":"A"}'));
  });

  test("POST is retried after a 429, since the server did not act", async () => {
    const server = await serve(failThenSucceed(1, (_r, response) => sendJson(response, 429, {}, { "retry-after": "0" })));
    const { client } = testClient(server);
    await expect(client.request(createArticle, { body: { title: "A" } })).resolves.toMatchObject({ ok: true });
    expect(server.requests).toHaveLength(2);
  });
});

describe("bodies are re-sent intact", () => {
  test("multipart with a file", async () => {
    const server = await serve(failThenSucceed(1, (_r, response) => sendJson(response, 503, {})));
    const { client } = testClient(server);
    const upload = { method: "put", path: "/v3/files/{file_id}", requestMediaType: "multipart/form-data", response: "json" } as const;
    const file = new File([new Uint8Array([0, 1, 2, 250, 251])], "data.bin", { type: "application/octet-stream" });
    await client.request(upload, { path: { file_id: "f1" }, body: { file, title: "Quarterly" } });
    const [first, second] = server.requests;
    expect(first?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(second?.headers["content-type"]).toBe(first?.headers["content-type"]);
    expect(second?.body.equals(first?.body ?? Buffer.alloc(0))).toBe(true);
    expect(first?.body.includes(Buffer.from([0, 1, 2, 250, 251]))).toBe(true);
    expect(first?.body.toString("latin1")).toContain('name="title"');
  });

  test("a stream with an idempotency key", async () => {
    const server = await serve(failThenSucceed(1, (_r, _response, _i, raw) => raw.socket.destroy()));
    const { client } = testClient(server);
    const upload = { method: "post", path: "/v3/files", requestMediaType: "application/octet-stream", response: "json" } as const;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("chunk-1;"));
        controller.enqueue(new TextEncoder().encode("chunk-2"));
        controller.close();
      },
    });
    await client.request(upload, { body: stream }, { idempotencyKey: "up-1" });
    expect(server.requests.map((r) => r.body.toString())).toEqual(["chunk-1;chunk-2", "chunk-1;chunk-2"]);
    expect(server.requests[1]?.headers["content-type"]).toBe("application/octet-stream");
  });
});

describe("timeouts and cancellation (real time)", () => {
  test("a response that stalls past the timeout is retried on GET", async () => {
    const server = await serve((_r, response, index) => {
      if (index === 0) return;
      sendJson(response, 200, { ok: true });
    });
    const { client } = testClient(server, { timeoutMs: 100 });
    const started = performance.now();
    await expect(client.request(getProject, project)).resolves.toEqual({ ok: true });
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
    expect(server.requests).toHaveLength(2);
  });

  test("a body that stalls midway counts against the timeout too", async () => {
    const server = await serve((_r, response, index) => {
      response.writeHead(200, { "content-type": "application/json" });
      if (index === 0) return void response.write('{"ok":');
      response.end('{"ok":true}');
    });
    const { client } = testClient(server, { timeoutMs: 100 });
    await expect(client.request(getProject, project)).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  test("a POST that times out is not repeated", async () => {
    const server = await serve(() => undefined);
    const { client } = testClient(server, { timeoutMs: 50 });
    const error = (await client.request(createArticle, { body: {} }).catch((e: unknown) => e)) as RequestTimeoutError;
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toBe(`POST ${server.url}/v3/articles timed out after 50 ms`);
    expect(server.requests).toHaveLength(1);
  });

  test("a per-call timeout overrides the client's", async () => {
    const server = await serve(() => undefined);
    const { client } = testClient(server, { timeoutMs: 60_000, maxRetries: 0 });
    await expect(client.request(getProject, project, { timeoutMs: 30 })).rejects.toBeInstanceOf(RequestTimeoutError);
  });

  test("aborting during a backoff ends the call at once", async () => {
    const server = await serve((_r, response) => sendJson(response, 503, {}, { "retry-after": "30" }));
    const client = new ApiClient({ baseUrl: server.url });
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(new Error("user navigated away")), 50);
    const error = (await client.request(getProject, project, { signal: controller.signal }).catch((e: unknown) => e)) as RequestAbortedError;
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error.cause as Error).message).toBe("user navigated away");
    expect(performance.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });

  test("aborting while the response is awaited", async () => {
    const controller = new AbortController();
    // Aborted once the server holds the request, however long a loaded machine takes to get it there.
    const server = await serve(() => controller.abort());
    const { client } = testClient(server);
    const pending = client.request(getProject, project, { signal: controller.signal });
    await expect(pending).rejects.toBeInstanceOf(RequestAbortedError);
    expect(server.requests).toHaveLength(1);
  });

  test("an already aborted signal sends nothing", async () => {
    const server = await serve((_r, response) => sendJson(response, 200, {}));
    const { client } = testClient(server);
    await expect(client.request(getProject, project, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(RequestAbortedError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("tokens and logging", () => {
  test("a token provider is asked before every attempt, so a refreshed token is used on retry", async () => {
    const server = await serve(failThenSucceed(1, (_r, response) => sendJson(response, 503, {})));
    let calls = 0;
    const { client } = testClient(server, { token: async () => `token-${++calls}` });
    await client.request(getProject, project);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  test("the logger sees requests, responses and retries, never the token or credential query values", async () => {
    const server = await serve(failThenSucceed(1, (_r, response) => sendJson(response, 429, {}, { "retry-after": "1" })));
    const events: ClientLogEvent[] = [];
    const { client } = testClient(server, { logger: (event) => events.push(event) });
    await client.request({ ...getProject, path: "/v3/projects/{project_id}" }, { path: { project_id: "p1" }, query: { access_token: "qs-secret-value" } });
    expect(events.map((e) => e.type)).toEqual(["request", "response", "retry", "request", "response"]);
    expect(events[2]).toMatchObject({ type: "retry", attempt: 1, delayMs: 1000, reason: "status 429" });
    const logged = JSON.stringify(events);
    expect(logged).not.toContain(TOKEN);
    expect(logged).not.toContain("qs-secret-value");
    expect(server.requests[0]?.url).toContain("access_token=qs-secret-value");
  });

  test("a throwing logger does not break requests", async () => {
    const server = await serve((_r, response) => sendJson(response, 200, { ok: true }));
    const { client } = testClient(server, {
      logger: () => {
        throw new Error("logger down");
      },
    });
    await expect(client.request(getProject, project)).resolves.toEqual({ ok: true });
  });
});
