/**
 * The structure of a vendor's OpenAPI objects without any of its prose: every
 * summary, description and title becomes the placeholder, examples are dropped,
 * and `$ref`s are rewritten to reach the components through `spec/openapi.yaml`.
 * What remains (routes, names, types, formats, enums, required lists) is fact
 * about the API and is kept exactly.
 */

/** Marks text still to be written by us; lint and CI fail while one is left. */
export const PLACEHOLDER = "(to be written)";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const PROSE_KEYS = new Set(["summary", "description", "title"]);
/** Values chosen by the vendor (examples) rather than facts about the API; we write our own. */
const DROPPED_KEYS = new Set(["example", "examples", "externalDocs"]);
/** Keys whose values are data, copied as they are. */
const DATA_KEYS = new Set(["enum", "default", "const", "required"]);
/** Maps whose keys are names chosen by the spec, so `description` there is a property name. */
const NAME_MAPS = new Set(["properties", "headers", "content", "responses", "schemas", "parameters", "encoding", "variables"]);

/**
 * Copies `value` without prose. `rootFile` is how the area files name the root
 * document, so `#/components/...` becomes `openapi.yaml#/components/...`.
 */
export function skeletonOf(value: Json, rootFile: string, containerKey = ""): Json {
  if (Array.isArray(value)) return value.map((item) => skeletonOf(item, rootFile));
  if (value === null || typeof value !== "object") return value;
  const result: { [key: string]: Json } = {};
  const isNameMap = NAME_MAPS.has(containerKey);
  for (const [key, child] of Object.entries(value)) {
    if (isNameMap) {
      result[key] = skeletonOf(child, rootFile, "");
    } else if (key === "$ref" && typeof child === "string") {
      result[key] = child.startsWith("#") ? `${rootFile}${child}` : child;
    } else if (PROSE_KEYS.has(key) && typeof child === "string") {
      result[key] = PLACEHOLDER;
    } else if (DROPPED_KEYS.has(key)) {
      continue;
    } else if (DATA_KEYS.has(key) || key.startsWith("x-")) {
      result[key] = child;
    } else if (key === "scopes" && child !== null && typeof child === "object" && !Array.isArray(child)) {
      result[key] = Object.fromEntries(Object.keys(child).map((scope) => [scope, PLACEHOLDER]));
    } else {
      result[key] = skeletonOf(child, rootFile, key);
    }
  }
  return result;
}

/** Every place in `value` that still holds the placeholder, as JSON pointers. */
export function placeholdersIn(value: unknown, pointer = "#"): string[] {
  if (value === PLACEHOLDER) return [pointer];
  if (value === null || typeof value !== "object") return [];
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => placeholdersIn(child, `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`));
}

export type { Json };
