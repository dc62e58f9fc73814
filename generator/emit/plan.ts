/**
 * Stage 5, plan and emit: decides the files of the generated package and
 * produces each one's (unformatted) text.
 */
import { SURFACE_FILE, type MethodLabel } from "../diff/surface.js";
import type { ApiModel } from "../model/types.js";
import type { Names } from "../naming.js";
import { apiMarkdown } from "./api-md.js";
import { emitClient } from "./client.js";
import { generatedHeader, type EmitContext } from "./context.js";
import { emitIndex } from "./index-module.js";
import { emitModels } from "./models.js";
import { emitOperations } from "./operations.js";
import { emitMcpFiles } from "../mcp/emit.js";
import { gitignore, packageJson, packageNameFor, tsconfigJson, type PackageSettings } from "./package-files.js";
import { emitPaths } from "./paths.js";
import { readme } from "./readme.js";
import { emitResources } from "./resources.js";
import type { SdkPlan } from "../sdk/resources.js";
import { emitSurface } from "./surface.js";
import type { Printer, Statement } from "./ts.js";

export interface GeneratedFile {
  /** '/'-separated path inside the output folder. */
  path: string;
  text: string;
  /** Already in prettier's layout, so the format stage passes it by: the runtime, whose templates a test keeps formatted. */
  formatted?: true;
}

export interface TemplateFile {
  /** '/'-separated path inside `templates/runtime/`. */
  path: string;
  text: string;
}

export interface PlanInput {
  model: ApiModel;
  names: Names;
  sdk: SdkPlan;
  specLabel: string;
  runtime: TemplateFile[];
  packageSettings: PackageSettings;
  printer: Printer;
  /** Names the client method of an operation in `api-surface.json` and change reports. */
  methodLabel: MethodLabel;
  /** The MCP server's hand-written files, from `templates/mcp/`. */
  mcpTemplates: TemplateFile[];
}

/**
 * The files, each emitted when asked for, so that formatting one overlaps
 * emitting the next; the ones prettier takes longest over come first.
 */
export function* planFiles(input: PlanInput): Generator<GeneratedFile> {
  const context: EmitContext = {
    model: input.model,
    names: input.names,
    schemasByKey: new Map(input.model.schemas.map((schema) => [schema.key, schema])),
    specLabel: input.specLabel,
  };
  const header = generatedHeader(input.specLabel);
  const typescript = (path: string, statements: Statement[]): GeneratedFile => ({
    path,
    text: `${header}\n\n${input.printer.print(path, statements)}`,
  });
  for (const file of input.runtime) {
    yield {
      path: `src/runtime/${file.path}`,
      text: `// Copied from templates/runtime/${file.path} by \`npm run generate\`. Do not edit: change that file, then regenerate.\n\n${file.text}`,
      formatted: true,
    };
  }
  for (const file of input.mcpTemplates) {
    yield {
      path: `src/mcp/${file.path}`,
      text: `// Copied from templates/mcp/${file.path} by \`npm run generate\`. Do not edit: change that file, then regenerate.\n\n${file.text}`,
      formatted: true,
    };
  }
  yield* emitMcpFiles(input.model, input.sdk, header, input.packageSettings.name ?? packageNameFor(input.model.title));
  yield typescript("src/resources.ts", emitResources(context, input.sdk));
  yield typescript("src/operations.ts", emitOperations(context));
  yield typescript("src/client.ts", emitClient(context, input.sdk));
  yield typescript("src/index.ts", emitIndex(context, input.sdk));
  yield typescript("src/models.ts", emitModels(context));
  yield typescript("src/paths.ts", emitPaths(context));
  yield { path: "README.md", text: readme(context, input.packageSettings, input.sdk) };
  yield { path: "api.md", text: apiMarkdown(context, input.sdk) };
  yield { path: SURFACE_FILE, text: emitSurface(context, input.methodLabel) };
  yield { path: "package.json", text: packageJson(input.model, input.packageSettings) };
  yield { path: "tsconfig.json", text: tsconfigJson() };
  yield { path: ".gitignore", text: gitignore() };
}
