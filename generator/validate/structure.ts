/**
 * The fixed fields of the OpenAPI objects a client is made from (the document,
 * Info, Paths, Path Item, Operation, Parameter), checked against the 3.0 and 3.1
 * specifications: required fields present, values of the right kind, and no
 * unknown field where the specification allows only its own and `x-` ones. A
 * misspelt `pathz:` or a missing `info.version` would otherwise yield a client
 * with no operations and exit 0. Schemas are left to the model stage, which
 * reads them leniently, as real-world documents need. An unknown field is an
 * error only when it is a near miss of a known one (`pathz`, `get `): real
 * documents carry fields of their own without the `x-` prefix (a `source` at the
 * root of one of Google's), and those are ignored like extensions.
 */
import { SpecError, pointerOf } from "../errors.js";

type Json = Record<string, unknown>;
/** Where an object sits: its file, the pointer tokens to it, and the operation it belongs to, if any. */
type Where = { file: string; tokens: string[]; operation?: string };

interface ObjectRules {
  /** How the specification names the object, for messages. */
  name: string;
  fields: readonly string[];
  required: readonly string[];
  /** Fields whose value must be an object (`"object"`), an array (`"array"`) or a string (`"string"`). */
  kinds: Readonly<Record<string, "object" | "array" | "string">>;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function documentRules(version31: boolean): ObjectRules {
  return {
    name: "OpenAPI object",
    fields: [
      "openapi",
      "info",
      "servers",
      "paths",
      "components",
      "security",
      "tags",
      "externalDocs",
      ...(version31 ? ["webhooks", "jsonSchemaDialect"] : []),
    ],
    required: version31 ? ["openapi", "info"] : ["openapi", "info", "paths"],
    kinds: {
      info: "object",
      paths: "object",
      components: "object",
      servers: "array",
      security: "array",
      tags: "array",
      webhooks: "object",
    },
  };
}

const INFO: ObjectRules = {
  name: "Info object",
  fields: ["title", "version", "description", "termsOfService", "contact", "license", "summary"],
  required: ["title", "version"],
  kinds: { title: "string", version: "string", contact: "object", license: "object" },
};

const PATH_ITEM: ObjectRules = {
  name: "Path Item object",
  fields: ["$ref", "summary", "description", "servers", "parameters", ...METHODS],
  required: [],
  kinds: { parameters: "array", servers: "array", ...Object.fromEntries(METHODS.map((method) => [method, "object"])) },
};

function operationRules(version31: boolean): ObjectRules {
  return {
    name: "Operation object",
    fields: [
      "tags",
      "summary",
      "description",
      "externalDocs",
      "operationId",
      "parameters",
      "requestBody",
      "responses",
      "callbacks",
      "deprecated",
      "security",
      "servers",
    ],
    required: version31 ? [] : ["responses"],
    kinds: {
      tags: "array",
      parameters: "array",
      requestBody: "object",
      responses: "object",
      callbacks: "object",
      security: "array",
      servers: "array",
    },
  };
}

const PARAMETER_LOCATIONS = ["query", "header", "path", "cookie"];

/** RFC 9110's `token`: a header field name (and, by RFC 6265, a cookie name) can be nothing else, so fetch refuses any other. */
const HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * Problems with the document's structure, each with its JSON pointer (and the
 * operation, where there is one). `file` is the entry document's display path;
 * path items behind a `$ref` are checked where the ref leads, by `follow`.
 */
export function structureProblems(
  document: Json,
  file: string,
  follow: (value: unknown) => { value: unknown; file: string; tokens: string[] } | undefined,
): SpecError[] {
  const version31 = typeof document.openapi === "string" && document.openapi.startsWith("3.1");
  const problems: SpecError[] = [];
  const check = (value: Json, rules: ObjectRules, where: { file: string; tokens: string[]; operation?: string }) => {
    for (const field of rules.required) {
      if (!(field in value)) {
        problems.push(
          new SpecError(
            { ...where, pointer: pointerOf([...where.tokens, field]) },
            `the ${rules.name} has no \`${field}\`, which OpenAPI requires`,
          ),
        );
      }
    }
    for (const [field, child] of Object.entries(value)) {
      const location = { ...where, pointer: pointerOf([...where.tokens, field]) };
      if (!rules.fields.includes(field) && !field.startsWith("x-")) {
        const guess = closest(field, rules.fields);
        if (guess) problems.push(new SpecError(location, `unknown field \`${field}\` in the ${rules.name} (did you mean \`${guess}\`?)`));
        continue;
      }
      const kind = rules.kinds[field];
      if (kind && !isKind(child, kind))
        problems.push(
          new SpecError(location, `\`${field}\` must be ${kind === "array" ? "an array" : `a${kind === "object" ? "n" : ""} ${kind}`}`),
        );
    }
  };

  check(document, documentRules(version31), { file, tokens: [] });
  if (isKind(document.info, "object")) check(document.info as Json, INFO, { file, tokens: ["info"] });
  if (version31 && !["paths", "components", "webhooks"].some((field) => field in document)) {
    problems.push(
      new SpecError({ file, pointer: "#/paths" }, "an OpenAPI 3.1 document needs at least one of `paths`, `components` or `webhooks`"),
    );
  }
  if (!isKind(document.paths, "object")) return problems;

  const operation = operationRules(version31);
  const unsendable = unsendableNames(follow);
  for (const [route, rawItem] of Object.entries(document.paths as Json)) {
    if (route.startsWith("x-")) continue;
    if (!route.startsWith("/")) {
      problems.push(new SpecError({ file, pointer: pointerOf(["paths", route]) }, `path \`${route}\` must start with \`/\``));
      continue;
    }
    const item = follow(rawItem) ?? { value: rawItem, file, tokens: ["paths", route] };
    if (!isKind(item.value, "object")) {
      problems.push(new SpecError({ file: item.file, pointer: pointerOf(item.tokens) }, "a Path Item must be an object"));
      continue;
    }
    const itemValue = item.value as Json;
    check(itemValue, PATH_ITEM, { file: item.file, tokens: item.tokens });
    for (const method of METHODS) {
      const value = itemValue[method];
      if (!isKind(value, "object")) continue;
      const where = { file: item.file, tokens: [...item.tokens, method], operation: `${method.toUpperCase()} ${route}` };
      check(value as Json, operation, where);
      const parameters = (value as Json).parameters;
      if (Array.isArray(parameters)) checkParameters(parameters, where, problems, unsendable);
    }
    if (Array.isArray(itemValue.parameters)) checkParameters(itemValue.parameters, { file: item.file, tokens: item.tokens }, problems, unsendable);
  }
  return problems;
}

function checkParameters(
  parameters: unknown[],
  where: Where,
  problems: SpecError[],
  unsendable: (parameter: unknown, where: Where) => SpecError | undefined,
): void {
  parameters.forEach((parameter, index) => {
    const location = { ...where, pointer: pointerOf([...where.tokens, "parameters", index]) };
    if (!isKind(parameter, "object")) {
      problems.push(new SpecError(location, "a parameter must be an object"));
      return;
    }
    const named = unsendable(parameter, { ...where, tokens: [...where.tokens, "parameters", String(index)] });
    if (named) problems.push(named);
    const value = parameter as Json;
    if ("$ref" in value) return;
    if (typeof value.name !== "string") problems.push(new SpecError(location, "the parameter has no `name`, which OpenAPI requires"));
    if (!PARAMETER_LOCATIONS.includes(value.in as string)) {
      problems.push(
        new SpecError(
          location,
          `the parameter's \`in\` must be one of ${PARAMETER_LOCATIONS.join(", ")}, found ${JSON.stringify(value.in ?? null)}`,
        ),
      );
    }
  });
}

/**
 * Why no request can carry a parameter of this name and location, or undefined
 * when one can: a header or cookie name that is not an HTTP token, or a path
 * parameter name holding `{` or `}`, which OpenAPI's path templates exclude
 * (the route could never name it).
 */
export function unsendableName(name: string, location: unknown): string | undefined {
  if ((location === "header" || location === "cookie") && !HTTP_TOKEN.test(name)) {
    return `the ${location} parameter name ${JSON.stringify(name)} is not an HTTP token (letters, digits and !#$%&'*+-.^_\`|~ only, RFC 9110), so no request can send it`;
  }
  if (location === "path" && /[{}]/.test(name)) return `the path parameter name ${JSON.stringify(name)} holds \`{\` or \`}\`, which a path template cannot name`;
  return undefined;
}

/**
 * Finds required parameters whose name no request can carry (`unsendableName`;
 * a path parameter is always required). Such a parameter would make its method
 * fail on every call, so the document is refused instead; an optional one is
 * left out by the model stage, with a warning. A shared parameter (`$ref`) is
 * reported once, where it is defined, naming the first operation that uses it.
 */
function unsendableNames(follow: (value: unknown) => { value: unknown; file: string; tokens: string[] } | undefined) {
  const reported = new Set<string>();
  return (parameter: unknown, where: Where): SpecError | undefined => {
    const target = follow(parameter) ?? { value: parameter, file: where.file, tokens: where.tokens };
    if (!isKind(target.value, "object")) return undefined;
    const { name, in: location, required } = target.value as Json;
    if (typeof name !== "string" || (location !== "path" && required !== true)) return undefined;
    const problem = unsendableName(name, location);
    const pointer = pointerOf([...target.tokens, "name"]);
    if (problem === undefined || reported.has(`${target.file}${pointer}`)) return undefined;
    reported.add(`${target.file}${pointer}`);
    return new SpecError({ file: target.file, pointer, operation: where.operation }, problem);
  };
}

function isKind(value: unknown, kind: "object" | "array" | "string"): boolean {
  if (kind === "array") return Array.isArray(value);
  if (kind === "string") return typeof value === "string";
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The allowed field nearest to a misspelt one (at most two edits away), for "did you mean". */
function closest(field: string, allowed: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of allowed) {
    const distance = editDistance(field.toLowerCase(), name.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
