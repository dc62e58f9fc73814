/**
 * JSON Schema for MCP tool inputs, from the same model the TypeScript types
 * come from. Named schemas are inlined (an MCP client resolves no `$ref`s), a
 * schema met again inside itself stops as a plain object, and every tool's
 * schema is held to a byte budget: descriptions go first, then nesting depth,
 * so an assistant's context is never flooded by one deep body.
 */
import type { Docs, SchemaDecl, TypeExpr } from "../model/types.js";
import { visibleText } from "../plan/identifiers.js";

export type JsonSchema = { [key: string]: unknown };

export interface SchemaSettings {
  schemas: ReadonlyMap<string, SchemaDecl>;
  /** Keep property and schema descriptions. */
  descriptions: boolean;
  /** Object and array levels expanded below the tool's own arguments; deeper values are any JSON of their type. */
  depth: number;
  /**
   * Characters the schema may still take, counting only the property names it
   * holds (which its JSON text surely contains): below zero, the schema is over
   * the budget and building it stops (see `withinBudget`).
   */
  allowance?: { characters: number };
}

/** Thrown when a schema is known to exceed its budget before it is complete. */
class OverBudget extends Error {}

/** Descriptions are cut to this many characters: the first sentence or two is what helps choose a value. */
const DESCRIPTION_LIMIT = 160;

export function describe(docs: Docs, settings: SchemaSettings): JsonSchema {
  const out: JsonSchema = {};
  const prose = settings.descriptions ? (docs.summary ?? docs.description) : undefined;
  // What an assistant reads is shown to people too: nothing in it may hide.
  const text = prose === undefined ? undefined : visibleText(prose);
  if (text) out["description"] = text.length > DESCRIPTION_LIMIT ? `${text.slice(0, DESCRIPTION_LIMIT - 1).trimEnd()}…` : text;
  if (docs.format && docs.format !== "binary") out["format"] = docs.format;
  if (docs.default !== undefined) out["default"] = docs.default;
  return out;
}

/** A file argument: its text, or its bytes as base64 with a name and media type. */
export const FILE_SCHEMA: JsonSchema = {
  anyOf: [
    { type: "string", description: "The file's content as text." },
    {
      type: "object",
      properties: { base64: { type: "string" }, name: { type: "string" }, content_type: { type: "string" } },
      required: ["base64"],
    },
  ],
};

/**
 * Schema nodes one conversion may visit. Inlining named schemas can multiply a
 * spec's size (each a union of two references to the next), and no schema
 * within the byte budget has this many nodes, so past it the rest is any JSON.
 */
const NODE_BUDGET = 20_000;
/** Nesting of the conversion itself: references reached through unions spend no depth, and a chain of thousands would overflow the stack. */
const MAX_LEVELS = 500;

export function toJsonSchema(type: TypeExpr, settings: SchemaSettings): JsonSchema {
  return convert(type, settings, settings.depth, [], { nodes: 0, level: 0 });
}

/** What one conversion has used: nodes visited, and how deep it is now. */
interface Spent {
  nodes: number;
  level: number;
}

function convert(type: TypeExpr, settings: SchemaSettings, depth: number, stack: string[], spent: Spent): JsonSchema {
  if (++spent.nodes > NODE_BUDGET || spent.level >= MAX_LEVELS) return {};
  spent.level++;
  try {
    return convertNode(type, settings, depth, stack, spent);
  } finally {
    spent.level--;
  }
}

function convertNode(type: TypeExpr, settings: SchemaSettings, depth: number, stack: string[], spent: Spent): JsonSchema {
  switch (type.kind) {
    case "ref": {
      const declared = settings.schemas.get(type.schema);
      if (!declared || stack.includes(type.schema)) return { type: "object" };
      return { ...convert(declared.type, settings, depth, [...stack, type.schema], spent), ...describe(declared.docs, settings) };
    }
    case "keyword":
      if (type.name === "unknown") return {};
      if (type.name === "never") return { not: {} };
      return { type: type.name };
    case "binary":
      return FILE_SCHEMA;
    case "literal":
      return { const: type.value };
    case "array":
      return depth <= 0 ? { type: "array" } : { type: "array", items: convert(type.items, settings, depth - 1, stack, spent) };
    case "tuple":
      return { type: "array" };
    case "object": {
      if (depth <= 0) return { type: "object" };
      const properties: Record<string, JsonSchema> = Object.create(null);
      for (const property of type.properties) {
        if (settings.allowance && (settings.allowance.characters -= property.name.length + 3) < 0) throw new OverBudget();
        properties[property.name] = { ...convert(property.type, settings, depth - 1, stack, spent), ...describe(property.docs, settings) };
      }
      const required = type.properties.filter((property) => property.required).map((property) => property.name);
      return {
        type: "object",
        ...(type.properties.length > 0 ? { properties } : {}),
        ...(required.length > 0 ? { required } : {}),
        ...(type.additional ? { additionalProperties: convert(type.additional, settings, depth - 1, stack, spent) } : {}),
      };
    }
    case "union":
      return unionSchema(type.members.map((member) => convert(member, settings, depth, stack, spent)));
    case "intersection":
      return { allOf: type.members.map((member) => convert(member, settings, depth, stack, spent)) };
  }
}

/** Literal members fold into one `enum`; plain type members into one `type` list. */
function unionSchema(members: JsonSchema[]): JsonSchema {
  const literals = members.filter((member) => "const" in member && Object.keys(member).length === 1);
  if (literals.length === members.length) return { enum: literals.map((member) => member["const"]) };
  const bare = members.filter((member) => typeof member["type"] === "string" && Object.keys(member).length === 1);
  if (bare.length === members.length) return { type: bare.map((member) => member["type"]) };
  return { anyOf: members };
}

/**
 * The richest settings under `budget` bytes, trying descriptions at full depth,
 * then without descriptions, then shallower; `build` makes the schema for one
 * setting, with an allowance that stops it early once it is surely too large
 * (on Microsoft Graph, a body expanded six levels deep runs to megabytes). The
 * last setting is built whole: it is the answer even when over the budget.
 */
export function withinBudget(
  build: (descriptions: boolean, depth: number, allowance?: SchemaSettings["allowance"]) => JsonSchema,
  budget: number,
  maxDepth: number,
): JsonSchema {
  const attempts: [boolean, number][] = [[true, maxDepth]];
  for (let depth = maxDepth; depth >= 0; depth--) attempts.push([false, depth]);
  const [descriptions, depth] = attempts.pop()!;
  for (const [richer, deeper] of attempts) {
    try {
      const schema = build(richer, deeper, { characters: budget });
      if (JSON.stringify(schema).length <= budget) return schema;
    } catch (error) {
      if (!(error instanceof OverBudget)) throw error;
    }
  }
  return build(descriptions, depth);
}
