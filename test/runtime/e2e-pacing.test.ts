import { describe, expect, test } from "vitest";
import { ApiClient, RateLimitError, type Sleep } from "../../templates/runtime/index.js";
import { getProject } from "./support/client.js";
import { sendJson, serverPerTest } from "./support/server.js";

const serve = serverPerTest();

const project = { path: { project_id: "p1" } };

/**
 * A clock whose sleeps stay pending until the test opens the gate, then jump to
 * their end. `held(n)` resolves once n sleeps are pending: the requests are
 * parked in the pacer, with no real time spent waiting for them to get there.
 */
function gatedClock(start: number) {
  let current = start;
  const holds: number[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const sleep: Sleep = async (ms) => {
    holds.push(ms);
    for (const waiter of waiters.filter((candidate) => candidate.count <= holds.length)) waiter.resolve();
    const until = current + ms;
    await gate;
    current = Math.max(current, until);
  };
  const held = (count: number) =>
    holds.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve }));
  return { now: () => current, sleep, holds, held, open };
}

describe("proactive pacing", () => {
  test("after X-RateLimit-Remaining: 0, concurrent requests are held until the reset", async () => {
    const start = Date.now();
    const resetSeconds = Math.floor(start / 1000) + 5;
    const server = await serve((_r, response, index) =>
      sendJson(response, 200, { index }, {
        "x-ratelimit-limit": "10",
        "x-ratelimit-remaining": index === 0 ? "0" : "9",
        "x-ratelimit-reset": String(index === 0 ? resetSeconds : resetSeconds + 1),
      }),
    );
    const clock = gatedClock(start);
    const client = new ApiClient({ baseUrl: server.url, now: clock.now, sleep: clock.sleep });
    await client.request(getProject, project);
    const held = Promise.all([1, 2, 3].map(() => client.request(getProject, project)));
    await clock.held(1);
    // A turn of the event loop lets the other two reach the pacer too.
    await new Promise((resolve) => setImmediate(resolve));
    expect(server.requests).toHaveLength(1);
    // One wake-up at the reset serves every held request.
    expect(clock.holds).toEqual([resetSeconds * 1000 - start]);
    clock.open();
    await held;
    expect(server.requests).toHaveLength(4);
  });

  test("a 429 carrying the headers holds the other requests too", async () => {
    const start = Date.now();
    const resetSeconds = Math.floor(start / 1000) + 2;
    const server = await serve((_r, response, index) => {
      const headers = { "x-ratelimit-limit": "10", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(resetSeconds) };
      if (index === 0) return sendJson(response, 429, {}, { ...headers, "retry-after": "3600" });
      sendJson(response, 200, {}, { ...headers, "x-ratelimit-remaining": "9", "x-ratelimit-reset": String(resetSeconds + 1) });
    });
    const clock = gatedClock(start);
    const client = new ApiClient({ baseUrl: server.url, now: clock.now, sleep: clock.sleep });
    await expect(client.request(getProject, project)).rejects.toBeInstanceOf(RateLimitError);
    const next = client.request(getProject, project);
    await clock.held(1);
    expect(server.requests).toHaveLength(1);
    clock.open();
    await next;
    expect(clock.holds).toEqual([resetSeconds * 1000 - start]);
  });

  test("pacing: false sends at once", async () => {
    const resetSeconds = Math.floor(Date.now() / 1000) + 60;
    const server = await serve((_r, response) =>
      sendJson(response, 200, {}, { "x-ratelimit-limit": "10", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(resetSeconds) }),
    );
    const clock = gatedClock(Date.now());
    const client = new ApiClient({ baseUrl: server.url, now: clock.now, sleep: clock.sleep, pacing: false });
    await Promise.all([1, 2, 3].map(() => client.request(getProject, project)));
    expect(server.requests).toHaveLength(3);
    expect(clock.holds).toEqual([]);
  });

  test("real time: a burst larger than the window is spread over windows without a single 429", async () => {
    const limit = 5;
    const counts = new Map<number, number>();
    let rejected = 0;
    const server = await serve((_r, response) => {
      const window = Math.floor(Date.now() / 1000);
      const used = (counts.get(window) ?? 0) + 1;
      counts.set(window, used);
      const headers = {
        "x-ratelimit-limit": String(limit),
        "x-ratelimit-remaining": String(Math.max(0, limit - used)),
        "x-ratelimit-reset": String(window + 1),
      };
      if (used > limit) {
        rejected++;
        return sendJson(response, 429, {}, { ...headers, "retry-after": "1" });
      }
      sendJson(response, 200, { window }, headers);
    });
    const client = new ApiClient({ baseUrl: server.url });
    // A request sent in a window's last moments may reach the server in the next one, which the
    // client has already refilled (README, "Known limits"); so the burst starts as a second begins.
    await new Promise((resolve) => setTimeout(resolve, 1005 - (Date.now() % 1000)));
    const results = await Promise.all(Array.from({ length: 12 }, () => client.request<{ window: number }>(getProject, project)));
    expect(rejected).toBe(0);
    expect(server.requests).toHaveLength(12);
    const perWindow = new Map<number, number>();
    for (const { window } of results) perWindow.set(window, (perWindow.get(window) ?? 0) + 1);
    expect(Math.max(...perWindow.values())).toBeLessThanOrEqual(limit);
    expect(perWindow.size).toBeGreaterThanOrEqual(3);
  });
});
