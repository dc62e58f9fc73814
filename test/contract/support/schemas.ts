import { Ajv, type ValidateFunction } from "ajv";
import formatsPlugin from "ajv-formats";
import type { JsonObject, SpecDocument } from "./spec.js";

export type Direction = "request" | "response";

const SPEC_ID = "contract-spec.json";
/** Keywords whose values are data, copied untouched even when they look like schemas. */
const DATA = new Set(["example", "examples", "default", "enum", "const"]);

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The flag marking properties that do not travel in a direction (OpenAPI 3.0 `readOnly`/`writeOnly`). */
function hiddenFlag(direction: Direction): string {
  return direction === "request" ? "readOnly" : "writeOnly";
}

/**
 * OpenAPI 3.0 schemas rewritten as JSON Schema for one direction of travel, read as
 * OpenAPI 3.0.3 and Prism read them. `nullable: true` adds "null" to `type`, and only
 * there: beside an `allOf` with no `type` (as Swashbuckle writes nullable references) it
 * has no effect, and the referenced schema decides. A property that does not travel in
 * the direction (`readOnly` in requests, `writeOnly` in responses) is removed, so it is
 * neither required nor accepted.
 */
function toJsonSchema(node: unknown, direction: Direction): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, direction));
  if (!isObject(node)) return node;
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (DATA.has(key)) copy[key] = value;
    else if (key === "$ref" && typeof value === "string" && value.startsWith("#/")) copy[key] = `${SPEC_ID}${value}`;
    else if (key === "properties" && isObject(value)) copy[key] = travelling(value, direction);
    else if (key !== "nullable") copy[key] = toJsonSchema(value, direction);
  }
  const declared = node["properties"];
  const kept = copy["properties"];
  if (Array.isArray(copy["required"]) && isObject(declared) && isObject(kept)) {
    copy["required"] = copy["required"].filter((name) => !(String(name) in declared) || String(name) in kept);
  }
  if (node["nullable"] === true && typeof node["type"] === "string") copy["type"] = [node["type"], "null"];
  return copy;
}

function travelling(properties: JsonObject, direction: Direction): JsonObject {
  const kept: JsonObject = {};
  for (const [name, schema] of Object.entries(properties)) {
    if (isObject(schema) && schema[hiddenFlag(direction)] === true) continue;
    kept[name] = toJsonSchema(schema, direction);
  }
  return kept;
}

function formatsNamedIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) formatsNamedIn(item, found);
  else if (isObject(node)) {
    if (typeof node["format"] === "string" && typeof node["type"] === "string") found.add(node["format"]);
    for (const value of Object.values(node)) formatsNamedIn(value, found);
  }
  return found;
}

/**
 * Validates values against the description's schemas with Ajv, and builds values that
 * satisfy them. One instance sees the schemas as they apply to one direction of travel.
 */
export class SchemaChecker {
  readonly #ajv: Ajv;
  readonly #document: JsonObject;
  readonly #compiled = new WeakMap<object, ValidateFunction>();

  constructor(spec: SpecDocument, direction: Direction) {
    const version = String(spec.json["openapi"]);
    if (!version.startsWith("3.0.")) throw new Error(`The contract suite reads OpenAPI 3.0 documents, not ${version}`);
    this.#document = toJsonSchema(spec.json, direction) as JsonObject;
    this.#ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    formatsPlugin.default(this.#ajv);
    // OpenAPI lets a format no tool knows ("pdf", "markdown") stand for its type alone.
    for (const format of formatsNamedIn(spec.json)) if (!this.#ajv.formats[format]) this.#ajv.addFormat(format, true);
    this.#ajv.addSchema(this.#document, SPEC_ID);
  }

  /** The schema at `pointer` (a place in the original description) as this checker sees it. */
  schemaAt(pointer: string): JsonObject {
    let node: unknown = this.#document;
    for (const segment of pointer.split("/").slice(1)) {
      node = (node as JsonObject)[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    if (!isObject(node)) throw new Error(`No schema at #${pointer}`);
    return node;
  }

  /** Ajv's messages for `value` against the schema at `pointer`; empty when it conforms. */
  problems(pointer: string, value: unknown): string[] {
    return this.#problems(this.schemaAt(pointer), value);
  }

  #problems(schema: JsonObject, value: unknown): string[] {
    let validate = this.#compiled.get(schema);
    if (!validate) {
      validate = this.#ajv.compile(schema);
      this.#compiled.set(schema, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (error) =>
        `${error.instancePath || "(root)"} ${error.message ?? error.keyword}${error.keyword === "additionalProperties" ? `: ${String(error.params["additionalProperty"])}` : ""}`,
    );
  }

  /**
   * A value the schema at `pointer` accepts: the schema's own example where it is valid,
   * else one built from the schema (every property that travels, one item per array).
   * Throws when the schema asks for something the builder cannot make (a `pattern` with
   * no valid example), so an operation is never called with a value known to be wrong.
   */
  valueFor(pointer: string): unknown {
    const schema = this.schemaAt(pointer);
    const value = this.#build(schema, `#${pointer}`, []);
    const problems = this.#problems(schema, value);
    if (problems.length > 0) throw new Error(`Built an invalid value for #${pointer}: ${problems.join("; ")}`);
    return value;
  }

  /** Follows `$ref`s; undefined when one leads back into a schema already being built. */
  #resolve(schema: JsonObject, refs: string[]): { schema: JsonObject; refs: string[] } | undefined {
    let current = schema;
    let seen = refs;
    while (typeof current["$ref"] === "string") {
      const ref = current["$ref"];
      if (seen.includes(ref)) return undefined;
      seen = [...seen, ref];
      current = this.schemaAt(ref.slice(ref.indexOf("#") + 1));
    }
    return { schema: current, refs: seen };
  }

  /** A value for the schema; undefined where building it would recurse forever (the caller leaves it out). */
  #build(original: JsonObject, where: string, refs: string[]): unknown {
    const resolved = this.#resolve(original, refs);
    if (!resolved) return undefined;
    const { schema, refs: chain } = resolved;
    for (const key of ["example", "default"]) {
      if (key in schema && this.#problems(schema, schema[key]).length === 0) return structuredClone(schema[key]);
    }
    if (Array.isArray(schema["enum"]) && schema["enum"].length > 0) return schema["enum"][0];
    if (Array.isArray(schema["allOf"])) {
      const parts = schema["allOf"].map((part, index) => this.#build(part as JsonObject, `${where}/allOf/${index}`, chain));
      const own = this.#buildTyped(schema, where, chain);
      const merged = [...parts, own].filter((part) => part !== undefined);
      return merged.every(isObject) ? Object.assign({}, ...merged) : merged[0];
    }
    return this.#buildTyped(schema, where, chain);
  }

  #buildTyped(schema: JsonObject, where: string, refs: string[]): unknown {
    const types = Array.isArray(schema["type"]) ? schema["type"] : [schema["type"]];
    const type = types.find((candidate) => candidate !== "null") ?? (isObject(schema["properties"]) ? "object" : undefined);
    switch (type) {
      case "string":
        return this.#buildString(schema, where);
      case "integer":
      case "number": {
        const minimum = typeof schema["minimum"] === "number" ? schema["minimum"] : 1;
        return typeof schema["maximum"] === "number" ? Math.min(minimum, schema["maximum"]) : minimum;
      }
      case "boolean":
        return true;
      case "array": {
        const count = Math.max(typeof schema["minItems"] === "number" ? schema["minItems"] : 1, 1);
        const limited = typeof schema["maxItems"] === "number" ? Math.min(count, schema["maxItems"]) : count;
        const items = (schema["items"] ?? {}) as JsonObject;
        const item = this.#build(items, `${where}/items`, refs);
        return item === undefined ? [] : Array.from({ length: limited }, () => structuredClone(item));
      }
      case "object":
        return this.#buildObject(schema, where, refs);
      default:
        // No type: any value will do.
        return {};
    }
  }

  #buildString(schema: JsonObject, where: string): string {
    if (typeof schema["pattern"] === "string") {
      throw new Error(`${where}: no valid example for pattern ${schema["pattern"]}; give the schema a valid example`);
    }
    const byFormat: Record<string, string> = {
      uuid: "3f2b8c1e-7d4a-4e9b-a6c5-0d1e2f3a4b5c",
      "date-time": "2025-06-15T12:00:00Z",
      date: "2025-06-15",
      email: "reader@example.com",
      uri: "https://example.com/contract",
    };
    const text = byFormat[String(schema["format"])] ?? "contract";
    const minLength = typeof schema["minLength"] === "number" ? schema["minLength"] : 0;
    const padded = text.padEnd(minLength, "x");
    return typeof schema["maxLength"] === "number" ? padded.slice(0, schema["maxLength"]) : padded;
  }

  #buildObject(schema: JsonObject, where: string, refs: string[]): JsonObject {
    const properties = isObject(schema["properties"]) ? schema["properties"] : {};
    const value: JsonObject = {};
    for (const [name, property] of Object.entries(properties)) {
      const built = this.#build(property as JsonObject, `${where}/properties/${name}`, refs);
      if (built !== undefined) value[name] = built;
    }
    return value;
  }
}
