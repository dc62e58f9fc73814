/**
 * Runs a batch of generated documents through everything a user does with the
 * package: generate, type-check under --strict with `bundler` and with
 * `NodeNext` resolution (one tsc program per resolution for the whole batch),
 * compile, import, and call every method against a loopback server. A document
 * with a required parameter no request can carry must instead be refused, with
 * exactly one `error:` line per such parameter; an optional one is left out of
 * the package, with exactly one `warning:` line each. Returns what went wrong,
 * by case, and which cases were refused or had parameters left out.
 */
import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { runCli } from "../../generator/cli.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const TSC = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
const run = promisify(execFile);

export interface CaseFailure {
  index: number;
  stage: "generate" | "typecheck-bundler" | "typecheck-nodenext" | "runtime";
  message: string;
}

export interface CaseResults {
  failures: CaseFailure[];
  /** Indices of the documents refused as they should be. */
  refused: number[];
  /** Indices of the documents generated without their optional parameters that no request can carry. */
  leftOut: number[];
}

interface Surface {
  operations: Record<string, { client: string; route: string; input: SurfaceInput }>;
  schemas: Record<string, unknown>;
}
type SurfaceInput = { required?: Record<string, SurfaceGroup>; optional?: Record<string, SurfaceGroup> };
type SurfaceGroup = { required?: Record<string, unknown>; optional?: Record<string, unknown> } | unknown;

/** What the runtime checker calls: a client method path, and its parameters holding only what is required. */
export interface PlannedCall {
  client: string;
  route: string;
  params: Record<string, unknown>;
  /** The parameters given, each with the value `v-LOCATION`, which must reach the server. */
  sent: { location: string; name: string }[];
  /** Names of the parameters left out, which must not reach the server. */
  omitted: { location: string; name: string }[];
}

/** RFC 9110's `token`, the only header and cookie names a request can carry. */
const HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** The problems the generator names when it refuses such a parameter. */
const REFUSAL = /^error: .*#\/paths\/.*\/parameters\/\d+\/name \(.+\): the (?:(?:header|cookie) parameter name .* is not an HTTP token|path parameter name .* holds `\{` or `\}`)/;
/** What the generator says when it leaves out an optional one. */
const LEFT_OUT = /^warning: .*#\/paths\/.*\/parameters\/\d+\/name \(.+\): the (?:header|cookie) parameter name .* is not an HTTP token .*; it is optional, so the client leaves it out$/;

interface UnsendableParameter {
  /** `GET /route`, as the surface names the operation. */
  route: string;
  location: string;
  name: string;
  required: boolean;
}

/** The parameters of `document` that no request can carry: header and cookie names that are no token, path names holding a brace. */
export function unsendableParameters(document: unknown): UnsendableParameter[] {
  type RawParameter = { name: string; in: string; required?: boolean };
  const paths = (document as { paths?: Record<string, Record<string, { parameters?: RawParameter[] }>> }).paths ?? {};
  return Object.entries(paths).flatMap(([route, item]) =>
    Object.entries(item).flatMap(([method, operation]) =>
      (operation.parameters ?? [])
        .filter((parameter) => ((parameter.in === "header" || parameter.in === "cookie") && !HTTP_TOKEN.test(parameter.name)) || (parameter.in === "path" && /[{}]/.test(parameter.name)))
        .map((parameter) => ({
          route: `${method.toUpperCase()} ${route}`,
          location: parameter.in,
          name: parameter.name,
          required: parameter.in === "path" || parameter.required === true,
        })),
    ),
  );
}

const described = (parameters: UnsendableParameter[]) => parameters.map((parameter) => `${parameter.location} ${JSON.stringify(parameter.name)}`).join(", ");

export async function checkCases(documents: unknown[], workDir: string): Promise<CaseResults> {
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  const failures: CaseFailure[] = [];
  const refused: number[] = [];
  const leftOut: number[] = [];
  const generated: { index: number; dir: string; calls: PlannedCall[]; schemas: string[] }[] = [];
  for (const [index, document] of documents.entries()) {
    const dir = path.join(workDir, `case-${index}`);
    await mkdir(dir, { recursive: true });
    const spec = path.join(dir, "spec.json");
    await writeFile(spec, JSON.stringify(document, null, 2));
    let stderr = "";
    const code = await runCli(["--spec", spec, "--out", path.join(dir, "out"), "--quiet"], { stdout: () => {}, stderr: (text) => (stderr += text) });
    const unsendable = unsendableParameters(document);
    const mustRefuse = unsendable.filter((parameter) => parameter.required);
    const lines = stderr.trim().split("\n");
    if (code !== 0 && mustRefuse.length > 0 && lines.length === mustRefuse.length && lines.every((line) => REFUSAL.test(line))) {
      refused.push(index);
      continue;
    }
    if (code !== 0 || mustRefuse.length > 0) {
      const message = code === 0 ? `generated although no request can carry ${described(mustRefuse)}` : lines.slice(0, 3).join(" | ");
      failures.push({ index, stage: "generate", message });
      continue;
    }
    const warnings = lines.filter((line) => line.startsWith("warning: "));
    if (warnings.length !== unsendable.length || !warnings.every((line) => LEFT_OUT.test(line))) {
      failures.push({ index, stage: "generate", message: `expected one warning each for ${described(unsendable) || "nothing"}, got: ${warnings.join(" | ")}` });
      continue;
    }
    const surface = JSON.parse(await readFile(path.join(dir, "out", "api-surface.json"), "utf8")) as Surface;
    const kept = unsendable.filter((parameter) => surfaceHas(surface, parameter));
    if (kept.length > 0) {
      failures.push({ index, stage: "generate", message: `the package still takes ${described(kept)}, which no request can carry` });
      continue;
    }
    if (unsendable.length > 0) leftOut.push(index);
    generated.push({ index, dir, calls: plannedCalls(surface), schemas: Object.keys(surface.schemas) });
    await writeFile(path.join(dir, "out", "src", "reach.ts"), reachability(Object.keys(surface.schemas)));
  }
  if (generated.length === 0) return { failures, refused, leftOut };

  for (const [stage, resolution] of [["typecheck-bundler", "bundler"], ["typecheck-nodenext", "NodeNext"]] as const) {
    const config = path.join(workDir, `tsconfig.${resolution}.json`);
    const emits = resolution === "NodeNext";
    await writeFile(
      config,
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          lib: ["ES2022", "DOM", "DOM.Iterable"],
          module: resolution === "bundler" ? "ESNext" : "NodeNext",
          moduleResolution: resolution,
          strict: true,
          skipLibCheck: true,
          verbatimModuleSyntax: true,
          ...(emits ? { outDir: path.join(workDir, "dist"), rootDir: workDir } : { noEmit: true }),
        },
        include: generated.map((entry) => path.join(entry.dir, "out", "src")),
      }),
    );
    const output = await run(process.execPath, [TSC, "-p", config], { cwd: REPO, maxBuffer: 64 * 1024 * 1024 }).then(
      () => "",
      (error: { stdout: string }) => error.stdout || "tsc failed without naming a file",
    );
    for (const entry of generated) {
      const prefix = path.relative(REPO, entry.dir) + path.sep;
      const lines = output.split("\n").filter((line) => line.startsWith(prefix));
      if (lines.length > 0) failures.push({ index: entry.index, stage, message: lines.slice(0, 3).join(" | ") });
    }
    if (output !== "" && !generated.some((entry) => output.includes(path.relative(REPO, entry.dir)))) {
      throw new Error(`tsc (${resolution}) failed without naming a case: ${output.slice(0, 2000)}`);
    }
  }

  const plan = generated.map((entry) => ({
    index: entry.index,
    module: path.join(workDir, "dist", `case-${entry.index}`, "out", "src", "index.js"),
    calls: entry.calls,
  }));
  const planFile = path.join(workDir, "plan.json");
  await writeFile(planFile, JSON.stringify(plan));
  const { stdout } = await run(process.execPath, [path.join(import.meta.dirname, "call-cases.mjs"), planFile], { cwd: REPO, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  for (const failure of JSON.parse(stdout) as CaseFailure[]) failures.push(failure);
  return { failures: failures.sort((a, b) => a.index - b.index), refused, leftOut };
}

/** Whether the surface's operation at the parameter's route takes it. */
function surfaceHas(surface: Surface, parameter: UnsendableParameter): boolean {
  return Object.values(surface.operations).some((operation) => {
    if (operation.route !== parameter.route) return false;
    const group = { ...(operation.input.required ?? {}), ...(operation.input.optional ?? {}) }[parameter.location];
    const { required = {}, optional = {} } = (group ?? {}) as { required?: Record<string, unknown>; optional?: Record<string, unknown> };
    return Object.hasOwn(required, parameter.name) || Object.hasOwn(optional, parameter.name);
  });
}

/** A file that names every model type the surface lists, so tsc fails when one is not exported. */
function reachability(schemaNames: string[]): string {
  const lines = ['import type * as Api from "./index.js";', 'import { createClient } from "./index.js";', "export const created = createClient;"];
  schemaNames.forEach((name, index) => lines.push(`export type Reach${index} = Api.Models.${name};`));
  return lines.join("\n") + "\n";
}

function plannedCalls(surface: Surface): PlannedCall[] {
  return Object.values(surface.operations).map((operation) => {
    const sent: PlannedCall["sent"] = [];
    const omitted: PlannedCall["omitted"] = [];
    const groups = { ...(operation.input.required ?? {}), ...(operation.input.optional ?? {}) };
    for (const [location, group] of Object.entries(groups)) {
      if (location === "body") continue;
      const { required = {}, optional = {} } = (group ?? {}) as { required?: Record<string, unknown>; optional?: Record<string, unknown> };
      for (const name of Object.keys(required)) sent.push({ location, name });
      for (const name of Object.keys(optional)) omitted.push({ location, name });
    }
    // The method takes its parameters by location when two locations share a name or one is named `body` (plan/resources.ts).
    const names = [...sent, ...omitted].map((parameter) => parameter.name);
    const grouped = new Set(names).size !== names.length || names.includes("body");
    const params: Record<string, unknown> = Object.create(null);
    for (const { location, name } of sent) {
      if (grouped) ((params[location] ??= Object.create(null)) as Record<string, unknown>)[name] = `v-${location}`;
      else params[name] = `v-${location}`;
    }
    if (operation.input.required?.body !== undefined) params["body"] = {};
    return { client: operation.client, route: operation.route, params, sent, omitted };
  });
}
