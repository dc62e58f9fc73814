/**
 * TypeScript types for a model `TypeExpr`: `typeNode` for the generated
 * sources, where object types are written one member a line with their JSDoc,
 * so the output reads like hand-written declarations and a changed property is
 * a one-line diff; `typeText`, on one line and without docs, for summaries
 * such as api.md.
 */
import type { TypeExpr } from "../model/types.js";
import { codeString, propertyKey } from "../plan/identifiers.js";
import { docText } from "./docs.js";
import type { MemberNode, TypeNode } from "../format/typescript.js";

export interface TypeTextContext {
  /** Identifier of a schema, by key. */
  schemaName(key: string): string;
  /** Written before schema names, such as `Models.` in modules that import the models as a namespace. */
  schemaPrefix: string;
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
      `${propertyKey(property.name)}${property.required ? "" : "?"}: ${typeText(property.type, context)};`,
  );
  const additional = type.additional;
  const indexIsUnknown = additional?.kind === "keyword" && additional.name === "unknown";
  // A typed index signature must admit every property's type, which the spec does not promise: an intersection does not ask.
  const indexBeside = additional !== null && !indexIsUnknown && members.length > 0;
  if (additional && !indexBeside) members.push(`[key: string]: ${typeText(additional, context)};`);
  if (members.length === 0) return "{ [key: string]: never }";
  const body = `{ ${members.join(" ")} }`;
  return indexBeside ? `${body} & { [key: string]: ${typeText(additional, context)} }` : body;
}

/** The type as the format stage's syntax tree, object members with their docs. */
export function typeNode(type: TypeExpr, context: TypeTextContext): TypeNode {
  switch (type.kind) {
    case "ref":
      return { kind: "reference", name: context.schemaPrefix + context.schemaName(type.schema) };
    case "keyword":
      return { kind: "keyword", name: type.name };
    case "binary":
      return { kind: "reference", name: "globalThis.Blob" };
    case "literal":
      return type.value === null ? { kind: "keyword", name: "null" } : { kind: "literal", value: type.value };
    case "array":
      return { kind: "array", element: typeNode(type.items, context) };
    case "tuple":
      return { kind: "tuple", items: type.items.map((item) => typeNode(item, context)), ...(type.rest ? { rest: typeNode(type.rest, context) } : {}) };
    case "object":
      return objectNode(type, context);
    case "union":
      return { kind: "union", members: type.members.map((member) => typeNode(member, context)) };
    case "intersection":
      return { kind: "intersection", members: type.members.map((member) => typeNode(member, context)) };
  }
}

function objectNode(type: Extract<TypeExpr, { kind: "object" }>, context: TypeTextContext): TypeNode {
  const members: MemberNode[] = type.properties.map((property) => ({
    kind: "property",
    key: propertyKey(property.name),
    optional: !property.required,
    type: typeNode(property.type, context),
    docs: docText(property.docs),
  }));
  const additional = type.additional;
  const indexIsUnknown = additional?.kind === "keyword" && additional.name === "unknown";
  const indexBeside = additional !== null && !indexIsUnknown && members.length > 0;
  const index = (value: TypeExpr): MemberNode => ({ kind: "index", parameter: "key", keyType: { kind: "keyword", name: "string" }, type: typeNode(value, context) });
  if (additional && !indexBeside) members.push(index(additional));
  if (members.length === 0) return { kind: "object", members: [index({ kind: "keyword", name: "never" })], broken: false };
  const body: TypeNode = { kind: "object", members, broken: true };
  return indexBeside ? { kind: "intersection", members: [body, { kind: "object", members: [index(additional)], broken: false }] } : body;
}
