import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startServer, type TestServer } from "../runtime/support/server.js";
import { generatedD360Client, PROJECT } from "./support.js";

let sdk: any;
let server: TestServer;
/** What the server answers next, by path suffix; each entry is used once, the last one repeats. */
let replies: Record<string, ((response: any) => void)[]> = {};

function reply(suffix: string, ...answers: ((response: any) => void)[]) {
  replies[suffix] = answers;
}

beforeAll(async () => {
  sdk = await generatedD360Client();
  server = await startServer((request, response) => {
    const key = Object.keys(replies).find((suffix) => request.url.split("?")[0]!.endsWith(suffix))!;
    const answers = replies[key]!;
    (answers.length > 1 ? answers.shift()! : answers[0]!)(response);
  });
});
afterAll(() => server.close());

const problem = (status: number, title: string, detail: string, extra: object = {}, headers: Record<string, string> = {}) => (response: any) => {
  response.writeHead(status, { "content-type": "application/problem+json", ...headers });
  response.end(JSON.stringify({ type: "https://developer.document360.com/errors/x", title, status, detail, trace_id: "req_abc123def456", ...extra }));
};
const ok = (data: unknown, extra: object = {}) => (response: any) =>
  sendJson(response, 200, { data, success: true, request_id: "req-ok", errors: [], warnings: [], ...extra });

/** The generated client, with instant backoff so retries cost no wall time. */
function client() {
  return sdk.createClient({ baseUrl: server.url, token: "t", sleep: async () => {}, random: () => 0 });
}

describe("the generated client under faults", () => {
  it("waits out a 429 with Retry-After and then succeeds", async () => {
    reply("/articles/a1", problem(429, "Too Many Requests.", "Slow down.", {}, { "retry-after": "1" }), ok({ id: "a1" }));
    const before = server.requests.length;
    const result = await client().project(PROJECT).articles.get({ article_id: "a1" });
    expect(result.data).toEqual({ id: "a1" });
    expect(server.requests.length - before).toBe(2);
  });

  it("throws NotFoundError with the problem details and a readable message", async () => {
    reply("/articles/gone", problem(404, "Not Found.", "The requested resource does not exist or has been deleted."));
    const error = await client().articles.get({ project_id: PROJECT, article_id: "gone" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(sdk.NotFoundError);
    expect(error).toBeInstanceOf(sdk.ApiResponseError);
    expect(error.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/v3\/\S+ answered 404 Not Found: The requested resource does not exist or has been deleted\. \(trace req_abc123def456\)$/);
    expect(error.problem.title).toBe("Not Found.");
    expect(error.requestId).toBe("req_abc123def456");
  });

  it("throws UnprocessableEntityError with field errors", async () => {
    reply("/exports", problem(422, "Unprocessable Entity.", "One or more fields failed validation.", { errors: [{ code: "VALIDATION_ERROR", message: "Required.", field: "format" }] }));
    const error = await client().projects.createExport({ project_id: PROJECT, body: { format: "", workspace_id: "w" } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(sdk.UnprocessableEntityError);
    expect(error.problem.errors[0].field).toBe("format");
  });

  it("never passes off a bulk 200 with success: false as success", async () => {
    reply(
      "/articles/bulk",
      ok([{ id: "a1", success: true }, { id: "a2", success: false }], {
        success: false,
        request_id: "req-bulk",
        errors: [{ code: "RESOURCE_NOT_FOUND", message: "Article a2 not found.", field: "articles[1].id" }],
      }),
    );
    const error = await client().project(PROJECT).articles.bulkDelete({ body: { article_ids: ["a1", "a2"] } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(sdk.UnsuccessfulEnvelopeError);
    expect(error.requestId).toBe("req-bulk");
    expect(error.errors).toEqual([{ code: "RESOURCE_NOT_FOUND", message: "Article a2 not found.", field: "articles[1].id" }].map((issue) => expect.objectContaining(issue)));
    expect(error.data[1]).toEqual({ id: "a2", success: false });
  });

  it("does not repeat a POST after a 500, and surfaces InternalServerError", async () => {
    reply("/exports", problem(500, "Internal Server Error.", "An unexpected error occurred."));
    const before = server.requests.length;
    const error = await client().projects.createExport({ project_id: PROJECT, body: { format: "pdf", workspace_id: "w" } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(sdk.InternalServerError);
    expect(server.requests.length - before).toBe(1);
  });
});
