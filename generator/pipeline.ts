/**
 * The generator, top to bottom: load → validate → model → plan (names, the SDK's
 * resources and methods) → emit → format; the command line then writes the
 * files and reports what changed. Each stage's output is the next one's input,
 * as data. The part up to the plan is `planApi` (`plan-api.ts`), which the
 * change report needs without emitting anything.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { emitFiles } from "./emit/files.js";
import { printable, type SpecWarning } from "./errors.js";
import { formatFile } from "./format/format.js";
import { compareCodePoints } from "./model/order.js";
import { MANIFEST, type GeneratedFile, type TemplateFile } from "./plan/files.js";
import { escapeUnsafeCharacters } from "./plan/identifiers.js";
import { planApi, readRuntime, REPOSITORY_ROOT, type PlanOptions } from "./plan-api.js";

export interface GenerateOptions extends PlanOptions {
  packageName?: string;
  /** Folder for caches that speed up regeneration (never its output); none when absent. */
  cacheDir?: string;
  /** The format stage, file by file; `formatFile` unless a test looks at what goes in. */
  formatStage?: typeof formatFile;
}

export interface Generation {
  files: GeneratedFile[];
  operations: number;
  schemas: number;
  /** The spec documents read, with the SHA-256 of the text they were read with. */
  sources: { file: string; sha256: string }[];
  /** What was left out of the spec and why, to be told on every run, a remembered one too. */
  warnings: SpecWarning[];
  /** The output folder the files were read back from, byte for byte: they are in place there already. */
  inFolder?: string;
}

export async function generate(options: GenerateOptions): Promise<Generation> {
  const progress = options.onProgress ?? (() => {});
  const { facts, model, runtime, names, sdk } = await planWithoutSpec(options);
  const mcpTemplates = await readRuntime(options.templatesDir ?? path.join(REPOSITORY_ROOT, "templates"), "mcp");
  progress("emit");
  const rootManifest = JSON.parse(await readFile(path.join(REPOSITORY_ROOT, "package.json"), "utf8")) as {
    version: string;
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const specLabel = facts.label;
  const formatStage = options.formatStage ?? formatFile;
  // Each file goes to the format stage as soon as it is emitted, so what prettier formats on its thread overlaps the next one's emitting.
  const formatting = Array.from(
    emitFiles({
      model,
      names,
      sdk,
      specLabel,
      runtime,
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
    spec: { file: specLabel, sha256: facts.sha256, openapi: facts.openapi },
    operations: model.operations.length,
    schemas: model.schemas.length,
    files: formatted.map((file) => file.path).sort(compareCodePoints),
  };
  const files = [...formatted, { path: MANIFEST, text: escapeUnsafeCharacters(JSON.stringify(manifest, null, 2)) + "\n" }].sort((a, b) =>
    compareCodePoints(a.path, b.path),
  );
  return { files, operations: model.operations.length, schemas: model.schemas.length, sources: facts.sources, warnings: model.warnings };
}

/**
 * The plan with, of the spec as read, only what the manifest and the reuse
 * cache need: the documents' texts and parsed values (hundreds of megabytes on
 * the largest specs) can then be collected while the files are emitted.
 */
async function planWithoutSpec(options: GenerateOptions) {
  const { spec, namesSource, ...plan } = await planApi(options);
  const facts = {
    label: labelOf(spec.entry.displayPath),
    sha256: spec.sha256,
    openapi: (spec.entry.value as { openapi: string }).openapi,
    sources: [...[...spec.documents.values()].map((document) => ({ file: document.file, sha256: document.sha256 })), namesSource],
  };
  return { facts, ...plan };
}

/**
 * A spec path that reads the same on every machine: relative when inside the
 * working folder, else its file name; printable, as it goes into `//` comments.
 */
function labelOf(displayPath: string): string {
  return printable(path.isAbsolute(displayPath) ? path.basename(displayPath) : displayPath);
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
