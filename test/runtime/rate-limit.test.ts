import { getEventListeners } from "node:events";
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

  /**
   * A clock that only moves when the test says so; sleeps end when it passes their end. (The fake
   * clock jumps forward on every sleep, which would end every hold at once.)
   */
  function manualClock() {
    let current = START;
    const sleeps: { until: number; resolve: () => void }[] = [];
    const requested: number[] = [];
    return {
      now: () => current,
      sleep: (ms: number, signal?: AbortSignal) =>
        new Promise<void>((resolve, reject) => {
          requested.push(ms);
          sleeps.push({ until: current + ms, resolve });
          signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
        }),
      requested,
      async advance(ms: number) {
        current += ms;
        for (const sleep of sleeps.filter((entry) => entry.until <= current)) sleep.resolve();
        for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
      },
    };
  }

  function manualPacer() {
    const clock = manualClock();
    return { clock, pacer: new RateLimitPacer({ now: clock.now, sleep: clock.sleep, maxHoldMs: 60_000 }) };
  }

  /** Acquires `count` slots at once, with no hold budget to run out; slots granted at once come back as numbers. */
  function acquireMany(subject: RateLimitPacer, count: number) {
    return Array.from({ length: count }, () => subject.acquire(undefined, Infinity));
  }

  const granted = (slots: (number | Promise<number>)[]) => slots.filter((slot) => typeof slot === "number").length;

  test("sends one probe first, and when its answer shows no limit lets 8 requests fly and one more per response", async () => {
    const { pacer: subject } = manualPacer();
    const probe = acquireMany(subject, 2);
    expect(granted(probe)).toBe(1);
    subject.release(new Headers(), 200);
    expect(await probe[1]).toBe(0);
    subject.release(new Headers(), 200);
    const slots = acquireMany(subject, 10);
    expect(granted(slots)).toBe(8);
    const ninth = slots[8] as Promise<number>;
    expect(await settlesSoon(ninth)).toBe(false);
    subject.release(new Headers(), 200);
    expect(await ninth).toBe(0);
    expect(await settlesSoon(slots[9] as Promise<number>)).toBe(false);
    expect(subject.state).toMatchObject({ inFlight: 8, queued: 1, concurrencyCap: 8 });
  });

  test("doubles the cap after an interval in which it was reached without a 429, and not after an idle one", async () => {
    const { clock, pacer: subject } = manualPacer();
    acquireMany(subject, 1);
    subject.release(new Headers(), 200);
    acquireMany(subject, 9);
    await clock.advance(1000);
    subject.release(new Headers(), 200);
    expect(subject.state.concurrencyCap).toBe(16);
    for (let i = 0; i < 8; i++) subject.release(new Headers(), 200);
    await clock.advance(1000);
    subject.release(new Headers(), 200);
    expect(subject.state.concurrencyCap).toBe(16);
  });

  test("a 429 that does not say the limit halves the cap, which then grows by one per interval", async () => {
    const { clock, pacer: subject } = manualPacer();
    acquireMany(subject, 1);
    subject.release(new Headers(), 200);
    acquireMany(subject, 8);
    subject.release(new Headers(), 429);
    expect(subject.state.concurrencyCap).toBe(4);
    acquireMany(subject, 10);
    await clock.advance(1000);
    subject.release(new Headers(), 200);
    expect(subject.state.concurrencyCap).toBe(5);
  });

  test("with an unbounded start, every request goes at once, and a 429 without a limit caps the next ones at half of those in flight", async () => {
    const clock = manualClock();
    const subject = new RateLimitPacer({ now: clock.now, sleep: clock.sleep, maxHoldMs: 60_000, initialConcurrency: Infinity });
    expect(granted(acquireMany(subject, 40))).toBe(40);
    expect(subject.state.concurrencyCap).toBe(Infinity);
    subject.release(new Headers(), 429);
    expect(subject.state.concurrencyCap).toBe(20);
    expect(granted(acquireMany(subject, 1))).toBe(0);
  });

  test("with an unbounded start, a 429 carrying Limit and Reset still budgets the window", async () => {
    const clock = manualClock();
    const subject = new RateLimitPacer({ now: clock.now, sleep: clock.sleep, maxHoldMs: 60_000, initialConcurrency: Infinity });
    acquireMany(subject, 12);
    subject.release(rateHeaders(0, START + 1000), 429);
    expect(subject.state).toMatchObject({ limit: 10, remaining: 0, concurrencyCap: undefined });
    expect(granted(acquireMany(subject, 1))).toBe(0);
  });

  test("refuses a start concurrency below one", () => {
    const clock = manualClock();
    expect(() => new RateLimitPacer({ now: clock.now, sleep: clock.sleep, maxHoldMs: 1, initialConcurrency: 0 })).toThrow(RangeError);
  });

  test("a 429 carrying Limit and Reset budgets every later window, predicting resets from the window's length", async () => {
    const { clock, pacer: subject } = manualPacer();
    acquireMany(subject, 1);
    subject.release(new Headers(), 200);
    const first = acquireMany(subject, 3);
    expect(granted(first)).toBe(3);
    await clock.advance(200);
    // Only the 429 says anything; the window opened at START at the latest and ends 800 ms later: a 1 s window.
    subject.release(new Headers({ "x-ratelimit-limit": "2", "x-ratelimit-reset": String((START + 1000) / 1000) }), 429);
    subject.release(new Headers(), 200);
    subject.release(new Headers(), 200);
    expect(subject.state).toMatchObject({ limit: 2, remaining: 0, windowEndsAt: START + 1000 });
    const waiting = acquireMany(subject, 5);
    expect(granted(waiting)).toBe(0);
    await clock.advance(800);
    subject.release(new Headers(), 200);
    subject.release(new Headers(), 200);
    await clock.advance(1000);
    subject.release(new Headers(), 200);
    subject.release(new Headers(), 200);
    await clock.advance(1000);
    expect(await Promise.all(waiting)).toEqual([800, 800, 1800, 1800, 2800]);
    expect(clock.requested).toEqual([800, 1000, 1000]);
  });

  test("holds requests until the reset once remaining reaches zero", async () => {
    const { clock, pacer: subject } = pacer();
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(0, START + 4000), 200);
    expect(await subject.acquire(undefined, 60_000)).toBe(4000);
    expect(clock.sleeps).toEqual([4000]);
  });

  test("counts its own dispatches down from the server's remaining", async () => {
    const { clock, pacer: subject } = pacer();
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(2, START + 3000), 200);
    expect(subject.acquire(undefined, 60_000)).toBe(0);
    expect(subject.acquire(undefined, 60_000)).toBe(0);
    expect(subject.state.remaining).toBe(0);
    expect(await subject.acquire(undefined, 60_000)).toBe(3000);
    expect(clock.sleeps).toEqual([3000]);
  });

  test("assumes requests still in flight have not been counted yet", async () => {
    const { pacer: subject } = pacer();
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(5, START + 1000), 200);
    acquireMany(subject, 3);
    subject.release(rateHeaders(4, START + 1000), 200);
    expect(subject.state).toMatchObject({ inFlight: 2, remaining: 2 });
  });

  test("starts a new window at the limit after the reset", async () => {
    const { clock, pacer: subject } = pacer();
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(0, START + 1000), 200);
    await subject.acquire(undefined, 60_000);
    expect(clock.sleeps).toEqual([1000]);
    expect(subject.state.remaining).toBe(9);
  });

  test("caps the hold when the reset is implausibly far away", async () => {
    const { clock, pacer: subject } = pacer(5000);
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(0, START + 3_600_000), 200);
    await subject.acquire(undefined, 60_000);
    expect(clock.sleeps).toEqual([5000]);
  });

  test("corrects for a skewed server clock using the Date header", async () => {
    const { clock, pacer: subject } = pacer();
    const serverNow = START + 3_600_000;
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(0, serverNow + 2000, { date: new Date(serverNow).toUTCString() }), 200);
    await subject.acquire(undefined, 60_000);
    expect(clock.sleeps).toEqual([2000]);
  });

  test("ignores a reset that is already past", async () => {
    const { clock, pacer: subject } = pacer();
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(0, START - 1000), 200);
    await subject.acquire(undefined, 60_000);
    expect(clock.sleeps).toEqual([]);
  });

  test("never holds longer than the caller's remaining budget", async () => {
    const { clock, pacer: subject } = pacer();
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(0, START + 10_000), 200);
    expect(await subject.acquire(undefined, 2500)).toBe(2500);
    expect(clock.sleeps).toEqual([2500]);
  });

  test("an abort ends the hold at once, and leaves no listener and no pending wake-up", async () => {
    const wakeUps: AbortSignal[] = [];
    const subject = new RateLimitPacer({
      now: () => START,
      sleep: (_ms, signal) => {
        wakeUps.push(signal!);
        return new Promise((_, reject) => signal?.addEventListener("abort", () => reject(signal.reason)));
      },
      maxHoldMs: 60_000,
    });
    await subject.acquire(undefined, 60_000);
    subject.release(rateHeaders(0, START + 10_000), 200);
    const controller = new AbortController();
    const held = subject.acquire(controller.signal, 60_000);
    controller.abort(new Error("stop"));
    await expect(held).rejects.toThrow("stop");
    expect(subject.state).toMatchObject({ inFlight: 0, queued: 0 });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    expect(wakeUps.map((signal) => signal.aborted)).toEqual([true]);
  });
});
