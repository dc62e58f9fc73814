/**
 * `src/models.ts`: one named export per schema, ordered by name.
 */
import { compareCodePoints } from "../model/order.js";
import type { SchemaDecl } from "../model/types.js";
import { propertyKey } from "../plan/identifiers.js";
import { typeContext, type EmitContext } from "./context.js";
import { docText } from "./docs.js";
import { interfaceStructure, lazily, propertyStructure, typeAliasStructure, type Statement } from "./ts.js";
import { typeNode, type TypeTextContext } from "./type-text.js";

export function emitModels(context: EmitContext): Iterable<Statement> {
  const types = typeContext(context, "");
  const named = context.model.schemas
    .map((schema) => ({ schema, name: context.names.schemas.get(schema.key)! }))
    .sort((a, b) => compareCodePoints(a.name, b.name));
  return lazily(named, ({ schema, name }) => declaration(schema, name, types));
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
        propertyStructure(propertyKey(property.name), typeNode(property.type, types), !property.required, docText(property.docs)),
      ),
      indexIsUnknown ? { kind: "keyword", name: "unknown" } : undefined,
    );
  }
  return typeAliasStructure(name, typeNode(type, types), doc);
}
