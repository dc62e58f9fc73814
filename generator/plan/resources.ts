/**
 * The SDK layer's plan: operations grouped by tag into resources, with method
 * names read off the operationId once the tag's own words are taken out
 * (`getArticleArticleVersions` in `Articles` → `listVersions`), plus the
 * patterns each method supports. Names depend only on the operation and its
 * tag, so an unrelated change to the spec never renames a method.
 */
import { compareCodePoints } from "../model/order.js";
import type { ApiModel, Operation, SchemaDecl } from "../model/types.js";
import { escapeIdentifier, letterIdentifier, NameScope } from "./identifiers.js";
import { camelCase, operationIdentifier, pascalCase, typeIdentifier } from "./naming.js";
import { paginationOf, singular, taskPairs, type Pagination, type TaskPair } from "./patterns.js";

export interface ResourceMethod {
  name: string;
  operation: Operation;
  /** Name of the exported interface describing the method's parameters. */
  paramsType: string;
  pagination: Pagination | null;
  /**
   * The method takes its parameters grouped by location (`{ path, query, body }`)
   * rather than side by side, because two locations share a name or a
   * parameter is called `body`.
   */
  grouped: boolean;
}

export interface Resource {
  tag: string;
  /** Property on the client: `articles`. */
  property: string;
  className: string;
  methods: ResourceMethod[];
  tasks: ResourceTask[];
}

/** A long-running task of a resource, with the names of the helpers the resource class gets for it. */
export interface ResourceTask extends TaskPair {
  helpers: {
    /** Polls until the task is done: `waitForExport`. */
    waitFor: string;
    /** Starts the task, then waits: `createExportAndWait`. */
    startAndWait: string;
    /** Waits, then streams the output to a file: `downloadExport`; only for a task with a `download_url`. */
    download?: string;
  };
}

export interface SdkPlan {
  resources: Resource[];
  /** A path parameter nearly every operation takes (`project_id`), which a scoped client can fix. */
  scopeParameter: string | null;
}

/** Path parameters taken by at least this share of operations are worth a scoped client. */
const SCOPE_SHARE = 0.6;

/**
 * `exports` holds the package's exported names so far (runtime, models,
 * operation functions), which resource classes and parameter types join;
 * `clientMembers` are the client's own members (the scope method among them),
 * which resource properties keep clear of.
 */
export function planSdk(model: ApiModel, exports: NameScope = new NameScope("binding", []), clientMembers: readonly string[] = []): SdkPlan {
  const schemas = new Map<string, SchemaDecl>(model.schemas.map((schema) => [schema.key, schema]));
  const byTag = new Map<string, Operation[]>();
  for (const operation of model.operations) {
    const tag = operation.tags[0] ?? fallbackTag(operation.path);
    byTag.set(tag, [...(byTag.get(tag) ?? []), operation]);
  }
  const tasks = taskPairs(model.operations, schemas);
  const tags = [...byTag.keys()].sort(compareCodePoints);
  const baseNames = resourceBaseNames(tags);
  const classNames = exports.claim(
    tags.map((tag) => ({ key: tag, candidate: `${baseNames.get(tag)!.typeBase}Resource`, original: tag, escaped: `${escapeIdentifier(tag)}Resource` })),
    "Group",
    RESOURCE_MODULE_IMPORTS,
  );
  const properties = new NameScope("member", clientMembers).claim(
    tags.map((tag) => ({ key: tag, candidate: baseNames.get(tag)!.property, original: tag })),
    "Resource",
  );
  const methodsByTag = new Map(tags.map((tag) => [tag, resourceMembers(byTag.get(tag)!, tag)]));
  const paramsTypes = exports.claim(
    tags.flatMap((tag) =>
      methodsByTag.get(tag)!.methods.map(({ operation, name }) => {
        const typeBase = baseNames.get(tag)!.typeBase;
        // An escaped method name keeps its `$`s here: pascal-casing would fold distinct ones together.
        const method = /^[A-Za-z0-9]+$/.test(name) ? pascalCase(name) : name[0]!.toUpperCase() + name.slice(1);
        return { key: operation.operationId, candidate: `${typeBase}${method}Params`, original: "", escaped: `${typeBase}_${method}Params` };
      }),
    ),
    "Input",
    RESOURCE_MODULE_IMPORTS,
  );
  const resources = tags.map((tag): Resource => {
    const members = methodsByTag.get(tag)!;
    const methods = members.methods.map(({ operation, name }) => ({
      name,
      operation,
      paramsType: paramsTypes.get(operation.operationId)!,
      pagination: paginationOf(operation, schemas),
      grouped: takesGroupedParameters(operation),
    }));
    const resourceTasks = tasks.filter((task) => task.start.tags[0] === tag || (task.start.tags.length === 0 && fallbackTag(task.start.path) === tag));
    return {
      tag,
      property: properties.get(tag)!,
      className: classNames.get(tag)!,
      methods: methods.sort((a, b) => compareCodePoints(a.name, b.name)),
      tasks: taskHelperNames(resourceTasks, methods, members.scope),
    };
  });
  return { resources, scopeParameter: scopeParameterOf(model.operations) };
}

/** What `src/resources.ts` imports besides the runtime's exports, which its declarations must not take. */
const RESOURCE_MODULE_IMPORTS = ["Models", "Operations", "Specs", "paths"];

/**
 * The helpers' names for each task, claimed after the resource's methods (an
 * operation named like a helper keeps its name; the helper moves).
 */
function taskHelperNames(tasks: TaskPair[], methods: { name: string; operation: Operation }[], scope: NameScope): ResourceTask[] {
  return tasks.map((task) => {
    const noun = typeIdentifier(task.noun) || escapeIdentifier(task.noun);
    const start = methods.find((method) => method.operation === task.start)!.name;
    return {
      ...task,
      helpers: {
        waitFor: scope.claimOne(`waitFor${noun}`, "_"),
        startAndWait: scope.claimOne(`${start}AndWait`, "_"),
        ...(task.downloadable ? { download: scope.claimOne(`download${noun}`, "_") } : {}),
      },
    };
  });
}

function takesGroupedParameters(operation: Operation): boolean {
  const names = operation.parameters.map((parameter) => parameter.name);
  return new Set(names).size !== names.length || names.includes("body");
}

/**
 * Type and property names per tag. Tags that differ only in punctuation or case
 * (`invoices` and `invoices/`) would share them, so each of those takes an
 * escaped spelling of its own name instead.
 */
function resourceBaseNames(tags: string[]): Map<string, { typeBase: string; property: string }> {
  const candidates = new Map(tags.map((tag) => [tag, typeIdentifier(tag) || "Default"]));
  const counts = new Map<string, number>();
  for (const candidate of candidates.values()) counts.set(candidate, (counts.get(candidate) ?? 0) + 1);
  return new Map(
    tags.map((tag) => {
      const candidate = candidates.get(tag)!;
      if (counts.get(candidate) === 1) return [tag, { typeBase: candidate, property: camelCase(tag) || letterIdentifier(tag) || "default" }];
      const escaped = escapeIdentifier(tag);
      return [tag, { typeBase: escaped, property: escaped }];
    }),
  );
}

/** Members every resource inherits from the runtime's `ApiResource`, which method names must not take. */
export const RESOURCE_MEMBERS: readonly string[] = ["call", "client", "inputOf", "paginate", "pathParams", "scope"];

/** Query parameters that page through a collection. */
const PAGING_PARAMETERS = new Set(["cursor", "limit", "offset", "page", "page_size", "per_page"]);

/**
 * Whether a `get` reads a collection, judged by its paging parameters: unlike
 * the response's shape, they rarely change, so the method's name does not either.
 */
function takesPaging(operation: Operation): boolean {
  return operation.parameters.some((parameter) => parameter.location === "query" && PAGING_PARAMETERS.has(parameter.name));
}

/** The methods' names, through the door into the class's scope, which the task helpers then join. */
function resourceMembers(operations: Operation[], tag: string): { methods: { operation: Operation; name: string }[]; scope: NameScope } {
  const scope = new NameScope("member", RESOURCE_MEMBERS);
  const proposed = uniqueMethodNames(operations, tag, scope);
  const names = scope.claim(
    proposed.map(({ operation, name }) => ({ key: operation.operationId, candidate: name, original: operation.operationId })),
    "_",
  );
  return { methods: proposed.map(({ operation }) => ({ operation, name: names.get(operation.operationId)! })), scope };
}

function uniqueMethodNames(operations: Operation[], tag: string, scope: NameScope): { operation: Operation; name: string }[] {
  const proposed = operations.map((operation) => ({
    operation,
    name: methodName(operation.operationId, tag, operation.method === "get" && takesPaging(operation)) || operationIdentifier(operation),
  }));
  const counts = new Map<string, number>();
  for (const { name } of proposed) counts.set(name, (counts.get(name) ?? 0) + 1);
  const fallbacks = proposed.map(({ operation, name }) => (counts.get(name) === 1 && !scope.has(name) ? name : operationIdentifier(operation)));
  const fallbackCounts = new Map<string, number>();
  for (const name of fallbacks) fallbackCounts.set(name, (fallbackCounts.get(name) ?? 0) + 1);
  return proposed.map(({ operation }, index) => {
    const fallback = fallbacks[index]!;
    // operationIds that differ only in case or punctuation ("Create a New Rule", "Create a new rule" in clicksend.com) camel-case alike: the escaped spelling is one-to-one.
    const name = fallbackCounts.get(fallback) === 1 ? fallback : escapeIdentifier(operation.operationId);
    return { operation, name };
  });
}

/** Words of an identifier: `getAISearchSummary` → get, AI, Search, Summary. */
export function words(text: string): string[] {
  return text.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? [];
}

/**
 * The operationId without the tag's words. Their first occurrence is removed,
 * with any repeats right after it (the stutter in `getArticleArticle`). A `get`
 * that returns many things becomes `list`.
 */
export function methodName(operationId: string, tag: string, returnsList: boolean): string {
  const all = words(operationId);
  const tagWords = words(tag).map((word) => word.toLowerCase());
  if (tagWords.length === 0) return camelCase(operationId);
  const singularWords = [...tagWords.slice(0, -1), singular(tagWords.at(-1)!).toLowerCase()];
  const runAt = (index: number, run: string[]) => run.every((word, offset) => all[index + offset]?.toLowerCase() === word);
  let kept = all;
  const start = all.findIndex((_, index) => runAt(index, singularWords) || runAt(index, tagWords));
  if (start !== -1) {
    let end = start;
    for (;;) {
      if (runAt(end, singularWords)) end += singularWords.length;
      else if (runAt(end, tagWords)) end += tagWords.length;
      else break;
    }
    kept = [...all.slice(0, start), ...all.slice(end)];
  }
  if (kept.length === 0) return camelCase(operationId);
  const [verb, ...rest] = kept;
  const name = verb!.toLowerCase() === "get" && returnsList ? ["list", ...rest] : [verb!.toLowerCase(), ...rest];
  return camelCase(name.join(" "));
}

function fallbackTag(path: string): string {
  const segments = path.split("/").filter((segment) => segment && !segment.startsWith("{") && !/^v\d+$/.test(segment));
  return segments[0] ?? "default";
}

export function scopeParameterOf(operations: Operation[]): string | null {
  const counts = new Map<string, number>();
  for (const operation of operations) {
    for (const parameter of operation.parameters) {
      if (parameter.location === "path") counts.set(parameter.name, (counts.get(parameter.name) ?? 0) + 1);
    }
  }
  const [best] = [...counts].sort(([nameA, a], [nameB, b]) => b - a || compareCodePoints(nameA, nameB));
  return best && operations.length > 1 && best[1] / operations.length >= SCOPE_SHARE ? best[0] : null;
}
