import { describe, expect, test } from "vitest";
import { InvalidRequestError } from "../../templates/runtime/index.js";
import { serializeBody, serializeCookies, serializePathParameters, serializeQuery } from "../../templates/runtime/serialize.js";

describe("serializePathParameters", () => {
  const template = "https://api.example.com/v3/projects/{project_id}/articles/{article_id}";

  test("percent-encodes values so they stay inside their segment", () => {
    expect(serializePathParameters(template, { project_id: "a/b?c#d", article_id: 42 })).toBe(
      "https://api.example.com/v3/projects/a%2Fb%3Fc%23d/articles/42",
    );
  });

  test("why dots are refused rather than encoded: URL parsers resolve %2e%2e too", () => {
    expect(new URL("https://api.example.com/v3/projects/%2e%2e/articles").pathname).toBe("/v3/articles");
  });

  test.each([".", "..", ""])("refuses %j", (value) => {
    expect(() => serializePathParameters(template, { project_id: value, article_id: 1 })).toThrow(InvalidRequestError);
  });

  test("encodes an already-encoded dot segment so it cannot be decoded into one", () => {
    const url = serializePathParameters(template, { project_id: "%2e%2e", article_id: "..x" });
    expect(new URL(url).pathname).toBe("/v3/projects/%252e%252e/articles/..x");
  });

  test("joins arrays with commas (simple style)", () => {
    expect(serializePathParameters("/v3/{ids}", { ids: ["a", "b c"] })).toBe("/v3/a,b%20c");
  });

  test("reports a missing parameter instead of sending the placeholder", () => {
    expect(() => serializePathParameters(template, { project_id: "p" })).toThrow('Missing path parameter "article_id"');
  });

  test("refuses objects", () => {
    expect(() => serializePathParameters("/v3/{id}", { id: { a: 1 } })).toThrow(InvalidRequestError);
  });
});

describe("serializeQuery", () => {
  test("percent-encodes names as well as values, at the top and inside a deepObject", () => {
    expect(serializeQuery({ "a&b": "1=2", filter: { "x y": "z", plain: 1 }, tags: ["p", "q"] })).toBe(
      "a%26b=1%3D2&filter[x%20y]=z&filter[plain]=1&tags=p&tags=q",
    );
  });

  test("leaves names encoding keeps as they are, and never changes the caller's object", () => {
    const query = { "page.size": 10, "sort(desc)": "title", "it's": true, filter: { "~a_b-c*!": "v" } };
    const before = structuredClone(query);
    expect(serializeQuery(query)).toBe("page.size=10&sort(desc)=title&it's=true&filter[~a_b-c*!]=v");
    expect(serializeQuery({ ...query, "#": 1 })).toBe("page.size=10&sort(desc)=title&it's=true&filter[~a_b-c*!]=v&%23=1");
    expect(query).toEqual(before);
  });
});

describe("serializeBody", () => {
  test("JSON by default and for +json types", () => {
    expect(serializeBody({ a: 1 }, undefined)).toBe('{"a":1}');
    expect(serializeBody({ a: 1 }, "application/merge-patch+json")).toBe('{"a":1}');
    expect(serializeBody("text", "application/json")).toBe('"text"');
  });

  test("multipart from an object of fields, files kept as files", async () => {
    const file = new File(["hello"], "hello.txt", { type: "text/plain" });
    const form = serializeBody({ file, title: "T", tags: ["a", "b"], meta: { x: 1 }, skipped: undefined }, "multipart/form-data") as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect(form.getAll("tags")).toEqual(["a", "b"]);
    expect(form.get("title")).toBe("T");
    expect(form.get("meta")).toBe('{"x":1}');
    expect(form.has("skipped")).toBe(false);
    const sent = form.get("file") as File;
    expect(sent.name).toBe("hello.txt");
    expect(await sent.text()).toBe("hello");
  });

  test("passes a FormData through untouched", () => {
    const form = new FormData();
    expect(serializeBody(form, "multipart/form-data")).toBe(form);
  });

  test("form-urlencoded from an object", () => {
    expect(String(serializeBody({ a: "1 2", b: [3, 4] }, "application/x-www-form-urlencoded"))).toBe("a=1+2&b=3&b=4");
  });

  test("binary bodies pass through for octet-stream", () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(serializeBody(bytes, "application/octet-stream")).toBe(bytes);
    const blob = new Blob(["x"]);
    expect(serializeBody(blob, "application/octet-stream")).toBe(blob);
  });

  test("text types become strings", () => {
    expect(serializeBody(12, "text/plain")).toBe("12");
  });

  test("refuses bodies that do not fit the media type", () => {
    expect(() => serializeBody({ a: 1 }, "application/octet-stream")).toThrow(InvalidRequestError);
    expect(() => serializeBody("x", "multipart/form-data")).toThrow(InvalidRequestError);
  });
});

describe("serializeCookies", () => {
  test("joins and encodes values, skipping empty ones", () => {
    expect(serializeCookies({ a: "1;2", b: undefined, c: 3 })).toBe("a=1%3B2; c=3");
    expect(serializeCookies({})).toBeUndefined();
    expect(serializeCookies(undefined)).toBeUndefined();
  });
});
