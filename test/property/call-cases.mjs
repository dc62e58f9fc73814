// The property suite's runtime check, in its own process so that code a hostile
// spec smuggled in cannot reach the test runner: imports each compiled package,
// calls every method with only its required parameters against a loopback
// server, and prints the failures as JSON. Usage: node call-cases.mjs PLAN.json
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";

const plan = JSON.parse(await readFile(process.argv[2], "utf8"));
const received = [];
const server = createServer((request, response) => {
  received.push({ method: request.method, url: request.url, headers: request.headers });
  request.resume();
  request.on("end", () => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end("{}");
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${server.address().port}/`;
const failures = [];

for (const entry of plan) {
  const fail = (message) => failures.push({ index: entry.index, stage: "runtime", message });
  delete globalThis.__pwned;
  let api;
  try {
    api = await import(pathToFileURL(entry.module).href);
  } catch (error) {
    fail(`import failed: ${error}`);
    continue;
  }
  if ("__pwned" in globalThis) fail("spec text ran as code on import");
  if (typeof api.createClient !== "function") {
    fail("createClient is not exported");
    continue;
  }
  const client = api.createClient({ baseUrl, retry: { attempts: 1 } });
  for (const call of entry.calls) {
    let target = client;
    let owner = client;
    for (const step of call.client.split(".")) {
      owner = target;
      target = target?.[step];
    }
    if (typeof target !== "function") {
      fail(`${call.client} (${call.route}) is not a method of the client`);
      continue;
    }
    const before = received.length;
    let thrown;
    try {
      await Promise.race([
        target.call(owner, structuredClone(call.params)),
        new Promise((_, reject) => setTimeout(() => reject(new Error("no answer in 10 s")), 10_000)),
      ]);
    } catch (error) {
      thrown = error;
    }
    const requests = received.slice(before);
    if (requests.length === 0) {
      fail(`${call.client} (${call.route}) sent no request${thrown ? `: ${String(thrown).slice(0, 200)}` : ""}`);
      continue;
    }
    const [request] = requests;
    const url = new URL(request.url, baseUrl);
    const cookies = String(request.headers.cookie ?? "");
    for (const { location, name } of call.omitted) {
      const sent =
        (location === "query" && url.searchParams.has(name)) ||
        (location === "header" && Object.hasOwn(request.headers, name.toLowerCase())) ||
        (location === "cookie" && cookies.split(/;\s*/).some((pair) => pair.startsWith(`${encodeURIComponent(name)}=`) || pair.startsWith(`${name}=`)));
      if (sent) fail(`${call.client} (${call.route}) sent the omitted ${location} parameter ${JSON.stringify(name)}`);
    }
    const pathValues = url.pathname.split("/").filter((segment) => segment === "v-path").length;
    for (const { location, name } of call.sent) {
      // Node's fetch drops a header named __proto__ on the way out (undici copies headers into a plain object; nodejs/undici#5666).
      if (location === "header" && name === "__proto__") continue;
      const value = `v-${location}`;
      const arrived =
        (location === "path" && pathValues === call.sent.filter((parameter) => parameter.location === "path").length) ||
        (location === "query" && url.searchParams.getAll(name).includes(value)) ||
        (location === "header" && request.headers[name.toLowerCase()] === value) ||
        (location === "cookie" && cookies.split(/;\s*/).includes(`${name}=${value}`));
      if (!arrived) fail(`${call.client} (${call.route}) did not send the required ${location} parameter ${JSON.stringify(name)}`);
    }
  }
  if ("__pwned" in globalThis) fail("spec text ran as code when methods were called");
}
server.close();
process.stdout.write(JSON.stringify(failures));
