// Benchmark of the generated-client runtime (not a test). Run: npx tsx bench/runtime.ts
//
// (a) Per-request overhead of ApiClient's full stack (token, pacing, timeouts, retries, error
//     mapping) against bare openapi-fetch and plain fetch, interleaved in one process.
// (b) 300 concurrent requests against a server allowing 50 per one-second window: time and
//     number of 429s for ApiClient (pacing) and for openapi-fetch with a naive retry-on-429 loop.
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import createOpenApiClient from "openapi-fetch";
import { ApiClient, type OperationSpec } from "../templates/runtime/index.js";

interface BenchPaths {
  "/v3/projects/{project_id}": {
    get: {
      parameters: { path: { project_id: string } };
      responses: { 200: { content: { "application/json": { id: string } } } };
    };
  };
}

const getProject: OperationSpec = { method: "get", path: "/v3/projects/{project_id}", response: "json" };
const projectInput = { path: { project_id: "p1" } };

async function listen(handler: (response: ServerResponse) => void): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => handler(response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function measureOverhead(): Promise<void> {
  const body = JSON.stringify({ id: "p1" });
  const { server, url } = await listen((response) => {
    response.writeHead(200, { "content-type": "application/json", "content-length": String(body.length) });
    response.end(body);
  });
  const bare = createOpenApiClient<BenchPaths>({ baseUrl: url });
  const client = new ApiClient<BenchPaths>({ baseUrl: url, token: "bench-token" });
  const variants: [string, () => Promise<unknown>][] = [
    ["plain fetch", async () => (await fetch(`${url}/v3/projects/p1`, { headers: { authorization: "Bearer bench-token" } })).json()],
    ["bare openapi-fetch", () => bare.GET("/v3/projects/{project_id}", { params: { path: { project_id: "p1" } } })],
    ["ApiClient.raw", () => client.raw.GET("/v3/projects/{project_id}", { params: { path: { project_id: "p1" } } })],
    ["ApiClient.request", () => client.request(getProject, projectInput)],
  ];
  const rounds = 40;
  const batch = 40;
  const samples = new Map<string, number[]>(variants.map(([name]) => [name, []]));
  for (const [, call] of variants) for (let i = 0; i < 200; i++) await call();
  for (let round = 0; round < rounds; round++) {
    // Rotating the order spreads any drift (GC, JIT, socket reuse) evenly over the variants.
    for (let offset = 0; offset < variants.length; offset++) {
      const [name, call] = variants[(round + offset) % variants.length] as [string, () => Promise<unknown>];
      const times = samples.get(name) as number[];
      for (let i = 0; i < batch; i++) {
        const started = performance.now();
        await call();
        times.push(performance.now() - started);
      }
    }
  }
  await close(server);

  const medians = new Map([...samples].map(([name, times]) => [name, median(times) * 1000]));
  const plain = medians.get("plain fetch") as number;
  const openapi = medians.get("bare openapi-fetch") as number;
  console.log(`(a) Per-request latency, loopback, ${rounds} interleaved rounds × ${batch} sequential requests per variant`);
  console.log("    variant               median µs   vs fetch   vs openapi-fetch   overhead vs fetch");
  for (const [name, value] of medians) {
    console.log(
      `    ${name.padEnd(20)} ${value.toFixed(0).padStart(10)} ${(value / plain).toFixed(2).padStart(9)}× ${(value / openapi).toFixed(2).padStart(15)}× ${(value - plain).toFixed(0).padStart(14)} µs`,
    );
  }
}

const WINDOW_LIMIT = 50;
const BATCH = 300;
const MAX_ATTEMPTS = 30;

/** Fixed one-second windows aligned on epoch seconds, like X-RateLimit-Reset implies. */
async function rateLimitedServer() {
  const used = new Map<number, number>();
  const stats = { rejected: 0, accepted: 0 };
  const { server, url } = await listen((response) => {
    const now = Date.now();
    const window = Math.floor(now / 1000);
    const count = (used.get(window) ?? 0) + 1;
    used.set(window, count);
    const headers = {
      "content-type": "application/json",
      "x-ratelimit-limit": String(WINDOW_LIMIT),
      "x-ratelimit-remaining": String(Math.max(0, WINDOW_LIMIT - count)),
      "x-ratelimit-reset": String(window + 1),
    };
    if (count > WINDOW_LIMIT) {
      stats.rejected++;
      response.writeHead(429, { ...headers, "retry-after": String(Math.ceil(((window + 1) * 1000 - now) / 1000)) });
      response.end('{"title":"Too Many Requests"}');
      return;
    }
    stats.accepted++;
    response.writeHead(200, headers);
    response.end('{"id":"p1"}');
  });
  return { server, url, stats };
}

/** Starts runs just after a window opens, so every run faces the same floor. */
async function alignToWindowStart(): Promise<void> {
  await sleep(1000 - (Date.now() % 1000) + 5);
}

async function naiveRetryingCall(client: ReturnType<typeof createOpenApiClient<BenchPaths>>, deadline: number): Promise<void> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS && Date.now() < deadline; attempt++) {
    const { response } = await client.GET("/v3/projects/{project_id}", { params: { path: { project_id: "p1" } } });
    if (response.status !== 429) return;
    await sleep(Number(response.headers.get("retry-after") ?? "1") * 1000);
  }
  throw new Error("naive client gave up");
}

async function measureRateLimitedBatch(): Promise<void> {
  const { server, url, stats } = await rateLimitedServer();
  const floorWindows = Math.ceil(BATCH / WINDOW_LIMIT);
  console.log(`\n(b) ${BATCH} concurrent requests, server allows ${WINDOW_LIMIT} per 1-second window (429 + Retry-After beyond)`);
  console.log(`    floor: ${floorWindows} windows, i.e. the last requests can go no earlier than ${floorWindows - 1}.0 s after a window-aligned start`);

  const runs: [string, () => Promise<unknown>][] = [
    [
      "ApiClient (pacing)",
      () => {
        const client = new ApiClient<BenchPaths>({ baseUrl: url, maxRetries: 10 });
        return Promise.all(Array.from({ length: BATCH }, () => client.request(getProject, projectInput, { signal: AbortSignal.timeout(60_000) })));
      },
    ],
    [
      "openapi-fetch + naive 429 retry",
      () => {
        const client = createOpenApiClient<BenchPaths>({ baseUrl: url });
        const deadline = Date.now() + 60_000;
        return Promise.all(Array.from({ length: BATCH }, () => naiveRetryingCall(client, deadline)));
      },
    ],
  ];
  console.log("    client                            total s   429s received   requests sent");
  for (const [name, run] of runs) {
    await alignToWindowStart();
    stats.rejected = 0;
    stats.accepted = 0;
    const started = performance.now();
    await run();
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `    ${name.padEnd(32)} ${seconds.toFixed(2).padStart(8)} ${String(stats.rejected).padStart(15)} ${String(stats.accepted + stats.rejected).padStart(15)}`,
    );
  }
  await close(server);
}

await measureOverhead();
await measureRateLimitedBatch();
