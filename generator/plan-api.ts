/**
 * The stages up to the plan: load → validate → model → plan (names, the SDK's
 * resources and methods). `npm run generate` goes on to emit and format;
 * `npm run api-diff` stops here, so this module imports nothing of the later
 * stages and the change report never loads them.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadSpec, type InputLimits, type LoadedSpec } from "./load/load.js";
import { buildModel } from "./model/build.js";
import { compareCodePoints } from "./model/order.js";
import type { ApiModel } from "./model/types.js";
import type { TemplateFile } from "./plan/files.js";
import { assignNames, CLIENT_MEMBERS, clientModuleExports, exportedNames, scopeNames, type Names } from "./plan/naming.js";
import { planSdk, scopeParameterOf, type SdkPlan } from "./plan/resources.js";
import { validateSpec } from "./validate/validate.js";

export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** What the stages up to the plan produce: the spec as read, its model, the runtime templates and every name. */
export interface ApiPlan {
  spec: LoadedSpec;
  model: ApiModel;
  runtime: TemplateFile[];
  names: Names;
  sdk: SdkPlan;
}

export interface PlanOptions {
  specPath: string;
  /** Folder holding `runtime/`; the repository's `templates/` by default. */
  templatesDir?: string;
  onProgress?: (stage: string) => void;
  /** Bounds on reading the spec (size, folder, YAML aliases); the loader's defaults when absent. */
  input?: Partial<InputLimits>;
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
  const names = assignNames(model, reserved);
  const scopeMethod = scopeNames(scopeParameter)?.method;
  const sdk = planSdk(model, names.exports, [...CLIENT_MEMBERS, ...(scopeMethod ? [scopeMethod] : [])]);
  return { spec, model, runtime, names, sdk };
}

export async function readRuntime(templatesDir: string, folder = "runtime"): Promise<TemplateFile[]> {
  const runtimeDir = path.join(templatesDir, folder);
  const names = (await readdir(runtimeDir)).filter((name) => name.endsWith(".ts")).sort(compareCodePoints);
  return Promise.all(names.map(async (name) => ({ path: name, text: await readFile(path.join(runtimeDir, name), "utf8") })));
}
