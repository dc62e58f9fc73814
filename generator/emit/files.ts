/**
 * The emit stage: produces each file of the generated package, its text not yet
 * formatted, from the model and the plan.
 */
import { SURFACE_FILE } from "../plan/surface.js";
import type { ApiModel } from "../model/types.js";
import type { Names } from "../plan/naming.js";
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
import type { SdkPlan } from "../plan/resources.js";
import { emitSpecs } from "./specs.js";
import { emitSurface } from "./surface.js";
import type { GeneratedFile, TemplateFile } from "../plan/files.js";
import type { Statement } from "./ts.js";
import { printStatements } from "../format/typescript.js";


export interface EmitInput {
  model: ApiModel;
  names: Names;
  sdk: SdkPlan;
  specLabel: string;
  runtime: TemplateFile[];
  packageSettings: PackageSettings;
  /** The MCP server's hand-written files, from `templates/mcp/`. */
  mcpTemplates: TemplateFile[];
}

/**
 * The files, each emitted when asked for, so that formatting one overlaps
 * emitting the next; the ones prettier takes longest over come first.
 */
export function* emitFiles(input: EmitInput): Generator<GeneratedFile> {
  const context: EmitContext = {
    model: input.model,
    names: input.names,
    schemasByKey: new Map(input.model.schemas.map((schema) => [schema.key, schema])),
    specLabel: input.specLabel,
  };
  const header = generatedHeader(input.specLabel);
  const typescript = (path: string, statements: Iterable<Statement>): GeneratedFile => {
    const printed = printStatements(statements);
    // A file without imports or exports is a script, which `isolatedModules` refuses and whose names would be global.
    const module = /^(?:import|export) /m.test(printed) ? printed : `${printed}export {};\n`;
    return { path, text: `${header}\n\n${module}`, formatted: true };
  };
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
  yield typescript("src/specs.ts", emitSpecs(context, input.sdk));
  yield typescript("src/client.ts", emitClient(context, input.sdk));
  yield typescript("src/index.ts", emitIndex(context, input.sdk));
  yield typescript("src/models.ts", emitModels(context));
  yield typescript("src/paths.ts", emitPaths(context));
  yield { path: "README.md", ...readme(context, input.packageSettings, input.sdk) };
  yield { path: "api.md", text: apiMarkdown(context, input.sdk) };
  yield { path: SURFACE_FILE, text: emitSurface(context, input.sdk) };
  yield { path: "package.json", text: packageJson(input.model, input.packageSettings) };
  yield { path: "tsconfig.json", text: tsconfigJson() };
  yield { path: ".gitignore", text: gitignore() };
}
