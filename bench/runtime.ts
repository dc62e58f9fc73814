// Benchmark of the generated-client runtime (not a test). Run: npm run bench:runtime
//
// (a) Per-request latency of ApiClient's full stack (token, pacing, timeouts, retries, error
//     mapping) against bare openapi-fetch and plain fetch, interleaved in one process.
// (b) Bursts of concurrent requests against a server allowing 50 per one-second window, when it
//     reports X-RateLimit-* on every response and when it reports them on 429s only, and against a
//     server without limits: 429s received and total time for ApiClient, for bare openapi-fetch
//     with a naive retry-on-429 loop, and the floor the window allows.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
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
  const ratio = (medians.get("ApiClient.request") as number) / openapi;
  console.log(`    target: ApiClient.request ≤ 1.15× bare openapi-fetch: ${ratio.toFixed(2)}× (${ratio <= 1.15 ? "met" : "NOT met"})`);
}

const WINDOW_LIMIT = 50;
const MAX_ATTEMPTS = 30;

/** How a limited server reports its limit: on every response, or only on the 429s it sends. */
type Reporting = "every response" | "429 only" | "no limit";

/** Fixed one-second windows aligned on epoch seconds, like X-RateLimit-Reset implies. */
async function benchServer() {
  const used = new Map<number, number>();
  const state = { reporting: "every response" as Reporting, rejected: 0, accepted: 0 };
  const { server, url } = await listen((response) => {
    const now = Date.now();
    const window = Math.floor(now / 1000);
    const count = (used.get(window) ?? 0) + 1;
    used.set(window, count);
    const headers = {
      "x-ratelimit-limit": String(WINDOW_LIMIT),
      "x-ratelimit-remaining": String(Math.max(0, WINDOW_LIMIT - count)),
      "x-ratelimit-reset": String(window + 1),
    };
    if (state.reporting !== "no limit" && count > WINDOW_LIMIT) {
      state.rejected++;
      response.writeHead(429, { ...headers, "content-type": "application/json", "retry-after": String(Math.ceil(((window + 1) * 1000 - now) / 1000)) });
      response.end('{"title":"Too Many Requests"}');
      return;
    }
    state.accepted++;
    response.writeHead(200, state.reporting === "every response" ? { ...headers, "content-type": "application/json" } : { "content-type": "application/json" });
    response.end('{"id":"p1"}');
  });
  return { server, url, state };
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

interface Run {
  rejected: number;
  seconds: number;
}

const NO_LIMIT_REPEATS = 21;
const NO_LIMIT_ONLY = new Set(["ApiClient, no limit declared", "ApiClient before #12"]);

async function measureBursts(): Promise<void> {
  const { server, url, state } = await benchServer();
  const scenarios: [Reporting, number][] = [
    ["every response", 120],
    ["every response", 300],
    ["429 only", 120],
    ["429 only", 300],
    ["no limit", 120],
    ["no limit", 300],
  ];
  const before = await runtimeBeforePacing();
  const burstOf = (makeClient: () => { request: ApiClient<BenchPaths>["request"] }) => (count: number) => {
    const client = makeClient();
    return Promise.all(Array.from({ length: count }, () => client.request(getProject, projectInput)));
  };
  const clients: [string, (count: number) => Promise<unknown>][] = [
    ["ApiClient", burstOf(() => new ApiClient<BenchPaths>({ baseUrl: url, maxRetries: 10 }))],
    [
      "ApiClient, no limit declared",
      burstOf(() => new ApiClient<BenchPaths>({ baseUrl: url, maxRetries: 10, pacingStartConcurrency: Infinity })),
    ],
    ...(before
      ? [["ApiClient before #12", burstOf(() => new before.ApiClient({ baseUrl: url, maxRetries: 10 }))] as [string, (count: number) => Promise<unknown>]]
      : []),
    [
      "openapi-fetch + naive retry",
      (count) => {
        const client = createOpenApiClient<BenchPaths>({ baseUrl: url });
        const deadline = Date.now() + 60_000;
        return Promise.all(Array.from({ length: count }, () => naiveRetryingCall(client, deadline)));
      },
    ],
  ];
  console.log(`\n(b) Concurrent requests, each client fresh, started just after a window opens; the server allows ${WINDOW_LIMIT} per 1-second window`);
  console.log("    (fixed windows on epoch seconds, 429 + Retry-After beyond), reporting X-RateLimit-* on every response, on 429s only, or has no limit");
  console.log("    limits reported on      requests   client                          429s   total s   vs naive   vs before #12");
  console.log(`    (no limit: median of ${NO_LIMIT_REPEATS} interleaved bursts; the rows with a limit: one burst each)`);
  for (const [reporting, count] of scenarios) {
    state.reporting = reporting;
    // Generated clients start without a cap only for descriptions that declare no limit, and the
    // pre-#12 runtime is the baseline for bursts without limits: neither belongs in the limited rows.
    const competing = clients.filter(([name]) => reporting === "no limit" || !NO_LIMIT_ONLY.has(name));
    const samples = new Map<string, { rejected: number; seconds: number[] }>(competing.map(([name]) => [name, { rejected: 0, seconds: [] }]));
    // Bursts without a limit take a fraction of a second, so the median of several interleaved ones is shown.
    const repeats = reporting === "no limit" ? NO_LIMIT_REPEATS : 1;
    for (let repeat = 0; repeat < repeats; repeat++) {
      for (const [name, run] of competing) {
        if (reporting !== "no limit") await alignToWindowStart();
        state.rejected = 0;
        state.accepted = 0;
        const started = performance.now();
        await run(count);
        const sample = samples.get(name)!;
        sample.seconds.push((performance.now() - started) / 1000);
        sample.rejected += state.rejected;
      }
    }
    const runs = new Map<string, Run>([...samples].map(([name, sample]) => [name, { rejected: sample.rejected, seconds: median(sample.seconds) }]));
    const naive = runs.get("openapi-fetch + naive retry")!;
    const before = runs.get("ApiClient before #12");
    const rows: [string, Run, string, string][] = [...runs].map(([name, run]) => [
      name,
      run,
      (run.seconds / naive.seconds).toFixed(2) + "×",
      before ? (run.seconds / before.seconds).toFixed(2) + "×" : "",
    ]);
    if (reporting !== "no limit") {
      // The last window a burst needs opens (windows - 1) seconds after the aligned start.
      rows.push(["floor", { rejected: 0, seconds: Math.ceil(count / WINDOW_LIMIT) - 1 }, "", ""]);
    }
    rows.forEach(([name, run, vsNaive, vsBefore], index) => {
      const label = index === 0 ? `    ${reporting.padEnd(22)}  ${String(count).padStart(8)}` : " ".repeat(36);
      const seconds = name === "floor" ? `≥ ${run.seconds.toFixed(2)}` : run.seconds.toFixed(3);
      console.log(`${label}   ${name.padEnd(30)} ${String(run.rejected).padStart(5)} ${seconds.padStart(9)}   ${vsNaive.padStart(8)}   ${vsBefore.padStart(12)}`);
    });
  }
  await close(server);
}

/** The commit whose runtime released full concurrency after the first response: "today" in issue #12. */
const BEFORE_PACING = "c944085";

/** That runtime, extracted from git history into .tmp; undefined (with a note) without the history. */
async function runtimeBeforePacing(): Promise<{ ApiClient: typeof ApiClient } | undefined> {
  const repo = path.resolve(import.meta.dirname, "..");
  const target = path.join(repo, ".tmp", "bench-runtime-before");
  try {
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    const archive = execFileSync("git", ["archive", BEFORE_PACING, "templates/runtime"], { cwd: repo, maxBuffer: 1 << 26 });
    execFileSync("tar", ["-x", "-C", target], { input: archive });
    return await import(pathToFileURL(path.join(target, "templates", "runtime", "index.ts")).href);
  } catch {
    console.log(`    (commit ${BEFORE_PACING} is not in this clone's history: the "before #12" rows are left out)`);
    return undefined;
  }
}

await measureOverhead();
await measureBursts();
