import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import {
  ApiResponseError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidRequestError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  UnsuccessfulEnvelopeError,
  type OperationSpec,
} from "../../templates/runtime/index.js";
import { TOKEN, getProject, testClient } from "./support/client.js";
import { type Handler, sendJson, serverPerTest } from "./support/server.js";

const serve = serverPerTest();

const project = { path: { project_id: "p1" } };

function sendProblem(status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Handler {
  return (_r, response) => {
    response.writeHead(status, { "content-type": "application/problem+json", ...headers });
    response.end(
      JSON.stringify({
        type: `https://apihub.example/problems/${status}`,
        title: `Title ${status}`,
        status,
        detail: `Detail for ${status}.`,
        instance: "/v3/projects/p1",
        trace_id: `trace-${status}`,
        errors: [{ code: `E${status}`, message: `Message ${status}`, field: "name", details: { status } }],
        warnings: [{ code: "W1", message: "A warning" }],
        ...extra,
      }),
    );
  };
}

describe("problem+json for each status", () => {
  test.each([
    [400, BadRequestError, "Bad Request"],
    [401, AuthenticationError, "Unauthorized"],
    [403, PermissionDeniedError, "Forbidden"],
    [404, NotFoundError, "Not Found"],
    [409, ConflictError, "Conflict"],
    [422, UnprocessableEntityError, "Unprocessable Entity"],
    [429, RateLimitError, "Too Many Requests"],
    [500, InternalServerError, "Internal Server Error"],
  ])("%i becomes %o with every problem member", async (status, errorClass, reason) => {
    const server = await serve(sendProblem(status));
    const { client } = testClient(server, { maxRetries: 0 });
    const error = (await client.request(getProject, project).catch((e: unknown) => e)) as ApiResponseError;
    expect(error).toBeInstanceOf(errorClass);
    expect(error.status).toBe(status);
    expect(error.message).toBe(
      `GET ${server.url}/v3/projects/p1 answered ${status} ${reason}: Detail for ${status}. [name: Message ${status}] (trace trace-${status})`,
    );
    expect(error.problem).toMatchObject({
      type: `https://apihub.example/problems/${status}`,
      title: `Title ${status}`,
      detail: `Detail for ${status}.`,
      instance: "/v3/projects/p1",
      trace_id: `trace-${status}`,
    });
    expect(error.errors).toEqual([{ code: `E${status}`, message: `Message ${status}`, field: "name", details: { status } }]);
    expect(error.warnings).toEqual([{ code: "W1", message: "A warning" }]);
    expect(error.requestId).toBe(`trace-${status}`);
    expect(error.method).toBe("GET");
    expect(error.url).toBe(`${server.url}/v3/projects/p1`);
    expect(error.headers.get("content-type")).toBe("application/problem+json");
  });

  test("401 exposes the WWW-Authenticate challenge", async () => {
    const server = await serve(sendProblem(401, {}, { "www-authenticate": 'Bearer error="invalid_token", error_description="expired"' }));
    const { client } = testClient(server);
    const error = (await client.request(getProject, project).catch((e: unknown) => e)) as AuthenticationError;
    expect(error.challenge).toMatchObject({ scheme: "Bearer", error: "invalid_token", error_description: "expired" });
  });

  test("422 exposes field errors", async () => {
    const server = await serve(sendProblem(422, { errors: [{ field: "slug", message: "is taken" }] }));
    const { client } = testClient(server);
    const error = (await client.request(getProject, project).catch((e: unknown) => e)) as UnprocessableEntityError;
    expect(error.fieldErrors).toEqual({ slug: ["is taken"] });
  });

  test("429 exposes the rate-limit headers", async () => {
    const reset = Math.floor(Date.now() / 1000) + 7200;
    const server = await serve(
      sendProblem(429, {}, { "retry-after": "7200", "x-ratelimit-limit": "100", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) }),
    );
    const { client } = testClient(server);
    const error = (await client.request(getProject, project).catch((e: unknown) => e)) as RateLimitError;
    expect(error).toMatchObject({ limit: 100, remaining: 0, retryAfterMs: 7_200_000 });
    expect(error.resetAt?.getTime()).toBe(reset * 1000);
  });
});

describe("error bodies that are not problem+json", () => {
  const cases: [string, Handler, number, typeof ApiResponseError, string][] = [
    [
      "plain text",
      (_r, response) => {
        response.writeHead(500, { "content-type": "text/plain" });
        response.end("upstream exploded");
      },
      500,
      InternalServerError,
      "500 Internal Server Error: upstream exploded",
    ],
    [
      "truncated JSON",
      (_r, response) => {
        response.writeHead(404, { "content-type": "application/problem+json" });
        response.end('{"title":"Not Found","det');
      },
      404,
      NotFoundError,
      '404 Not Found: {"title":"Not Found","det',
    ],
    [
      "an empty body",
      (_r, response) => {
        response.writeHead(403, { "content-type": "application/json" });
        response.end();
      },
      403,
      PermissionDeniedError,
      "403 Forbidden",
    ],
    [
      "JSON with the wrong content type",
      (_r, response) => {
        response.writeHead(409, { "content-type": "text/html" });
        response.end('{"detail":"Version 3 is newer"}');
      },
      409,
      ConflictError,
      "409 Conflict: Version 3 is newer",
    ],
    [
      "HTML labelled as problem+json",
      (_r, response) => {
        response.writeHead(400, { "content-type": "application/problem+json" });
        response.end("<html><body>Bad things</body></html>");
      },
      400,
      BadRequestError,
      "400 Bad Request: Bad things",
    ],
  ];

  test.each(cases)("%s", async (_, handler, status, errorClass, message) => {
    const server = await serve(handler);
    const { client } = testClient(server, { maxRetries: 0 });
    const error = (await client.request(getProject, project).catch((e: unknown) => e)) as ApiResponseError;
    expect(error).toBeInstanceOf(errorClass);
    expect(error.status).toBe(status);
    expect(error.message).toBe(`GET ${server.url}/v3/projects/p1 answered ${message}`);
  });

  test("a huge error body is kept truncated", async () => {
    const server = await serve((_r, response) => {
      response.writeHead(500, { "content-type": "text/plain" });
      response.end("z".repeat(100_000));
    });
    const { client } = testClient(server, { maxRetries: 0 });
    const error = (await client.request(getProject, project).catch((e: unknown) => e)) as ApiResponseError;
    expect(error.rawBody.length).toBeLessThan(8300);
    expect(error.rawBody).toContain("[truncated 91808 characters]");
  });
});

describe("2xx bodies", () => {
  test("malformed JSON becomes InvalidResponseError, never a bare SyntaxError", async () => {
    const server = await serve((_r, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"data": [1, 2');
    });
    const { client } = testClient(server);
    const error = (await client.request(getProject, project).catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error.rawBody).toBe('{"data": [1, 2');
    expect(error.status).toBe(200);
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  test("an empty JSON body and 204 resolve to undefined", async () => {
    const server = await serve((_r, response, index) => {
      response.writeHead(index === 0 ? 200 : 204);
      response.end();
    });
    const { client } = testClient(server);
    await expect(client.request(getProject, project)).resolves.toBeUndefined();
    await expect(client.request({ ...getProject, method: "delete", response: "none" }, project)).resolves.toBeUndefined();
  });

  test("text, blob and stream responses", async () => {
    const server = await serve((_r, response) => {
      response.writeHead(200, { "content-type": "text/markdown" });
      response.end("# Title\n");
    });
    const { client } = testClient(server);
    const text = await client.request<string>({ ...getProject, response: "text" }, project);
    expect(text).toBe("# Title\n");
    const blob = await client.request<Blob>({ ...getProject, response: "blob" }, project);
    expect(await blob.text()).toBe("# Title\n");
    expect(blob.type).toBe("text/markdown");
    const stream = await client.request<ReadableStream<Uint8Array>>({ ...getProject, response: "stream" }, project);
    expect(await new Response(stream).text()).toBe("# Title\n");
  });

  test("requestWithResponse returns the Response next to the data", async () => {
    const server = await serve((_r, response) => sendJson(response, 200, { id: "p1" }, { "x-request-id": "rid-7", etag: '"v3"' }));
    const { client } = testClient(server);
    const { data, response } = await client.requestWithResponse<{ id: string }>(getProject, project);
    expect(data).toEqual({ id: "p1" });
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"v3"');
  });
});

describe("envelopes", () => {
  const bulk: OperationSpec = { method: "post", path: "/v3/articles/bulk", requestMediaType: "application/json", response: "json", envelope: true };

  test("a successful envelope is returned as is", async () => {
    const envelope = { data: [{ id: "a1" }], success: true, request_id: "r1", errors: [], warnings: [] };
    const server = await serve((_r, response) => sendJson(response, 200, envelope));
    const { client } = testClient(server);
    await expect(client.request(bulk, { body: [] })).resolves.toEqual(envelope);
  });

  test("success: false on a 2xx throws with the whole envelope", async () => {
    const envelope = {
      data: [{ id: "a1", status: "created" }, { id: null, status: "failed" }],
      success: false,
      request_id: "req_bulk_1",
      errors: [{ code: "duplicate_slug", message: "Item 2: slug already exists", field: "[1].slug" }],
      warnings: [{ code: "trimmed", message: "Item 1: title trimmed" }],
    };
    const server = await serve((_r, response) => sendJson(response, 200, envelope));
    const { client } = testClient(server);
    const error = (await client.request(bulk, { body: [] }).catch((e: unknown) => e)) as UnsuccessfulEnvelopeError;
    expect(error).toBeInstanceOf(UnsuccessfulEnvelopeError);
    expect(error.data).toEqual(envelope.data);
    expect(error.requestId).toBe("req_bulk_1");
    expect(error.errors).toEqual([{ code: "duplicate_slug", message: "Item 2: slug already exists", field: "[1].slug" }]);
    expect(error.warnings).toEqual([{ code: "trimmed", message: "Item 1: title trimmed" }]);
    expect(error.message).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/v3\/articles\/bulk answered 200 with success: false and 1 error: Item 2: slug already exists \(request req_bulk_1\)$/);
    expect(error).toBeInstanceOf(ApiResponseError);
  });

  test("operations without an envelope are not inspected", async () => {
    const server = await serve((_r, response) => sendJson(response, 200, { success: false }));
    const { client } = testClient(server);
    await expect(client.request(getProject, project)).resolves.toEqual({ success: false });
  });
});

describe("path parameters", () => {
  test.each([".", ".."])("%j is refused before anything is sent", async (value) => {
    const server = await serve((_r, response) => sendJson(response, 200, {}));
    const { client } = testClient(server);
    await expect(client.request(getProject, { path: { project_id: value } })).rejects.toBeInstanceOf(InvalidRequestError);
    expect(server.requests).toHaveLength(0);
  });

  test("slashes and encoded dots arrive as data, not as path structure", async () => {
    const server = await serve((request, response) => sendJson(response, 200, { url: request.url }));
    const { client } = testClient(server);
    const nested = { method: "get", path: "/v3/projects/{project_id}/articles/{article_id}", response: "json" } as const;
    await expect(client.request(nested, { path: { project_id: "../admin", article_id: "%2e%2e" } })).resolves.toEqual({
      url: "/v3/projects/..%2Fadmin/articles/%252e%252e",
    });
  });

  test("query, header and cookie parameters are sent", async () => {
    const server = await serve((request, response) =>
      sendJson(response, 200, { url: request.url, lang: request.headers["accept-language"], cookie: request.headers.cookie }),
    );
    const { client } = testClient(server);
    await expect(
      client.request(getProject, { path: { project_id: "p1" }, query: { ids: ["a", "b"], q: "x y" }, header: { "accept-language": "de" }, cookie: { session: "s 1" } }),
    ).resolves.toEqual({ url: "/v3/projects/p1?ids=a&ids=b&q=x%20y", lang: "de", cookie: "session=s%201" });
  });
});

describe("the token never leaks into errors or serialisations", () => {
  test("not even when the server echoes the Authorization header back", async () => {
    const server = await serve((request, response) =>
      sendJson(response, 401, { title: "Unauthorized", detail: `Rejected credentials: ${request.headers.authorization}` }),
    );
    const { client } = testClient(server);
    const error = (await client.request(getProject, project).catch((e: unknown) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toMatch(/ answered 401 Unauthorized: Rejected credentials: Bearer \[REDACTED\]$/);
    for (const rendering of [error.message, String(error), JSON.stringify(error), error.rawBody, inspect(error, { depth: 10 })]) {
      expect(rendering).not.toContain(TOKEN);
    }
  });

  test("nor in the client's string, JSON or inspected forms", async () => {
    const server = await serve((_r, response) => sendJson(response, 200, {}));
    const { client } = testClient(server);
    for (const rendering of [String(client), JSON.stringify(client), inspect(client, { depth: 10, showHidden: true })]) {
      expect(rendering).not.toContain(TOKEN);
    }
    expect(JSON.parse(JSON.stringify(client))).toEqual({ baseUrl: `${server.url}/` });
  });
});
