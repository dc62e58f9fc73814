/**
 * The statements emitters write, as the format stage's syntax tree
 * (`format/typescript.ts` lays it out as prettier would). Emitters describe
 * declarations with these helpers and never write layout themselves.
 */
import type {
  BodyStatement,
  ExpressionNode,
  FunctionLike,
  ImportName,
  MemberNode,
  ParameterNode,
  PropertyNode,
  StatementNode,
  TypeNode,
} from "../format/typescript.js";
import { printNumber } from "../format/typescript.js";
import { escapeComment } from "./docs.js";

export type { BodyStatement, ExpressionNode, MemberNode, ParameterNode, PropertyNode, StatementNode as Statement, TypeNode };

/** A JSDoc body with every `*` + `/` broken up, or undefined. */
function docs(text: string | undefined): string | undefined {
  return text === undefined ? undefined : escapeComment(text);
}

export function reference(name: string, args?: TypeNode[]): TypeNode {
  return args === undefined ? { kind: "reference", name } : { kind: "reference", name, args };
}

export function interfaceStructure(name: string, doc: string | undefined, members: Iterable<MemberNode>, indexType?: TypeNode): StatementNode {
  if (indexType === undefined) return { kind: "interface", name, docs: docs(doc), members };
  const index: MemberNode = { kind: "index", parameter: "key", keyType: { kind: "keyword", name: "string" }, type: indexType };
  return { kind: "interface", name, docs: docs(doc), members: [index, ...members] };
}

/** `items` mapped one at a time, as they are read. */
export function* lazily<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

export function propertyStructure(key: string, type: TypeNode, optional: boolean, doc: string | undefined): MemberNode {
  return { kind: "property", key, type, optional, docs: docs(doc) };
}

export function typeAliasStructure(name: string, type: TypeNode, doc: string | undefined): StatementNode {
  return { kind: "typeAlias", name, type, docs: docs(doc) };
}

export function functionStructure(fields: Omit<FunctionLike, "docs"> & { doc: string | undefined }): StatementNode {
  const { doc, ...rest } = fields;
  return { kind: "function", ...rest, docs: docs(doc) };
}

export function importTypes(from: string, names: string[]): StatementNode {
  return { kind: "import", from, typeOnly: true, names: names.map((name) => ({ name })) };
}

export function importValues(from: string, names: ImportName[]): StatementNode {
  return { kind: "import", from, names };
}

export function importNamespace(from: string, alias: string, typeOnly = true): StatementNode {
  return { kind: "import", from, typeOnly, namespace: alias };
}

export function constStructure(name: string, value: ExpressionNode, doc: string, type?: TypeNode): StatementNode {
  return { kind: "const", name, value, docs: docs(doc), type };
}

/** `export * from`, `export type * as Alias from` or `export { a, type B } from`, depending on the fields given. */
export function reexport(from: string, fields: { typeOnly?: boolean; namespace?: string; names?: ImportName[] } = {}): StatementNode {
  return { kind: "export", from, ...fields };
}

export interface MethodFields {
  name: string;
  doc: string | undefined;
  isAsync?: boolean;
  parameters: ParameterNode[];
  returnType: TypeNode;
  body: BodyStatement[];
}

export function classStructure(fields: {
  name: string;
  doc: string | undefined;
  extends?: TypeNode;
  properties?: { name: string; type: TypeNode; doc?: string }[];
  constructorBody?: { parameters: ParameterNode[]; body: BodyStatement[] };
  methods: MethodFields[];
}): StatementNode {
  return {
    kind: "class",
    name: fields.name,
    docs: docs(fields.doc),
    extends: fields.extends,
    properties: (fields.properties ?? []).map((property) => ({ name: property.name, type: property.type, docs: docs(property.doc) })),
    constructor: fields.constructorBody,
    methods: fields.methods.map(({ doc, ...method }) => ({ ...method, docs: docs(doc) })),
  };
}

/** Expression builders for the few statements the emitters write. */
export const name = (text: string): ExpressionNode => ({ kind: "name", text });
export const call = (callee: string, args: ExpressionNode[], typeArgs?: TypeNode[]): ExpressionNode => ({ kind: "call", callee, args, typeArgs });
export const newCall = (callee: string, args: ExpressionNode[]): ExpressionNode => ({ kind: "call", callee, args, isNew: true });
export const returns = (argument: ExpressionNode): BodyStatement => ({ kind: "return", argument });
export const emptyObject: ExpressionNode = { kind: "object", properties: [], broken: false };

/** A JSON value as an expression: objects and arrays on one line unless too wide, keys quoted only where they must be. */
export function jsonExpression(value: unknown): ExpressionNode {
  if (Array.isArray(value)) return { kind: "array", items: value.map(jsonExpression) };
  if (value !== null && typeof value === "object") {
    return {
      kind: "object",
      properties: Object.entries(value).map(([key, field]) => ({ kind: "property" as const, key: JSON.stringify(key), value: jsonExpression(field) })),
      broken: false,
    };
  }
  if (typeof value === "string") return { kind: "string", value };
  return { kind: "literal", text: typeof value === "number" ? printNumber(JSON.stringify(value)) : JSON.stringify(value) };
}
