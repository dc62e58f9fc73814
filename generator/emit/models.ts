/**
 * `src/models.ts`: one named export per schema, ordered by name.
 */
import { compareCodePoints } from "../model/order.js";
import type { SchemaDecl } from "../model/types.js";
import { propertyKey } from "../plan/identifiers.js";
import { typeContext, type EmitContext } from "./context.js";
import { docText } from "./docs.js";
import { interfaceStructure, propertyStructure, typeAliasStructure, type Statement } from "./ts.js";
import { typeText, type TypeTextContext } from "./type-text.js";

export function emitModels(context: EmitContext): Statement[] {
  const types = typeContext(context, "");
  return context.model.schemas
    .map((schema) => ({ schema, name: context.names.schemas.get(schema.key)! }))
    .sort((a, b) => compareCodePoints(a.name, b.name))
    .map(({ schema, name }) => declaration(schema, name, types));
}

function declaration(schema: SchemaDecl, name: string, types: TypeTextContext): Statement {
  const doc = docText(schema.docs);
  const { type } = schema;
  const additional = type.kind === "object" ? type.additional : null;
  const indexIsUnknown = additional?.kind === "keyword" && additional.name === "unknown";
  if (type.kind === "object" && type.properties.length > 0 && (additional === null || indexIsUnknown)) {
    return interfaceStructure(
      name,
      doc,
      type.properties.map((property) =>
        propertyStructure(propertyKey(property.name), typeText(property.type, types), !property.required, docText(property.docs)),
      ),
      indexIsUnknown ? "unknown" : undefined,
    );
  }
  return typeAliasStructure(name, typeText(type, types), doc);
}
