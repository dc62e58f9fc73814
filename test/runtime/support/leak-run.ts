// Run in a child process by leaks.test.ts: 1,000 calls of each kind share one AbortSignal against
// a loopback server, then the script reports what is left on the signal and in the event loop,
// closes the server and returns without exiting, so the parent sees whether the process ends by itself.
import { getEventListeners } from "node:events";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApiClient, waitForTask, type OperationSpec, type TaskEnvelope } from "../../../templates/runtime/index.js";

const CALLS = 1000;
const BATCH = 50;

function json(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    const url = new URL(request.url ?? "/", "http://x");
    if (url.pathname === "/v3/project") return json(response, { id: "p1" });
    if (url.pathname === "/v3/stream" || url.pathname === "/files/archive.zip") {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.write("part one,");
      return void setImmediate(() => response.end("part two"));
    }
    if (url.pathname === "/v3/task") return json(response, { data: { id: "t1", status: url.searchParams.get("poll") === "2" ? "Completed" : "InProgress" } });
    if (url.pathname === "/v3/items") {
      const second = url.searchParams.get("cursor") === "c2";
      return json(response, { data: [second ? "b" : "a"], pagination: { has_more: !second, next_cursor: second ? null : "c2" } });
    }
    response.writeHead(404);
    response.end();
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const client = new ApiClient<{}>({ baseUrl: base, token: "leak-token" });
const signal = new AbortController().signal;

const getProject: OperationSpec = { method: "get", path: "/v3/project", response: "json" };
const getStream: OperationSpec = { method: "get", path: "/v3/stream", response: "stream" };
const getTask: OperationSpec = { method: "get", path: "/v3/task", response: "json" };
const listItems: OperationSpec = { method: "get", path: "/v3/items", response: "json" };

const kinds: Record<string, () => Promise<unknown>> = {
  json: () => client.request(getProject, {}, { signal }),
  stream: async () => new Response(await client.request<ReadableStream<Uint8Array>>(getStream, {}, { signal })).text(),
  download: async () => (await client.download(`${base}/files/archive.zip`, { signal })).text(),
  waiter: () => {
    let poll = 0;
    return waitForTask(
      (pollSignal) => client.request<TaskEnvelope>(getTask, { query: { poll: ++poll } }, pollSignal ? { signal: pollSignal } : {}),
      { signal, intervalMs: 1 },
    );
  },
  paginated: async () => {
    const items: string[] = [];
    const list = client.paginate<{ data: string[] }, string, { cursor?: string }>(
      {},
      "cursor",
      (params) => client.request(listItems, { query: params }, { signal }),
      { signal },
    );
    for await (const item of list) items.push(item);
    if (items.join() !== "a,b") throw new Error(`paginated: got ${items.join()}`);
  },
};

const listeners: Record<string, number> = {};
let mostWhileRunning = 0;
for (const [kind, call] of Object.entries(kinds)) {
  for (let done = 0; done < CALLS; done += BATCH) {
    const batch = Promise.all(Array.from({ length: BATCH }, call));
    await new Promise((resolve) => setImmediate(resolve));
    mostWhileRunning = Math.max(mostWhileRunning, getEventListeners(signal, "abort").length);
    await batch;
  }
  listeners[kind] = getEventListeners(signal, "abort").length;
}

server.closeAllConnections();
await new Promise<void>((resolve) => server.close(() => resolve()));
// Time for both ends of the closed connections to be reaped before the event loop is inspected.
await new Promise((resolve) => setTimeout(resolve, 200));
const pending = process.getActiveResourcesInfo().filter((resource) => resource !== "TTYWrap" && resource !== "PipeWrap");
console.log(JSON.stringify({ listeners, mostWhileRunning, pending }));
