/**
 * TypeScript type text for a model `TypeExpr`. Object types are written one
 * member per line with their JSDoc, so the formatted output reads like
 * hand-written declarations and a changed property is a one-line diff.
 */
import type { TypeExpr } from "../model/types.js";
import { codeString, propertyKey } from "../plan/identifiers.js";
import { docComment } from "./docs.js";

export interface TypeTextContext {
  /** Identifier of a schema, by key. */
  schemaName(key: string): string;
  /** Written before schema names, such as `Models.` in modules that import the models as a namespace. */
  schemaPrefix: string;
  /** Object types on one line and without their docs, for summaries such as api.md. */
  oneLine?: boolean;
}

export function typeText(type: TypeExpr, context: TypeTextContext): string {
  switch (type.kind) {
    case "ref":
      return context.schemaPrefix + context.schemaName(type.schema);
    case "keyword":
      return type.name;
    case "binary":
      return "globalThis.Blob";
    case "literal":
      return codeString(type.value);
    case "array":
      return `${elementOperand(type.items, context)}[]`;
    case "tuple": {
      const items = type.items.map((item) => typeText(item, context));
      if (type.rest) items.push(`...${elementOperand(type.rest, context)}[]`);
      return `[${items.join(", ")}]`;
    }
    case "object":
      return objectText(type, context);
    case "union":
      return type.members.map((member) => operand(member, context)).join(" | ");
    case "intersection":
      return type.members.map((member) => operand(member, context)).join(" & ");
  }
}

/** Type text safe to place next to `[]`, `|` or `&`. */
function operand(type: TypeExpr, context: TypeTextContext): string {
  const text = typeText(type, context);
  return type.kind === "union" || type.kind === "intersection" ? `(${text})` : text;
}

/** Type text safe to place before `[]`: a negative number too (`-2[]` does not parse, `(-2)[]` does). */
function elementOperand(type: TypeExpr, context: TypeTextContext): string {
  return type.kind === "literal" && typeof type.value === "number" && type.value < 0 ? `(${typeText(type, context)})` : operand(type, context);
}

function objectText(type: Extract<TypeExpr, { kind: "object" }>, context: TypeTextContext): string {
  const members = type.properties.map(
    (property) =>
      `${context.oneLine ? "" : docComment(property.docs)}${propertyKey(property.name)}${property.required ? "" : "?"}: ${typeText(property.type, context)};`,
  );
  const additional = type.additional;
  const indexIsUnknown = additional?.kind === "keyword" && additional.name === "unknown";
  // A typed index signature must admit every property's type, which the spec does not promise: an intersection does not ask.
  const indexBeside = additional !== null && !indexIsUnknown && members.length > 0;
  if (additional && !indexBeside) members.push(`[key: string]: ${typeText(additional, context)};`);
  if (members.length === 0) return "{ [key: string]: never }";
  const body = context.oneLine ? `{ ${members.join(" ")} }` : `{\n${members.join("\n")}\n}`;
  return indexBeside ? `${body} & { [key: string]: ${typeText(additional, context)} }` : body;
}
