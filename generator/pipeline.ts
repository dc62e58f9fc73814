/**
 * The generator, top to bottom: load → validate → model → plan (names, the SDK's
 * resources and methods) → emit → format; the command line then writes the
 * files and reports what changed. Each stage's output is the next one's input,
 * as data. `planApi` is the part up to the plan, which the change report needs
 * without emitting anything.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { emitFiles } from "./emit/files.js";
import { createPrinter } from "./emit/ts.js";
import { formatFile, prepareFormatting } from "./format/format.js";
import { loadSpec, type InputLimits, type LoadedSpec } from "./load/load.js";
import { buildModel } from "./model/build.js";
import { compareCodePoints } from "./model/order.js";
import type { ApiModel } from "./model/types.js";
import { MANIFEST, type GeneratedFile, type TemplateFile } from "./plan/files.js";
import { assignNames, CLIENT_MEMBERS, clientModuleExports, exportedNames, scopeNames, type Names } from "./plan/naming.js";
import { planSdk, scopeParameterOf, type SdkPlan } from "./plan/resources.js";
import { escapeUnsafeCharacters } from "./plan/identifiers.js";
import { resourceMethodLabel } from "./plan/surface.js";
import { validateSpec } from "./validate/validate.js";

export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface GenerateOptions {
  specPath: string;
  /** Folder holding `runtime/`; the repository's `templates/` by default. */
  templatesDir?: string;
  packageName?: string;
  onProgress?: (stage: string) => void;
  /** Folder for caches that speed up regeneration (never its output); none when absent. */
  cacheDir?: string;
  /** Bounds on reading the spec (size, folder, YAML aliases); the loader's defaults when absent. */
  input?: Partial<InputLimits>;
  /** The format stage, file by file; `formatFile` unless a test looks at what goes in. */
  formatStage?: typeof formatFile;
}

export interface Generation {
  files: GeneratedFile[];
  operations: number;
  schemas: number;
  /** The spec documents read, with the SHA-256 of the text they were read with. */
  sources: { file: string; sha256: string }[];
}

/** What the stages up to the plan produce: the spec as read, its model, the runtime templates and every name. */
export interface ApiPlan {
  spec: LoadedSpec;
  model: ApiModel;
  runtime: TemplateFile[];
  names: Names;
  sdk: SdkPlan;
}

export async function planApi(options: Pick<GenerateOptions, "specPath" | "templatesDir" | "onProgress" | "input">): Promise<ApiPlan> {
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

export async function generate(options: GenerateOptions): Promise<Generation> {
  const progress = options.onProgress ?? (() => {});
  prepareFormatting();
  const { spec, model, runtime, names, sdk } = await planApi(options);
  const mcpTemplates = await readRuntime(options.templatesDir ?? path.join(REPOSITORY_ROOT, "templates"), "mcp");
  progress("emit");
  const rootManifest = JSON.parse(await readFile(path.join(REPOSITORY_ROOT, "package.json"), "utf8")) as {
    version: string;
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const specLabel = labelOf(spec.entry.displayPath);
  const formatStage = options.formatStage ?? formatFile;
  // Each file goes to the formatter as soon as it is emitted, so prettier's threads work while the next one is emitted.
  const formatting = Array.from(
    emitFiles({
      model,
      names,
      sdk,
      specLabel,
      runtime,
      printer: createPrinter(),
      methodLabel: resourceMethodLabel(sdk),
      mcpTemplates,
      packageSettings: {
        name: options.packageName,
        dependencies: runtimeDependencies(runtime, rootManifest.dependencies),
        typescriptVersion: rootManifest.devDependencies.typescript!,
        mcpSdkVersion: rootManifest.devDependencies["@modelcontextprotocol/sdk"]!,
      },
    }),
    (file) => formatStage(file, { cacheDir: options.cacheDir }),
  );
  progress("format");
  const formatted = await Promise.all(formatting);
  const manifest = {
    generator: { name: "d360-client-generator", version: rootManifest.version },
    spec: { file: specLabel, sha256: spec.sha256, openapi: (spec.entry.value as { openapi: string }).openapi },
    operations: model.operations.length,
    schemas: model.schemas.length,
    files: formatted.map((file) => file.path).sort(compareCodePoints),
  };
  const files = [...formatted, { path: MANIFEST, text: escapeUnsafeCharacters(JSON.stringify(manifest, null, 2)) + "\n" }].sort((a, b) =>
    compareCodePoints(a.path, b.path),
  );
  const sources = [...spec.documents.values()].map((document) => ({
    file: document.file,
    sha256: createHash("sha256").update(document.text).digest("hex"),
  }));
  return { files, operations: model.operations.length, schemas: model.schemas.length, sources };
}

/** A spec path that reads the same on every machine: relative when inside the working folder, else its file name. */
function labelOf(displayPath: string): string {
  return path.isAbsolute(displayPath) ? path.basename(displayPath) : displayPath;
}

async function readRuntime(templatesDir: string, folder = "runtime"): Promise<TemplateFile[]> {
  const runtimeDir = path.join(templatesDir, folder);
  const names = (await readdir(runtimeDir)).filter((name) => name.endsWith(".ts")).sort(compareCodePoints);
  return Promise.all(names.map(async (name) => ({ path: name, text: await readFile(path.join(runtimeDir, name), "utf8") })));
}

/** The packages the runtime imports, at the exact versions this repository pins. */
function runtimeDependencies(runtime: TemplateFile[], pinned: Record<string, string>): Record<string, string> {
  const dependencies: Record<string, string> = {};
  for (const file of runtime) {
    for (const match of file.text.matchAll(/from\s+["']([^./"'][^"']*)["']/g)) {
      const specifier = match[1]!;
      const packageName = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!;
      const version = pinned[packageName];
      if (version === undefined) {
        throw new Error(`templates/runtime/${file.path} imports ${packageName}, which is not a dependency in package.json`);
      }
      dependencies[packageName] = version;
    }
  }
  return dependencies;
}
