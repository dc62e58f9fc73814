import { describe, expect, test } from "vitest";
import {
  ApiResponseError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SdkError,
  UnprocessableEntityError,
  createApiError,
  type ApiResponseErrorInit,
} from "../../templates/runtime/index.js";
import { REDACTED, redactSecret, redactUrl } from "../../templates/runtime/redact.js";

function init(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponseErrorInit {
  return {
    status,
    headers: new Headers(headers),
    bodyText: typeof body === "string" ? body : JSON.stringify(body),
    method: "GET",
    url: "https://api.example.com/v3/projects/p1",
  };
}

describe("createApiError", () => {
  test.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, InternalServerError],
  ])("maps %i to %o", (status, errorClass) => {
    const error = createApiError(init(status, {}));
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toBeInstanceOf(ApiResponseError);
    expect(error).toBeInstanceOf(SdkError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(errorClass.name);
    expect(error.status).toBe(status);
  });

  test.each([405, 410, 302])("keeps the base class for %i", (status) => {
    const error = createApiError(init(status, ""));
    expect(error.constructor).toBe(ApiResponseError);
  });
});

describe("messages", () => {
  test("read like '<method> <url> answered <status> <reason>: <detail> (trace <id>)'", () => {
    const error = createApiError(
      init(404, { title: "Not Found", detail: "The requested resource does not exist or has been deleted.", trace_id: "req_abc123def456" }),
    );
    expect(error.message).toBe("GET https://api.example.com/v3/projects/p1 answered 404 Not Found: The requested resource does not exist or has been deleted. (trace req_abc123def456)");
    expect(error.requestId).toBe("req_abc123def456");
  });

  test("fall back to the title, then the field errors", () => {
    expect(createApiError(init(409, { title: "Article version conflict" })).message).toBe("GET https://api.example.com/v3/projects/p1 answered 409 Conflict: Article version conflict");
    expect(createApiError(init(422, { title: "Unprocessable Entity", errors: [{ field: "title", message: "is required" }] })).message).toBe(
      "GET https://api.example.com/v3/projects/p1 answered 422 Unprocessable Entity: title: is required",
    );
  });

  test("use the request id header when the body has no trace id", () => {
    expect(createApiError(init(500, {}, { "x-request-id": "hdr-1" })).requestId).toBe("hdr-1");
    expect(createApiError(init(500, {}, { "request-id": "hdr-2" })).message).toBe("GET https://api.example.com/v3/projects/p1 answered 500 Internal Server Error (trace hdr-2)");
  });

  test("summarise HTML error pages and keep the raw text", () => {
    const html = "<html><body><h1>502 Bad Gateway</h1><p>upstream unavailable</p></body></html>";
    const error = createApiError(init(502, html, { "content-type": "text/html" }));
    expect(error.message).toBe("GET https://api.example.com/v3/projects/p1 answered 502 Bad Gateway: 502 Bad Gateway upstream unavailable");
    expect(error.problem).toBeUndefined();
    expect(error.rawBody).toBe(html);
  });

  test("keep truncated JSON as raw text", () => {
    const error = createApiError(init(404, '{"title":"Not F', { "content-type": "application/problem+json" }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.problem).toBeUndefined();
    expect(error.message).toBe('GET https://api.example.com/v3/projects/p1 answered 404 Not Found: {"title":"Not F');
  });

  test("are short for an empty body", () => {
    expect(createApiError(init(503, "")).message).toBe("GET https://api.example.com/v3/projects/p1 answered 503 Service Unavailable");
  });

  test("fall back to the status text for uncommon statuses", () => {
    expect(createApiError({ ...init(418, ""), statusText: "I'm a teapot" }).message).toBe("GET https://api.example.com/v3/projects/p1 answered 418 I'm a teapot");
  });
});

describe("status-specific details", () => {
  test("401 carries the parsed WWW-Authenticate challenge", () => {
    const error = createApiError(
      init(401, "", { "www-authenticate": 'Basic realm="x", Bearer realm="api", error="invalid_token", error_description="Token expired"' }),
    ) as AuthenticationError;
    expect(error.challenges).toHaveLength(2);
    expect(error.challenge).toMatchObject({ scheme: "Bearer", error: "invalid_token", error_description: "Token expired" });
    expect(error.message).toBe("GET https://api.example.com/v3/projects/p1 answered 401 Unauthorized: Token expired");
  });

  test("422 without errors[] surfaces the reason from another list of issues, as Prism sends it", () => {
    const prism = {
      type: "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
      title: "Invalid request",
      status: 422,
      detail: "Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.",
      validation: [{ location: ["path", "project_id"], severity: "Error", code: "format", message: 'must match format "uuid"' }],
    };
    const error = createApiError(init(422, prism)) as UnprocessableEntityError;
    expect(error.message).toContain('[path.project_id: must match format "uuid"]');
    expect(error.fieldErrors).toEqual({ "path.project_id": ['must match format "uuid"'] });
  });

  test("422 groups field errors", () => {
    const error = createApiError(
      init(422, { errors: [{ field: "title", message: "is required" }, { field: "title", code: "too_short" }, { message: "general" }] }),
    ) as UnprocessableEntityError;
    expect(error.fieldErrors).toEqual({ title: ["is required", "too_short"] });
    expect(error.errors).toHaveLength(3);
  });

  test("429 carries limit, remaining, reset and retry-after", () => {
    const reset = Math.floor(Date.now() / 1000) + 30;
    const error = createApiError(
      init(429, {}, { "x-ratelimit-limit": "60", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset), "retry-after": "30" }),
    ) as RateLimitError;
    expect(error.limit).toBe(60);
    expect(error.remaining).toBe(0);
    expect(error.resetAt?.getTime()).toBe(reset * 1000);
    expect(error.retryAfterMs).toBe(30_000);
  });

  test("warnings are exposed", () => {
    expect(createApiError(init(400, { warnings: [{ code: "w1", message: "heads up" }] })).warnings).toEqual([{ code: "w1", message: "heads up" }]);
  });
});

describe("serialisation and redaction", () => {
  test("toJSON keeps what a log needs and redacts the URL", () => {
    const error = createApiError({ ...init(404, { title: "Not Found", trace_id: "t1" }), url: "https://user:pw@api.example.com/v3/files?access_token=abc&page=2" });
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(json).toMatchObject({ name: "NotFoundError", status: 404, requestId: "t1", method: "GET" });
    expect(json["url"]).toBe(`https://api.example.com/v3/files?access_token=${encodeURIComponent(REDACTED)}&page=2`);
    expect(JSON.stringify(error)).not.toContain("abc");
    expect(JSON.stringify(error)).not.toContain("pw");
  });

  test("redactUrl hides credential-like query values, presigned signatures included", () => {
    const url = redactUrl("https://bucket.example.com/f.pdf?X-Amz-Signature=s1&X-Amz-Credential=c1&sig=s2&code=c2&api_key=k&id=7");
    expect(url).not.toMatch(/s1|c1|s2|c2|=k/);
    expect(url).toContain("id=7");
    expect(redactUrl("not a url")).toBe(REDACTED);
  });

  test("redactSecret removes every occurrence but leaves short strings alone", () => {
    expect(redactSecret("a tok-123456 b tok-123456", "tok-123456")).toBe(`a ${REDACTED} b ${REDACTED}`);
    expect(redactSecret("abc", "ab")).toBe("abc");
    expect(redactSecret("abc", undefined)).toBe("abc");
  });
});
