/**
 * Carries a vendor revision's new structure into `spec/`: operations and
 * component schemas that `spec/` does not describe yet are written as
 * skeletons (see skeleton.ts) into the area file of their tag, and the root
 * document gains the `$ref`s to them. What `spec/` already describes is never
 * touched: changes inside existing operations are for the maintainer, guided by
 * the change report.
 *
 * Layout: `openapi.yaml` holds info, servers, security, tags, the shared
 * parameters and error responses, and one `$ref` per path and per schema;
 * `<area>.yaml` (one per tag, `common.yaml` for schemas used by several) holds
 * `paths:` and `schemas:`.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Document, isMap, parseDocument } from "yaml";
import { skeletonOf, type Json } from "./skeleton.js";

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
type JsonObject = { [key: string]: Json };

/** Shared error responses, by status; an operation's error response that matches one is written as a `$ref` to it. */
const ERROR_RESPONSE_NAMES: Record<string, string> = {
  "400": "BadRequest",
  "401": "Unauthorized",
  "403": "Forbidden",
  "404": "NotFound",
  "409": "Conflict",
  "422": "UnprocessableEntity",
  "429": "TooManyRequests",
  "500": "InternalServerError",
};

export interface SyncResult {
  addedOperations: string[];
  addedSchemas: string[];
  addedParameters: string[];
  /** Files written, relative to the spec's folder. */
  files: string[];
}

export async function syncSpec(vendor: JsonObject, rootPath: string, write: boolean): Promise<SyncResult> {
  const specDir = path.dirname(rootPath);
  const rootName = path.basename(rootPath);
  const documents = new Map<string, Document>();
  const changed = new Set<string>();
  const open = async (file: string): Promise<Document> => {
    let document = documents.get(file);
    if (!document) {
      const full = path.join(specDir, file);
      document = existsSync(full) ? parseDocument(await readFile(full, "utf8")) : new Document({});
      documents.set(file, document);
    }
    return document;
  };
  const root = await open(rootName);
  if (!isMap(root.contents) || root.contents.items.length === 0) {
    root.contents = root.createNode(rootSkeleton(vendor));
    changed.add(rootName);
  }
  const result: SyncResult = { addedOperations: [], addedSchemas: [], addedParameters: [], files: [] };

  const vendorComponents = (vendor.components ?? {}) as JsonObject;
  for (const [name, parameter] of Object.entries((vendorComponents.parameters ?? {}) as JsonObject)) {
    if (root.hasIn(["components", "parameters", name])) continue;
    root.setIn(["components", "parameters", name], root.createNode(skeletonOf(parameter, "")));
    result.addedParameters.push(name);
    changed.add(rootName);
  }

  const areas = schemaAreas(vendor);
  for (const [route, rawItem] of Object.entries((vendor.paths ?? {}) as JsonObject)) {
    const item = rawItem as JsonObject;
    for (const method of HTTP_METHODS) {
      const operation = item[method] as JsonObject | undefined;
      if (!operation) continue;
      const existingRef = root.getIn(["paths", route, "$ref"]);
      const target = typeof existingRef === "string" ? refTarget(existingRef, rootName) : undefined;
      const area = target?.file ?? `${areaOf(operation)}.yaml`;
      const itemPath = target ? target.tokens : ["paths", route];
      const areaDocument = await open(area);
      const rootItem = root.getIn(["paths", route]);
      const inRoot = isMap(rootItem) && !root.hasIn(["paths", route, "$ref"]);
      const holder = inRoot ? root : areaDocument;
      const holderPath = inRoot ? ["paths", route] : itemPath;
      if (holder.hasIn([...holderPath, method])) continue;
      if (!holder.hasIn(holderPath)) {
        const levelParameters = item.parameters as Json | undefined;
        holder.setIn(holderPath, holder.createNode(levelParameters ? { parameters: skeletonOf(levelParameters, rootName) } : {}));
      }
      holder.setIn([...holderPath, method], holder.createNode(operationSkeleton(operation, rootName, root)));
      changed.add(inRoot ? rootName : area);
      if (!root.hasIn(["paths", route])) {
        root.setIn(["paths", route], root.createNode({ $ref: `${area}#/${pointerTokens(itemPath)}` }));
        changed.add(rootName);
      }
      result.addedOperations.push(`${method.toUpperCase()} ${route} (${String(operation.operationId ?? "")})`);
    }
  }

  for (const [name, schema] of Object.entries((vendorComponents.schemas ?? {}) as JsonObject)) {
    if (root.hasIn(["components", "schemas", name])) continue;
    const area = `${areas.get(name) ?? "common"}.yaml`;
    const areaDocument = await open(area);
    areaDocument.setIn(["schemas", name], areaDocument.createNode(skeletonOf(schema, rootName)));
    root.setIn(["components", "schemas", name], root.createNode({ $ref: `${area}#/schemas/${escapeToken(name)}` }));
    result.addedSchemas.push(name);
    changed.add(area).add(rootName);
  }

  result.files = [...changed].sort();
  if (write) {
    for (const file of result.files) {
      await writeFile(path.join(specDir, file), documents.get(file)!.toString({ lineWidth: 100 }));
    }
  }
  return result;
}

function rootSkeleton(vendor: JsonObject): JsonObject {
  const components = (vendor.components ?? {}) as JsonObject;
  return {
    openapi: vendor.openapi ?? "3.0.3",
    info: skeletonOf(vendor.info ?? {}, ""),
    servers: skeletonOf(vendor.servers ?? [], ""),
    security: vendor.security ?? [],
    tags: skeletonOf(vendor.tags ?? [], ""),
    paths: {},
    components: {
      securitySchemes: skeletonOf(components.securitySchemes ?? {}, ""),
      parameters: {},
      responses: {},
      schemas: {},
    },
  };
}

/** An operation's skeleton; error responses shaped like a shared one become `$ref`s to it (created on first use). */
function operationSkeleton(operation: JsonObject, rootName: string, root: Document): Json {
  const skeleton = skeletonOf(operation, rootName) as JsonObject;
  const responses = (skeleton.responses ?? {}) as JsonObject;
  for (const [status, response] of Object.entries(responses)) {
    const name = ERROR_RESPONSE_NAMES[status];
    if (!name || (response as JsonObject).$ref) continue;
    const shared = root.getIn(["components", "responses", name]);
    const local = skeletonOf((operation.responses as JsonObject)[status]!, "") as JsonObject;
    if (!shared) {
      root.setIn(["components", "responses", name], root.createNode(local));
    } else if (!sameStructure((shared as { toJSON(): Json }).toJSON(), local)) {
      continue;
    }
    responses[status] = { $ref: `${rootName}#/components/responses/${name}` };
  }
  return skeleton;
}

function sameStructure(a: Json, b: Json): boolean {
  const strip = (value: Json): Json => JSON.parse(JSON.stringify(value, (key, child) => (PROSE_KEY_VALUES.has(key) ? undefined : child)));
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}
/** What our own writing adds to a shared response: prose and examples, not structure. */
const PROSE_KEY_VALUES = new Set(["description", "summary", "title", "example", "examples"]);

/** The area file an operation belongs to: its first tag, in kebab case. */
function areaOf(operation: JsonObject): string {
  const tag = Array.isArray(operation.tags) && typeof operation.tags[0] === "string" ? operation.tags[0] : "untagged";
  const words = tag
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const area = words.join("-") || "untagged";
  return RESERVED_AREAS.has(area) ? `${area}-area` : area;
}

/** Area names whose file would be the root document, or a device name on Windows. */
const RESERVED_AREAS = new Set(["openapi", "con", "prn", "aux", "nul", ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((digit) => [`com${digit}`, `lpt${digit}`])]);

/** Each component schema's area: the one area whose operations reach it, or none (shared) when several do. */
function schemaAreas(vendor: JsonObject): Map<string, string> {
  const schemas = ((vendor.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject;
  const reach = (value: Json, seen: Set<string>): void => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach((item) => reach(item, seen));
    const ref = value.$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
      const name = ref.slice("#/components/schemas/".length);
      if (!seen.has(name) && name in schemas) {
        seen.add(name);
        reach(schemas[name]!, seen);
      }
    }
    for (const [key, child] of Object.entries(value)) if (key !== "example" && key !== "examples") reach(child, seen);
  };
  const areasBySchema = new Map<string, Set<string>>();
  for (const item of Object.values((vendor.paths ?? {}) as JsonObject)) {
    for (const method of HTTP_METHODS) {
      const operation = (item as JsonObject)[method] as JsonObject | undefined;
      if (!operation) continue;
      const seen = new Set<string>();
      reach(operation, seen);
      for (const name of seen) {
        const set = areasBySchema.get(name) ?? new Set();
        set.add(areaOf(operation));
        areasBySchema.set(name, set);
      }
    }
  }
  const areas = new Map<string, string>();
  for (const [name, set] of areasBySchema) if (set.size === 1) areas.set(name, [...set][0]!);
  return areas;
}

function escapeToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1").replaceAll("{", "%7B").replaceAll("}", "%7D");
}

function pointerTokens(tokens: string[]): string {
  return tokens.map(escapeToken).join("/");
}

function refTarget(ref: string, rootName: string): { file: string; tokens: string[] } | undefined {
  const [file, fragment = ""] = ref.split("#", 2);
  if (!file || file === rootName) return undefined;
  const tokens = fragment
    .replace(/^\//, "")
    .split("/")
    .map((token) => decodeURIComponent(token).replaceAll("~1", "/").replaceAll("~0", "~"));
  return { file, tokens };
}
