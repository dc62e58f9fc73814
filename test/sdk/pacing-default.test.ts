import { rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, petstore, REPO, tempDir, writeSpec } from "../generator/support.js";
import { sendJson, startServer, type TestServer } from "../runtime/support/server.js";
import { generatedD360Client, PROJECT } from "./support.js";

const BURST = 20;
const OUTPUT = path.join(REPO, ".tmp", "sdk-pacing", "petstore");

/**
 * Holds every response until the whole burst has arrived, so the widest point it records is how
 * many requests the client let fly at once. A client that holds some back is unblocked after a
 * short pause (the assertion on the count is what fails, not a timeout).
 */
let server: TestServer;
let inFlight = 0;
let widest = 0;
let parked: (() => void)[] = [];

function releaseAll() {
  const waiting = parked;
  parked = [];
  for (const answer of waiting) answer();
}

beforeAll(async () => {
  server = await startServer((request, response) => {
    inFlight++;
    widest = Math.max(widest, inFlight);
    parked.push(() => {
      inFlight--;
      sendJson(response, 200, request.url.includes("/articles") ? { data: { id: "a1" }, success: true } : []);
    });
    if (inFlight >= BURST) releaseAll();
    else setTimeout(releaseAll, 50);
  });
});
afterAll(() => server.close());

async function widestPointOf(burst: () => Promise<unknown>[]): Promise<number> {
  widest = 0;
  await Promise.all(burst());
  return widest;
}

describe("the generated client's pacing default", () => {
  it("sends a burst at once when the description declares no 429 and no rate-limit header", async () => {
    const dir = await tempDir();
    const spec = await writeSpec(dir, "openapi.json", petstore());
    await rm(OUTPUT, { recursive: true, force: true });
    expect((await cli("--spec", spec, "--out", OUTPUT, "--quiet", "--no-cache")).code).toBe(0);
    const sdk = await import(pathToFileURL(path.join(OUTPUT, "src", "index.ts")).href);
    const client = sdk.createClient({ baseUrl: server.url });
    expect(await widestPointOf(() => Array.from({ length: BURST }, () => client.pets.list({ tag: "t" })))).toBe(BURST);
  });

  it("probes, then keeps 8 in flight, when the description declares rate limits (Document360)", async () => {
    const sdk = await generatedD360Client();
    const client = sdk.createClient({ baseUrl: server.url, token: "t" }).project(PROJECT);
    expect(await widestPointOf(() => Array.from({ length: BURST }, () => client.articles.get({ article_id: "a1" })))).toBe(8);
  });
});
