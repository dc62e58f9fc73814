/**
 * The stages up to the plan: load → validate → model → plan (names, the SDK's
 * resources and methods). `npm run generate` goes on to emit and format;
 * `npm run api-diff` stops here, so this module imports nothing of the later
 * stages and the change report never loads them.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SpecError } from "./errors.js";
import { loadSpec, parseYaml, type InputLimits, type LoadedSpec } from "./load/load.js";
import { buildModel } from "./model/build.js";
import { compareCodePoints } from "./model/order.js";
import type { ApiModel } from "./model/types.js";
import { ABSENT_SOURCE, type TemplateFile } from "./plan/files.js";
import { assignNames, CLIENT_MEMBERS, clientModuleExports, exportedNames, scopeNames, type Names } from "./plan/naming.js";
import { checkOverrideClashes, METHOD_NAMES_FILE, operationNames, parseOverrides, type MethodNameOverrides } from "./plan/method-names.js";
import { planSdk, scopeParameterOf, tagOf, type SdkPlan } from "./plan/resources.js";
import { validateSpec } from "./validate/validate.js";

export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** What the stages up to the plan produce: the spec as read, its model, the runtime templates and every name. */
export interface ApiPlan {
  spec: LoadedSpec;
  model: ApiModel;
  runtime: TemplateFile[];
  names: Names;
  sdk: SdkPlan;
  /** The method-name override file read (or looked for), with its SHA-256. */
  namesSource: { file: string; sha256: string };
}

export interface PlanOptions {
  specPath: string;
  /** Folder holding `runtime/`; the repository's `templates/` by default. */
  templatesDir?: string;
  onProgress?: (stage: string) => void;
  /** Bounds on reading the spec (size, folder, YAML aliases); the loader's defaults when absent. */
  input?: Partial<InputLimits>;
  /**
   * The method-name override file. Absent: `method-names.yaml` beside the
   * spec's root document, when there is one.
   */
  namesPath?: string;
  /** Leave out overrides for operations the spec lacks instead of refusing them (a change report's other side). */
  lenientNames?: boolean;
}

export async function planApi(options: PlanOptions): Promise<ApiPlan> {
  const progress = options.onProgress ?? (() => {});
  progress("load");
  const spec = await loadSpec(options.specPath, options.input);
  progress("validate");
  validateSpec(spec);
  progress("model");
  const model = buildModel(spec);
  progress("plan");
  const runtime = await readRuntime(options.templatesDir ?? path.join(REPOSITORY_ROOT, "templates"));
  const runtimeExports = exportedNames(
    runtime.map((file) => ({ fileName: `/runtime/${file.path}`, text: file.text })),
    "/runtime/index.ts",
  );
  const scopeParameter = scopeParameterOf(model.operations);
  const reserved = new Set([...runtimeExports, ...clientModuleExports(model, scopeParameter).map((entry) => entry.name), "Models", "paths"]);
  const overrides = await readOverrides(model, namesFileOf(options), options.lenientNames === true);
  const operationTags = new Map(model.operations.map((operation) => [operation.operationId, tagOf(operation)]));
  const chosen = operationNames(model, overrides.value, tagOf);
  if (overrides.value) checkOverrideClashes(overrides.value, chosen, (operationId) => operationTags.get(operationId)!);
  const names = assignNames(model, reserved, new Map([...chosen].map(([operationId, name]) => [operationId, name.function])));
  const scopeMethod = scopeNames(scopeParameter)?.method;
  const sdk = planSdk(model, names.exports, [...CLIENT_MEMBERS, ...(scopeMethod ? [scopeMethod] : [])], chosen);
  return { spec, model, runtime, names, sdk, namesSource: overrides.source };
}

function namesFileOf(options: Pick<PlanOptions, "specPath" | "namesPath">): { file: string; explicit: boolean } {
  if (options.namesPath !== undefined) return { file: options.namesPath, explicit: true };
  return { file: path.join(path.dirname(options.specPath), METHOD_NAMES_FILE), explicit: false };
}

async function readOverrides(
  model: ApiModel,
  { file, explicit }: { file: string; explicit: boolean },
  lenient: boolean,
): Promise<{ value: MethodNameOverrides | null; source: { file: string; sha256: string } }> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" && !explicit) return undefined;
    throw new SpecError({ file }, `cannot read the method-name overrides (${error.code ?? error.message})`);
  });
  if (text === undefined) return { value: null, source: { file: path.resolve(file), sha256: ABSENT_SOURCE } };
  const value = await parseYaml(text, file);
  const known = new Set(model.operations.map((operation) => operation.operationId));
  return {
    value: parseOverrides(file, value, known, !lenient),
    source: { file: path.resolve(file), sha256: createHash("sha256").update(text).digest("hex") },
  };
}

export async function readRuntime(templatesDir: string, folder = "runtime"): Promise<TemplateFile[]> {
  const runtimeDir = path.join(templatesDir, folder);
  const names = (await readdir(runtimeDir)).filter((name) => name.endsWith(".ts")).sort(compareCodePoints);
  return Promise.all(names.map(async (name) => ({ path: name, text: await readFile(path.join(runtimeDir, name), "utf8") })));
}
