/**
 * What every emitter receives: the model and the names decided for it.
 * Emitters read nothing else.
 */
import type { ApiModel, SchemaDecl } from "../model/types.js";
import type { Names } from "../plan/naming.js";
import type { TypeTextContext } from "./type-text.js";
import { escapeLineComment } from "./docs.js";

export interface EmitContext {
  model: ApiModel;
  names: Names;
  schemasByKey: ReadonlyMap<string, SchemaDecl>;
  /** How the spec is named in file headers, such as `spec/openapi.yaml`. */
  specLabel: string;
}

export function typeContext(context: EmitContext, schemaPrefix: string): TypeTextContext {
  return { schemaName: (key) => context.names.schemas.get(key)!, schemaPrefix };
}

/** The fixed first line of every generated TypeScript file. Changing it touches every file: don't, casually. */
export function generatedHeader(specLabel: string): string {
  return `// Generated from ${escapeLineComment(specLabel)} by \`npm run generate\`. Do not edit: change the spec, generator/ or templates/, then regenerate.`;
}
