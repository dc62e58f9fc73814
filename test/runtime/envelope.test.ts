import { describe, expect, test } from "vitest";
import { ApiResponseError, UnsuccessfulEnvelopeError, readEnvelopeMetadata, SdkError } from "../../templates/runtime/index.js";

describe("readEnvelopeMetadata", () => {
  test("reads request id, success, errors and warnings", () => {
    expect(
      readEnvelopeMetadata({ data: [], success: true, request_id: "r1", errors: [], warnings: [{ code: "w", message: "slow down" }] }),
    ).toEqual({ success: true, requestId: "r1", errors: [], warnings: [{ code: "w", message: "slow down" }] });
  });

  test("copes with bodies that are not envelopes", () => {
    expect(readEnvelopeMetadata("text")).toEqual({ success: undefined, requestId: undefined, errors: [], warnings: [] });
    expect(readEnvelopeMetadata({ request_id: 5 }).requestId).toBeUndefined();
  });
});

describe("UnsuccessfulEnvelopeError", () => {
  test("carries the whole envelope and names the failures", () => {
    const envelope = {
      data: [{ id: "a1", ok: true }, { id: "a2", ok: false }],
      success: false,
      request_id: "req_9",
      errors: [{ code: "not_found", message: "Article a2 does not exist" }],
      warnings: [{ message: "One item skipped" }],
    };
    const error = new UnsuccessfulEnvelopeError(envelope, {
      status: 207,
      headers: new Headers(),
      method: "POST",
      url: "https://api.example.com/v3/articles/bulk?token=secret",
      bodyText: JSON.stringify(envelope),
    });
    expect(error).toBeInstanceOf(ApiResponseError);
    expect(error).toBeInstanceOf(SdkError);
    expect(error.message).toBe(
      "POST https://api.example.com/v3/articles/bulk?token=%5BREDACTED%5D answered 207 with success: false and 1 error: Article a2 does not exist (request req_9)",
    );
    expect(error.data).toEqual(envelope.data);
    expect(error.envelope).toBe(envelope);
    expect(error.requestId).toBe("req_9");
    expect(error.errors).toEqual([{ code: "not_found", message: "Article a2 does not exist" }]);
    expect(error.warnings).toEqual([{ message: "One item skipped" }]);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ status: 207, requestId: "req_9", envelope });
  });
});
