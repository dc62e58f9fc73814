/**
 * The rules that name a resource method and a standalone function after what
 * the call does. Each name is a verb and an object, read off the operationId:
 *
 * - The resource's own words are taken out of a method name (`articles.get`,
 *   not `articles.getArticle`; `users.getCurrent`, not `users.getCurrentUser`).
 *   A standalone function has no resource in front of it, so it keeps the
 *   resource's words once, where the operationId put them last
 *   (`getArticleArticle` → `getArticle`, `getUserCurrentUser` → `getCurrentUser`).
 * - An HTTP verb is never a method's verb unless it is also the right English
 *   one: `get` and `delete` stay; `post` becomes `create` when the operation
 *   answers 201 and `send` otherwise; `put` and `patch` become `update`.
 * - A read (`GET` named `get…` or `list…`) is `list` when its result is a
 *   collection (an array, paged or not, alone or as the envelope's `data`) and
 *   `get` when it is one item. An unpaged array is still a collection: `list`
 *   says what comes back, and whether it is paged shows in its result type
 *   (`PagePromise` and "pages of" in api.md, or a plain array).
 *
 * Every input comes from the operation itself (operationId, first tag, HTTP
 * method, statuses, result shape), so adding or changing another operation
 * never renames this one. What the rules cannot know (the intent behind
 * `getSearchAnalyticNoResults`) comes from the override file, a YAML mapping
 * of operationId to method name that is reviewed like code.
 */
import { SpecError } from "../errors.js";
import type { ApiModel, Operation, SchemaDecl } from "../model/types.js";
import { camelCase, pascalCase } from "./naming.js";
import { resultKind, singular, type ResultKind } from "./patterns.js";

/** The file beside a spec's root document that holds its method-name overrides. */
export const METHOD_NAMES_FILE = "method-names.yaml";

/** A method and function name chosen by hand for one operation. */
export interface NameOverride {
  method: string;
  /** Absent: the method name with the resource's noun after its verb. */
  function?: string;
}

export interface MethodNameOverrides {
  /** Where the overrides were read, for error lines. */
  file: string;
  byOperationId: ReadonlyMap<string, NameOverride>;
}

/** A method name and the standalone function's, before the identifier door makes them unique. */
export interface OperationNames {
  method: string;
  function: string;
}

/** Words of an identifier: `getAISearchSummary` → get, AI, Search, Summary. */
export function words(text: string): string[] {
  return text.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? [];
}

/** What the naming rules read from an operation. */
export interface NamingFacts {
  operationId: string;
  /** The resource's tag: `Articles`, `AISearchAnalytics`. */
  tag: string;
  httpMethod: string;
  /** What the result holds: many items (an array, paged or not), one, or nothing the rules can tell. */
  result: ResultKind;
  /** The operation answers 201 Created. */
  creates: boolean;
}

function namingFacts(operation: Operation, tag: string, schemas: ReadonlyMap<string, SchemaDecl>): NamingFacts {
  return {
    operationId: operation.operationId,
    tag,
    httpMethod: operation.method,
    result: resultKind(operation, schemas),
    creates: operation.responses.some((response) => response.status === "201"),
  };
}

/** The method name on the tag's resource: the operationId without the resource's words, its verb set right. */
export function methodName(facts: NamingFacts): string {
  const all = words(facts.operationId);
  const runs = tagRuns(all, facts.tag);
  if (runs.length === 0) return nameFrom(all, facts) ?? camelCase(facts.operationId);
  const kept = all.filter((_, index) => !runs.some(([start, end]) => index >= start && index < end));
  return nameFrom(kept, facts) ?? camelCase(facts.operationId);
}

/** The standalone function's name: the operationId with the resource's words kept once (their last place), its verb set right. */
export function functionName(facts: NamingFacts): string {
  const all = words(facts.operationId);
  const runs = tagRuns(all, facts.tag, false).slice(0, -1);
  const kept = all.filter((_, index) => !runs.some(([start, end]) => index >= start && index < end));
  return nameFrom(kept, facts) ?? camelCase(facts.operationId);
}

/**
 * A function name for an overridden method: its verb, the resource's noun,
 * then the rest (`askAi` on `Workspaces` → `askWorkspaceAi`).
 */
export function functionNameForMethod(method: string, tag: string): string {
  const [verb, ...rest] = words(method);
  const noun = tagWords(tag);
  if (verb === undefined || noun.length === 0) return method;
  return camelCase([verb, ...noun.slice(0, -1), singular(noun.at(-1)!), ...rest].join(" "));
}

function tagWords(tag: string): string[] {
  return words(tag).map((word) => word.toLowerCase());
}

/**
 * Where the tag's words stand in `all`, as [start, end) runs: the tag as it
 * is (`Articles`) or with its last word singular (`Article`). With `merge`, a
 * run right after another is part of it (the stutter in `getArticleArticle`).
 */
function tagRuns(all: string[], tag: string, merge = true): [number, number][] {
  const plural = tagWords(tag);
  if (plural.length === 0) return [];
  const one = [...plural.slice(0, -1), singular(plural.at(-1)!).toLowerCase()];
  const runAt = (index: number, run: string[]) => run.every((word, offset) => all[index + offset]?.toLowerCase() === word);
  const runs: [number, number][] = [];
  for (let index = 0; index < all.length; ) {
    const length = runAt(index, one) ? one.length : runAt(index, plural) ? plural.length : 0;
    if (length === 0) {
      index++;
      continue;
    }
    const previous = runs.at(-1);
    if (merge && previous && previous[1] === index) previous[1] = index + length;
    else runs.push([index, index + length]);
    index += length;
  }
  return runs;
}

/** HTTP verbs an operationId may start with that are not what a caller does. */
const HTTP_ONLY_VERBS = new Set(["post", "put", "patch"]);

/** Verbs that read one thing or many: the result's shape picks between them. */
const READ_VERBS = new Set(["get", "list"]);

function nameFrom(kept: string[], facts: NamingFacts): string | undefined {
  const [first, ...rest] = kept;
  if (first === undefined) return undefined;
  const verb = first.toLowerCase();
  let rightVerb = verb;
  if (HTTP_ONLY_VERBS.has(verb)) rightVerb = verb === "post" ? (facts.creates ? "create" : "send") : "update";
  else if (READ_VERBS.has(verb) && facts.httpMethod === "get" && facts.result !== "unknown") rightVerb = facts.result === "many" ? "list" : "get";
  const name = camelCase([rightVerb, ...rest].join(" "));
  return name === "" ? undefined : name;
}

/** Every operation's method and function names: the override when there is one, the rules otherwise. */
export function operationNames(model: ApiModel, overrides: MethodNameOverrides | null, tagOf: (operation: Operation) => string): Map<string, OperationNames> {
  const schemas = new Map(model.schemas.map((schema) => [schema.key, schema]));
  const names = new Map<string, OperationNames>();
  for (const operation of model.operations) {
    const tag = tagOf(operation);
    const override = overrides?.byOperationId.get(operation.operationId);
    if (override) {
      names.set(operation.operationId, { method: override.method, function: override.function ?? functionNameForMethod(override.method, tag) });
      continue;
    }
    const facts = namingFacts(operation, tag, schemas);
    names.set(operation.operationId, { method: methodName(facts), function: functionName(facts) });
  }
  return names;
}

/** A method or function name as the override file may give it: a camelCase identifier. */
const OVERRIDE_NAME = /^[a-z][A-Za-z0-9]*$/;

/**
 * Reads the override file's parsed YAML: `operationId: methodName`, or
 * `operationId: { method: …, function: … }`. `known` are the spec's
 * operationIds; with `strict`, an override for any other is an error (a typo
 * would otherwise go unnoticed), else it is left out (another revision of
 * the API may lack the operation).
 */
export function parseOverrides(file: string, value: unknown, known: ReadonlySet<string>, strict: boolean): MethodNameOverrides {
  const problem = (pointer: string, text: string) => new SpecError({ file, pointer }, text);
  if (value === null || value === undefined) return { file, byOperationId: new Map() };
  if (typeof value !== "object" || Array.isArray(value)) throw problem("#", "expected a mapping of operationId to method name");
  const byOperationId = new Map<string, NameOverride>();
  for (const [operationId, entry] of Object.entries(value as Record<string, unknown>)) {
    const pointer = `#/${operationId.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    if (!known.has(operationId)) {
      if (strict) throw problem(pointer, `no operation has the operationId ${JSON.stringify(operationId)}`);
      continue;
    }
    const override: NameOverride | undefined =
      typeof entry === "string"
        ? { method: entry }
        : entry !== null && typeof entry === "object" && !Array.isArray(entry) && typeof (entry as NameOverride).method === "string"
          ? (entry as NameOverride)
          : undefined;
    if (!override) throw problem(pointer, "expected a method name, or a mapping with `method` and optionally `function`");
    for (const key of Object.keys(override)) {
      if (key !== "method" && key !== "function") throw problem(`${pointer}/${key}`, "only `method` and `function` may be given");
    }
    for (const [key, name] of Object.entries(override)) {
      if (typeof name !== "string" || !OVERRIDE_NAME.test(name)) {
        throw problem(typeof entry === "string" ? pointer : `${pointer}/${key}`, `${JSON.stringify(name)} is not a camelCase name (letters and digits, starting lower-case)`);
      }
    }
    byOperationId.set(operationId, { method: override.method, ...(override.function ? { function: override.function } : {}) });
  }
  return { file, byOperationId };
}

/**
 * Two overridden names that clash with each other or with a rule-made name on
 * the same resource (or among functions) are refused: the identifier door would
 * otherwise quietly fall back to an escaped operationId.
 */
export function checkOverrideClashes(overrides: MethodNameOverrides, names: ReadonlyMap<string, OperationNames>, tagOf: (operationId: string) => string): void {
  const methods = new Map<string, string>();
  const functions = new Map<string, string>();
  for (const [operationId, name] of names) {
    for (const [taken, key] of [
      [methods, `${pascalCase(tagOf(operationId))}.${name.method}`],
      [functions, name.function],
    ] as const) {
      const owner = taken.get(key);
      const overridden = overrides.byOperationId.has(operationId) ? operationId : owner !== undefined && overrides.byOperationId.has(owner) ? owner : undefined;
      if (owner !== undefined && overridden !== undefined) {
        const other = overridden === operationId ? owner : operationId;
        throw new SpecError(
          { file: overrides.file, pointer: `#/${overridden}` },
          `${key.includes(".") ? "method" : "function"} name ${JSON.stringify(key.split(".").at(-1))} is also ${other}'s`,
        );
      }
      taken.set(key, operationId);
    }
  }
}
