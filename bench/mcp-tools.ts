/**
 * `npm run bench:mcp`: what an assistant's context pays for the generated MCP
 * server's `tools/list`, in bytes of JSON, per mode, for Document360 v3.1 and
 * GitHub; and what generating the MCP files adds (time of the mcp emitter,
 * bytes of src/mcp/).
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runCli } from "../generator/cli.js";
import { loadSpec } from "../generator/load/load.js";
import { emitMcpFiles } from "../generator/mcp/emit.js";
import { buildModel } from "../generator/model/build.js";
import { planSdk } from "../generator/plan/resources.js";

const REPO = path.resolve(import.meta.dirname, "..");
const SPECS = [
  { id: "document360 v3.1", file: path.resolve(REPO, "../shared/specs/document360/v3.1.json"), subset: ["articles", "categories"] },
  { id: "github", file: path.join(REPO, "node_modules", "@octokit", "openapi", "generated", "api.github.com.json"), subset: ["repos", "issues"] },
];

interface ServerModule {
  toolList(options: Record<string, unknown>): { tools: unknown[] };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(path.join(dir, name))).size;
  return total;
}

/** The MCP emitter's own time on a spec, without the stages every generation runs anyway. */
async function emitSeconds(file: string): Promise<string> {
  const model = buildModel(await loadSpec(file));
  const sdk = planSdk(model);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    emitMcpFiles(model, sdk, "// header", "package");
    times.push((performance.now() - started) / 1000);
  }
  return times.sort((a, b) => a - b)[2]!.toFixed(2);
}

for (const spec of SPECS) {
  const out = path.join(REPO, ".tmp", "bench-mcp", spec.id.replace(/\W+/g, "-"));
  const code = await runCli(["--quiet", "--no-cache", "--spec", spec.file, "--out", out], { stdout: () => {}, stderr: (text) => process.stderr.write(text) });
  if (code !== 0) throw new Error(`generating ${spec.id} failed`);
  const server = (await import(pathToFileURL(path.join(out, "src", "mcp", "server.ts")).href)) as ServerModule;
  const data = (await import(pathToFileURL(path.join(out, "src", "mcp", "tools.ts")).href)) as Record<string, unknown>;
  const client = { request: () => Promise.reject(new Error("not called")) };
  const base = { client, operations: data["OPERATIONS"], tasks: data["TASKS"], info: data["SERVER_INFO"] };
  const modes: Record<string, Record<string, unknown>> = {
    compact: { mode: "compact" },
    "compact --read-only": { mode: "compact", readOnly: true },
    [`--tools ${spec.subset.join(",")}`]: { mode: "tools", only: spec.subset },
    "--tools all": { mode: "tools" },
    "--tools all --read-only": { mode: "tools", readOnly: true },
  };
  console.log(`${spec.id}: ${(data["OPERATIONS"] as unknown[]).length} operations, src/mcp/ ${(await folderBytes(path.join(out, "src", "mcp"))).toLocaleString("en")} bytes, emitting it ${await emitSeconds(spec.file)} s (median of 5)`);
  for (const [label, options] of Object.entries(modes)) {
    const { tools } = server.toolList({ ...base, ...options });
    const bytes = JSON.stringify({ tools }).length;
    console.log(`  ${label.padEnd(28)} ${String(tools.length).padStart(5)} tools ${bytes.toLocaleString("en").padStart(12)} bytes (~${Math.round(bytes / 4).toLocaleString("en")} tokens)`);
  }
}
