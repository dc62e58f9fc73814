import { describe, expect, test } from "vitest";
import { RateLimitPacer, parseRateLimitHeaders } from "../../templates/runtime/rate-limit.js";
import { fakeClock } from "./support/clock.js";

const START = Date.UTC(2030, 0, 1, 12, 0, 0);

function rateHeaders(remaining: number, resetAt: number, extra: Record<string, string> = {}): Headers {
  return new Headers({
    "x-ratelimit-limit": "10",
    "x-ratelimit-remaining": String(remaining),
    "x-ratelimit-reset": String(Math.floor(resetAt / 1000)),
    ...extra,
  });
}

/** Reports whether `promise` settles within a few event-loop turns. */
async function settlesSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true), () => (settled = true));
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

describe("parseRateLimitHeaders", () => {
  test("reads limit, remaining and an epoch-seconds reset", () => {
    expect(parseRateLimitHeaders(rateHeaders(3, START + 5000), START)).toEqual({ limit: 10, remaining: 3, resetAt: START + 5000 });
  });

  test("treats small reset values as seconds from now", () => {
    expect(parseRateLimitHeaders(new Headers({ "x-ratelimit-reset": "30" }), START).resetAt).toBe(START + 30_000);
  });

  test("ignores unparsable and negative values", () => {
    const snapshot = parseRateLimitHeaders(new Headers({ "x-ratelimit-remaining": "-1", "x-ratelimit-limit": "lots" }), START);
    expect(snapshot).toEqual({ limit: undefined, remaining: undefined, resetAt: undefined });
  });
});

describe("RateLimitPacer", () => {
  function pacer(maxHoldMs = 60_000) {
    const clock = fakeClock(START);
    return { clock, pacer: new RateLimitPacer({ now: clock.now, sleep: clock.sleep, maxHoldMs }) };
  }

  test("sends one probe first and lets the others go once a response shows the server does not pace", async () => {
    const { pacer: subject } = pacer();
    expect(await subject.acquire(undefined, 1000)).toBe(0);
    const second = subject.acquire(undefined, 1000);
    expect(await settlesSoon(second)).toBe(false);
    subject.release(new Headers());
    expect(await second).toBe(0);
    const more = [subject.acquire(undefined, 1000), subject.acquire(undefined, 1000)];
    expect(await settlesSoon(Promise.all(more))).toBe(true);
  });

  test("holds requests until the reset once remaining reaches zero", async () => {
    const { clock, pacer: subject } = pacer();
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(0, START + 4000));
    expect(await subject.acquire(undefined, 60_000)).toBe(4000);
    expect(clock.sleeps).toEqual([4000]);
  });

  test("counts its own dispatches down from the server's remaining", async () => {
    const { clock, pacer: subject } = pacer();
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(2, START + 3000));
    expect(await subject.acquire(undefined, 60_000)).toBe(0);
    expect(await subject.acquire(undefined, 60_000)).toBe(0);
    expect(subject.state.remaining).toBe(0);
    expect(await subject.acquire(undefined, 60_000)).toBe(3000);
    expect(clock.sleeps).toEqual([3000]);
  });

  test("assumes requests still in flight have not been counted yet", async () => {
    const { pacer: subject } = pacer();
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(5, START + 1000));
    await subject.acquire(undefined, 60_000);
    await subject.acquire(undefined, 60_000);
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(4, START + 1000));
    expect(subject.state).toMatchObject({ inFlight: 2, remaining: 2 });
  });

  test("starts a new window at the limit after the reset", async () => {
    const { clock, pacer: subject } = pacer();
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(0, START + 1000));
    await subject.acquire(undefined, 60_000);
    expect(clock.sleeps).toEqual([1000]);
    expect(subject.state.remaining).toBe(9);
  });

  test("caps the hold when the reset is implausibly far away", async () => {
    const { clock, pacer: subject } = pacer(5000);
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(0, START + 3_600_000));
    await subject.acquire(undefined, 60_000);
    expect(clock.sleeps).toEqual([5000]);
  });

  test("corrects for a skewed server clock using the Date header", async () => {
    const { clock, pacer: subject } = pacer();
    const serverNow = START + 3_600_000;
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(0, serverNow + 2000, { date: new Date(serverNow).toUTCString() }));
    await subject.acquire(undefined, 60_000);
    expect(clock.sleeps).toEqual([2000]);
  });

  test("ignores a reset that is already past", async () => {
    const { clock, pacer: subject } = pacer();
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(0, START - 1000));
    await subject.acquire(undefined, 60_000);
    expect(clock.sleeps).toEqual([]);
  });

  test("never holds longer than the caller's remaining budget", async () => {
    const { clock, pacer: subject } = pacer();
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(0, START + 10_000));
    expect(await subject.acquire(undefined, 2500)).toBe(2500);
    expect(clock.sleeps).toEqual([2500]);
  });

  test("an abort ends the hold at once", async () => {
    const subject = new RateLimitPacer({
      now: () => START,
      sleep: (_ms, signal) => new Promise((_, reject) => signal?.addEventListener("abort", () => reject(signal.reason))),
      maxHoldMs: 60_000,
    });
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(0, START + 10_000));
    const controller = new AbortController();
    const held = subject.acquire(controller.signal, 60_000);
    controller.abort(new Error("stop"));
    await expect(held).rejects.toThrow("stop");
    expect(subject.state.inFlight).toBe(0);
  });
});
