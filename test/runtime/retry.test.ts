import { describe, expect, test } from "vitest";
import { backoffDelay, isIdempotentMethod, isReplaySafe, parseRetryAfter, shouldRetry } from "../../templates/runtime/retry.js";

const NOW = Date.UTC(2030, 0, 1, 12, 0, 0);

function headers(values: Record<string, string>): Headers {
  return new Headers(values);
}

describe("parseRetryAfter", () => {
  test.each([
    ["3", 3000],
    ["0", 0],
    ["1.5", 1500],
    [" 120 ", 120_000],
  ])("reads delta-seconds %j", (value, expected) => {
    expect(parseRetryAfter(headers({ "retry-after": value }), NOW)).toBe(expected);
  });

  test("reads an IMF-fixdate relative to now", () => {
    const value = new Date(NOW + 7000).toUTCString();
    expect(parseRetryAfter(headers({ "retry-after": value }), NOW)).toBe(7000);
  });

  test("reads the obsolete RFC 850 and asctime date forms", () => {
    expect(parseRetryAfter(headers({ "retry-after": "Tuesday, 01-Jan-30 12:00:05 GMT" }), NOW)).toBe(5000);
    expect(parseRetryAfter(headers({ "retry-after": "Tue Jan  1 12:00:09 2030" }), NOW)).toBe(9000);
  });

  test("a date in the past means no wait", () => {
    expect(parseRetryAfter(headers({ "retry-after": new Date(NOW - 60_000).toUTCString() }), NOW)).toBe(0);
  });

  test("retry-after-ms wins over retry-after", () => {
    expect(parseRetryAfter(headers({ "retry-after-ms": "250", "retry-after": "9" }), NOW)).toBe(250);
  });

  test("falls back to retry-after when retry-after-ms is garbage", () => {
    expect(parseRetryAfter(headers({ "retry-after-ms": "fast", "retry-after": "2" }), NOW)).toBe(2000);
  });

  test.each(["soon", "-1", "", "1e3", "5 seconds", "Not a date, really", "0x10"])("ignores garbage %j", (value) => {
    expect(parseRetryAfter(headers({ "retry-after": value }), NOW)).toBeUndefined();
  });

  test("is undefined without the headers", () => {
    expect(parseRetryAfter(headers({}), NOW)).toBeUndefined();
  });
});

describe("backoffDelay", () => {
  const policy = { baseMs: 500, capMs: 8000 };

  test("doubles its ceiling per retry up to the cap", () => {
    const almostOne = () => 0.999_999;
    const ceilings = [0, 1, 2, 3, 4, 5, 10].map((retry) => backoffDelay(retry, policy, almostOne) + 1);
    expect(ceilings).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  test("is full jitter: anywhere from zero up to the ceiling", () => {
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(2000);
    for (let i = 0; i < 1000; i++) {
      const delay = backoffDelay(i % 8, policy, Math.random);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(Math.min(8000, 500 * 2 ** (i % 8)));
    }
  });
});

describe("idempotency decisions", () => {
  test.each(["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE", "get"])("%s is idempotent", (method) => {
    expect(isIdempotentMethod(method)).toBe(true);
  });

  test.each(["POST", "PATCH"])("%s is not idempotent unless it carries a key", (method) => {
    expect(isIdempotentMethod(method)).toBe(false);
    expect(isReplaySafe(method, false)).toBe(false);
    expect(isReplaySafe(method, true)).toBe(true);
  });

  test("429 is retried for every method, because the server did not act", () => {
    expect(shouldRetry({ kind: "response", status: 429 }, false)).toBe(true);
  });

  test.each([408, 500, 502, 503, 504, 520])("%i is retried only when replay is safe", (status) => {
    expect(shouldRetry({ kind: "response", status }, true)).toBe(true);
    expect(shouldRetry({ kind: "response", status }, false)).toBe(false);
  });

  test.each([400, 401, 403, 404, 409, 422, 501, 505])("%i is never retried", (status) => {
    expect(shouldRetry({ kind: "response", status }, true)).toBe(false);
  });

  test("connection errors and timeouts are retried only when replay is safe", () => {
    expect(shouldRetry({ kind: "connection-error" }, true)).toBe(true);
    expect(shouldRetry({ kind: "connection-error" }, false)).toBe(false);
    expect(shouldRetry({ kind: "timeout" }, true)).toBe(true);
    expect(shouldRetry({ kind: "timeout" }, false)).toBe(false);
  });
});
