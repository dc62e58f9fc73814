import { describe, expect, test } from "vitest";
import { parseProblem, summarizeBody, truncateBody } from "../../templates/runtime/problem.js";
import { parseWwwAuthenticate } from "../../templates/runtime/www-authenticate.js";

describe("parseProblem", () => {
  test("reads RFC 9457 members and the errors/warnings extensions", () => {
    const problem = parseProblem(
      JSON.stringify({
        type: "https://example.com/problems/validation",
        title: "Validation failed",
        status: 422,
        detail: "Two fields are invalid.",
        instance: "/v3/projects/p1",
        trace_id: "req_1",
        errors: [
          { code: "required", message: "Title is required", field: "title", details: { max: 10 } },
          { error_code: "taken", description: "Slug is taken", property: "slug" },
        ],
        warnings: ["Deprecated field"],
      }),
    );
    expect(problem).toMatchObject({
      type: "https://example.com/problems/validation",
      title: "Validation failed",
      status: 422,
      detail: "Two fields are invalid.",
      instance: "/v3/projects/p1",
      trace_id: "req_1",
      errors: [
        { code: "required", message: "Title is required", field: "title", details: { max: 10 } },
        { code: "taken", message: "Slug is taken", field: "slug" },
      ],
      warnings: [{ message: "Deprecated field" }],
    });
  });

  test("flattens the ASP.NET field map and its traceId", () => {
    const problem = parseProblem('{"title":"One or more validation errors occurred.","traceId":"00-abc","errors":{"Name":["Too long","Bad chars"],"Slug":["Taken"]}}');
    expect(problem?.trace_id).toBe("00-abc");
    expect(problem?.errors).toEqual([
      { message: "Too long", field: "Name" },
      { message: "Bad chars", field: "Name" },
      { message: "Taken", field: "Slug" },
    ]);
  });

  test("takes message or error_description as the detail of non-problem JSON", () => {
    expect(parseProblem('{"message":"Something broke"}')?.detail).toBe("Something broke");
    expect(parseProblem('{"error":"invalid_token","error_description":"expired"}')?.detail).toBe("expired");
  });

  test.each(["<html>oops</html>", '{"title":"Not F', "", "[1,2]", '"just a string"', "null"])("returns undefined for %j", (text) => {
    expect(parseProblem(text)).toBeUndefined();
  });
});

describe("body summaries", () => {
  test("strips HTML down to its visible text on one line", () => {
    const html = "<html><head><style>h1{color:red}</style><title>502</title></head><body>\n<h1>502 Bad Gateway</h1>\n<hr><center>nginx</center></body></html>";
    expect(summarizeBody(html)).toBe("502 502 Bad Gateway nginx");
  });

  test("cuts long text with an ellipsis", () => {
    const summary = summarizeBody("x".repeat(500));
    expect(summary).toHaveLength(201);
    expect(summary.endsWith("…")).toBe(true);
  });

  test("truncates raw bodies and says by how much", () => {
    expect(truncateBody("short")).toBe("short");
    const truncated = truncateBody("y".repeat(10_000));
    expect(truncated.startsWith("y".repeat(8192))).toBe(true);
    expect(truncated.endsWith("[truncated 1808 characters]")).toBe(true);
  });
});

describe("parseWwwAuthenticate", () => {
  test("reads a Bearer challenge with RFC 6750 error parameters", () => {
    const [challenge] = parseWwwAuthenticate('Bearer realm="api", error="invalid_token", error_description="The access token expired"');
    expect(challenge).toEqual({
      scheme: "Bearer",
      params: { realm: "api", error: "invalid_token", error_description: "The access token expired" },
      error: "invalid_token",
      error_description: "The access token expired",
    });
  });

  test("separates several challenges and keeps token68 credentials", () => {
    const challenges = parseWwwAuthenticate('Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple", Negotiate abc123==');
    expect(challenges.map((c) => c.scheme)).toEqual(["Newauth", "Basic", "Negotiate"]);
    expect(challenges[0]?.params).toEqual({ realm: "apps", type: "1", title: 'Login to "apps"' });
    expect(challenges[1]?.params).toEqual({ realm: "simple" });
    expect(challenges[2]?.token68).toBe("abc123==");
  });

  test("keeps commas inside quoted values and lower-cases parameter names", () => {
    const [challenge] = parseWwwAuthenticate('Bearer Error="insufficient_scope", Scope="read, write"');
    expect(challenge?.params).toEqual({ error: "insufficient_scope", scope: "read, write" });
    expect(challenge?.error).toBe("insufficient_scope");
  });

  test("reads a bare scheme", () => {
    expect(parseWwwAuthenticate("Bearer")).toEqual([{ scheme: "Bearer", params: {} }]);
  });

  test.each([null, undefined, "", " , ,", '"unterminated', "=oops"])("finds no challenge in %j", (header) => {
    expect(parseWwwAuthenticate(header)).toEqual([]);
  });
});
