/**
 * Part of the plan stage: every identifier the emitters write is decided here, once.
 * Names come from spec content only. When two spec names map to the same
 * identifier, the one already spelled that way keeps it and the others take an
 * escaped spelling of their own name, so a name never depends on visit order
 * and never grows a counter.
 */
import type { ApiModel, SecurityScheme } from "../model/types.js";
import path from "node:path";
import { compareCodePoints } from "../model/order.js";

export interface Names {
  /** Type name of a schema, by `SchemaDecl.key`. */
  schemas: ReadonlyMap<string, string>;
  /** Function name of an operation, by operationId. */
  operations: ReadonlyMap<string, string>;
}

/** Identifiers the emitted operation module imports, which operation names must avoid. */
const OPERATION_MODULE_IMPORTS: ReadonlySet<string> = new Set(["ApiClient", "ApiPromise", "Models", "RequestOptions", "Specs", "paths"]);

/** Names TypeScript refuses for a type alias or interface (a schema called `boolean` is escaped to itself). */
const PREDEFINED_TYPE_NAMES = ["any", "bigint", "boolean", "never", "number", "object", "string", "symbol", "undefined", "unknown", "void"];

const RESERVED_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await"
  ).split(" "),
);

/** A variable name TypeScript accepts and that is none of `taken` (names already in scope): else it gets a trailing `_`. */
export function variableName(name: string, taken: readonly string[] = []): string {
  return RESERVED_WORDS.has(name) || taken.includes(name) ? `${name}_` : name;
}

/**
 * `reserved` holds names the package exports besides models and operations
 * (runtime classes, `createClient`, ...): a schema with such a name is
 * suffixed `Model`, an operation `_`. `functionNames` are the operations'
 * function names as the naming rules made them, by operationId.
 */
export function assignNames(model: ApiModel, reserved: ReadonlySet<string>, functionNames: ReadonlyMap<string, string> = new Map()): Names {
  return {
    schemas: uniqueNames(
      model.schemas.map((schema) => ({
        key: schema.key,
        original: schema.nameHint,
        candidate: pascalCase(schema.nameHint),
        qualified: pascalCase(`${placeWord(schema.key)} ${schema.nameHint}`),
      })),
      new Set([...reserved, ...PREDEFINED_TYPE_NAMES]),
      "Model",
    ),
    operations: uniqueNames(
      model.operations.map((operation) => ({
        key: operation.operationId,
        original: operation.operationId,
        candidate: functionNames.get(operation.operationId) ?? camelCase(operation.operationId),
      })),
      new Set([...reserved, ...OPERATION_MODULE_IMPORTS]),
      "_",
    ),
  };
}

interface NameRequest {
  key: string;
  original: string;
  candidate: string;
  /** The name when another request of the same original keeps the candidate (two files each defining `Error`). */
  qualified?: string;
}

/** The word that tells a schema's place apart: its file's name outside the entry document, else the section holding it. */
function placeWord(key: string): string {
  const hash = key.indexOf("#");
  if (hash > 0) return path.posix.basename(key.slice(0, hash)).replace(/\.(ya?ml|json)$/i, "");
  const [section] = key.slice(hash + 2).split("/");
  return section ?? "";
}

function uniqueNames(requests: NameRequest[], taken: ReadonlySet<string>, takenSuffix: string): Map<string, string> {
  const byCandidate = new Map<string, NameRequest[]>();
  for (const request of requests) {
    const group = byCandidate.get(request.candidate) ?? [];
    group.push(request);
    byCandidate.set(request.candidate, group);
  }
  const names = new Map<string, string>();
  for (const [candidate, group] of byCandidate) {
    const spelledAlike = group.filter((request) => request.original === candidate).sort((a, b) => compareCodePoints(a.key, b.key));
    for (const request of group) {
      const keepsCandidate = group.length === 1 || request === spelledAlike[0];
      const fallback = request.original === candidate && request.qualified ? request.qualified : escapeIdentifier(request.original);
      let name = keepsCandidate && candidate !== "" ? candidate : fallback;
      if (RESERVED_WORDS.has(name) || taken.has(name)) name += takenSuffix;
      names.set(request.key, name);
    }
  }
  const owners = new Map<string, string>();
  for (const [key, name] of [...names].sort(([a], [b]) => compareCodePoints(a, b))) {
    const owner = owners.get(name);
    if (owner !== undefined) {
      throw new Error(`naming: ${JSON.stringify(owner)} and ${JSON.stringify(key)} both map to ${name}`);
    }
    owners.set(name, key);
  }
  return names;
}

function words(name: string): string[] {
  return name.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

/** `foo.bar-baz qux` → `FooBarBazQux`; an identifier already in PascalCase is kept as it is. */
export function pascalCase(name: string): string {
  const joined = words(name)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
  return /^\d/.test(joined) ? `_${joined}` : joined;
}

/** `get-project exports` → `getProjectExports`; a leading acronym is lowered whole (`URLList` → `urlList`). */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  if (pascal.startsWith("_")) return pascal;
  const leadingCapitals = /^[A-Z]+/.exec(pascal)?.[0].length ?? 0;
  if (leadingCapitals === pascal.length) return pascal.toLowerCase();
  const lowered = leadingCapitals > 1 && /[a-z]/.test(pascal[leadingCapitals]!) ? leadingCapitals - 1 : Math.max(leadingCapitals, 1);
  return pascal.slice(0, lowered).toLowerCase() + pascal.slice(lowered);
}

/**
 * A one-to-one spelling of any string as an identifier: letters, digits and `_`
 * stay, every other character becomes `$` + its code point in hex + `$`.
 */
export function escapeIdentifier(name: string): string {
  let escaped = /^\d/.test(name) ? "$" : "";
  for (const character of name) {
    escaped += /[A-Za-z0-9_]/.test(character) ? character : `$${character.codePointAt(0)!.toString(16)}$`;
  }
  return escaped;
}

/** A property key as TypeScript accepts it: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** Members `Client` inherits from the runtime's `ApiClient`, which resource properties must not shadow. */
export const CLIENT_MEMBERS: ReadonlySet<string> = new Set(["constructor", "download", "raw", "request", "requestWithResponse", "toJSON", "toString"]);

/** Names `src/client.ts` exports, so generated model and operation names keep clear of them. */
export function clientModuleExports(model: ApiModel, scopeParameter: string | null): { name: string; typeOnly?: boolean }[] {
  const scope = scopeNames(scopeParameter);
  return [
    { name: "Client" },
    { name: "DEFAULT_BASE_URL" },
    ...(authorizationCodeScheme(model) ? [{ name: "OAUTH2_AUTHORIZATION_CODE" }] : []),
    ...(scope ? [{ name: scope.interfaceName, typeOnly: true }] : []),
    { name: "createClient" },
  ];
}

export function scopeNames(scopeParameter: string | null): { method: string; interfaceName: string; argument: string } | null {
  if (!scopeParameter) return null;
  const noun = scopeParameter.replace(/_?id$/i, "");
  if (!noun) return null;
  return { method: camelCase(noun), interfaceName: `${pascalCase(noun)}Scope`, argument: variableName(camelCase(scopeParameter), SCOPE_METHOD_LOCALS) };
}

/** The scope method's own local variables, which its argument must not shadow (Azure's path parameter `scope`). */
const SCOPE_METHOD_LOCALS = ["scope", "scoped"];

/** The security scheme whose OAuth2 authorization-code flow `src/client.ts` exports, if any. */
export function authorizationCodeScheme(model: ApiModel): SecurityScheme | undefined {
  return model.securitySchemes.find((scheme) => scheme.authorizationCode?.authorizationUrl && scheme.authorizationCode.tokenUrl);
}

/** Names a module exports (following `export *` within `files`), for keeping generated names clear of them. */
export function exportedNames(files: { fileName: string; text: string }[], entryFileName: string): string[] {
  const texts = new Map(files.map((file) => [file.fileName, file.text]));
  const names = new Set<string>();
  const visit = (fileName: string, seen: Set<string>) => {
    const text = texts.get(fileName);
    if (text === undefined || seen.has(fileName)) return;
    seen.add(fileName);
    for (const match of text.matchAll(EXPORT_STATEMENT)) {
      const [, declared, namespace, list, starFrom] = match;
      if (declared ?? namespace) names.add((declared ?? namespace)!);
      for (const entry of list?.split(",") ?? []) {
        const name = entry.trim().replace(/^type\s+/, "").split(/\s+as\s+/).at(-1)!;
        if (name) names.add(name);
      }
      if (starFrom) visit(path.posix.join(path.posix.dirname(fileName), starFrom.replace(/\.js$/, ".ts")), seen);
    }
  };
  visit(entryFileName, new Set());
  return [...names];
}

/**
 * The runtime's export statements, read from its text: the templates are ours
 * and written plainly (a test checks this against the TypeScript parser), and
 * parsing them cold cost half a second a run. Groups: a declared name, an
 * `export * as` name, an `export { ... }` list, an `export *` module.
 */
const EXPORT_STATEMENT =
  /^export (?:declare )?(?:abstract )?(?:async )?(?:function\*?|class|interface|type|enum|const|let|var) ([A-Za-z_$][\w$]*)|^export (?:type )?\* as ([A-Za-z_$][\w$]*) from|^export (?:type )?\{([^}]*)\}|^export (?:type )?\* from "([^"]+)"/gm;
