import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { REPO } from "../../generator/support.js";

/** The pinned Prism CLI's entry point, run with this Node rather than through a shell wrapper, so its pid is Prism's. */
const PRISM_CLI = path.join(REPO, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
/** Prism parses the whole description before it listens: seconds alone, far longer on cores shared with a full test run. */
export const PRISM_STARTUP_TIMEOUT_MS = 100_000;

const REDOCLY_CLI = path.join(REPO, "node_modules", "@redocly", "cli", "bin", "cli.js");

/**
 * spec/ as one JSON document (Redocly's bundle of its files) at `file`: Prism and the
 * schema checks read one document, while clients are generated from spec/ itself.
 */
export async function bundleOfSpec(file: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await promisify(execFile)(process.execPath, [REDOCLY_CLI, "bundle", path.join(REPO, "spec", "openapi.yaml"), "--output", file], {
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  return file;
}

export interface PrismServer {
  url: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("No port was assigned");
  return address.port;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function answers(url: string): Promise<boolean> {
  try {
    await (await fetch(url)).body?.cancel();
    return true;
  } catch {
    return false;
  }
}

/**
 * Seeds every body Prism generates: it reseeds per response, so each operation gets the
 * same generated body on every run, whatever order the calls arrive in.
 */
const SEED = "d360-contract";

/**
 * Starts `prism mock` on a free loopback port and resolves once it answers HTTP. It serves
 * the description's examples; a request with `Prefer: dynamic=true` gets a body generated
 * from the schema instead.
 */
export async function startPrism(spec: string): Promise<PrismServer> {
  const port = await freePort();
  const args = [PRISM_CLI, "mock", spec, "--host", "127.0.0.1", "--port", String(port), "--seed", SEED, "-v", "warn"];
  const child = spawn(process.execPath, args, { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
  // A worker that dies without running afterAll must not leave Prism behind.
  const killOnExit = () => child.kill("SIGTERM");
  process.once("exit", killOnExit);
  // Kept for the error message when Prism fails to start.
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    process.off("exit", killOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited(child);
  };
  const deadline = Date.now() + PRISM_STARTUP_TIMEOUT_MS;
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`Prism did not start on ${url} for ${spec}:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, close };
}
