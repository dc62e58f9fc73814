/**
 * Part of the plan stage: every identifier the emitters write is decided here, once.
 * Names come from spec content only, and each passes through the door in
 * `identifiers.ts`. When two spec names map to the same identifier, the one
 * already spelled that way keeps it and the others take an escaped spelling of
 * their own name, so a name never depends on visit order.
 */
import type { ApiModel, Operation, SecurityScheme } from "../model/types.js";
import path from "node:path";
import { escapeIdentifier, letterIdentifier, NameScope, PREDEFINED_TYPE_NAMES } from "./identifiers.js";

export interface Names {
  /** Type name of a schema, by `SchemaDecl.key`. */
  schemas: ReadonlyMap<string, string>;
  /** Function name of an operation, by operationId. */
  operations: ReadonlyMap<string, string>;
  /** The package's exported names so far, which the SDK plan's classes and parameter types join. */
  exports: NameScope;
}

/** Identifiers the emitted operation module imports, which operation names must avoid. */
const OPERATION_MODULE_IMPORTS = ["ApiClient", "ApiPromise", "Models", "RequestOptions", "Specs", "paths"];

/**
 * `reserved` holds names the package exports besides models and operations
 * (runtime classes, `createClient`, ...): a schema with such a name is
 * suffixed `Model`, an operation `_`. Models and operations share one scope
 * (the package's index exports both), models first. `functionNames` are the
 * operations' function names as the naming rules made them, by operationId.
 */
export function assignNames(model: ApiModel, reserved: ReadonlySet<string>, functionNames: ReadonlyMap<string, string> = new Map()): Names {
  const exports = new NameScope("binding", reserved);
  const schemas = exports.claim(
    model.schemas.map((schema) => ({
      key: schema.key,
      original: schema.nameHint,
      candidate: typeIdentifier(schema.nameHint),
      qualified: pascalCase(`${placeWord(schema.key)} ${schema.nameHint}`),
    })),
    "Model",
    PREDEFINED_TYPE_NAMES,
  );
  const operations = exports.claim(
    model.operations.map((operation) => ({
      key: operation.operationId,
      original: operation.operationId,
      candidate: functionNames.get(operation.operationId) || operationIdentifier(operation),
    })),
    "_",
    OPERATION_MODULE_IMPORTS,
  );
  return { schemas, operations, exports };
}

/** The word that tells a schema's place apart: its file's name outside the entry document, else the section holding it. */
function placeWord(key: string): string {
  const hash = key.indexOf("#");
  if (hash > 0) return path.posix.basename(key.slice(0, hash)).replace(/\.(ya?ml|json)$/i, "");
  const [section] = key.slice(hash + 2).split("/");
  return section ?? "";
}

/**
 * A camelCase name for an operation: from its operationId, else (no ASCII
 * word in it) the operationId's letters as they are, else (only symbols) its
 * method and path, `getUsersId`.
 */
export function operationIdentifier(operation: Operation): string {
  return camelCase(operation.operationId) || letterIdentifier(operation.operationId) || camelCase(`${operation.method} ${operation.path}`);
}

/** A PascalCase type name for a spec name; its letters as they are when it has no ASCII word. */
export function typeIdentifier(name: string): string {
  return pascalCase(name) || letterIdentifier(name);
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

/** Members `Client` inherits from the runtime's `ApiClient`, which resource properties and the scope method must not shadow. */
export const CLIENT_MEMBERS: readonly string[] = ["download", "paginate", "raw", "request", "requestWithResponse", "toJSON", "toString"];

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
  return {
    method: new NameScope("member", CLIENT_MEMBERS).claimOne(camelCase(noun) || letterIdentifier(noun) || escapeIdentifier(noun), "_"),
    interfaceName: `${typeIdentifier(noun) || escapeIdentifier(noun)}Scope`,
    argument: new NameScope("binding", SCOPE_METHOD_LOCALS).claimOne(camelCase(scopeParameter) || letterIdentifier(scopeParameter) || escapeIdentifier(scopeParameter), "_"),
  };
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
