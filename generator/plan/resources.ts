/**
 * The SDK layer's plan: operations grouped by tag into resources, each method
 * named by the rules in `method-names.ts` (or the override file), plus the
 * patterns each method supports and the helper methods they bring. Names
 * depend only on the operation and its tag, so an unrelated change to the
 * spec never renames a method.
 */
import { compareCodePoints } from "../model/order.js";
import type { ApiModel, Operation, SchemaDecl } from "../model/types.js";
import { escapeIdentifier, letterIdentifier, NameScope } from "./identifiers.js";
import { operationNames, type OperationNames } from "./method-names.js";
import { camelCase, operationIdentifier, pascalCase, typeIdentifier } from "./naming.js";
import { paginationOf, taskPairs, type Pagination, type TaskPair } from "./patterns.js";

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

/**
 * A method the SDK adds around a task pair: `waitForExport` polls the status,
 * `createExportAndWait` starts and polls, `downloadExport` polls and saves
 * the finished output.
 */
export interface HelperMethod {
  name: string;
  kind: "wait" | "start-and-wait" | "download";
  task: TaskPair;
  /** The method it calls first: the status method, or the start method for `start-and-wait`. */
  calls: ResourceMethod;
}

export interface Resource {
  tag: string;
  /** Property on the client: `articles`. */
  property: string;
  className: string;
  methods: ResourceMethod[];
  tasks: TaskPair[];
  /** In the order the class declares them. */
  helpers: HelperMethod[];
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
export function planSdk(
  model: ApiModel,
  exports: NameScope = new NameScope("binding", []),
  clientMembers: readonly string[] = [],
  names: ReadonlyMap<string, OperationNames> = operationNames(model, null, tagOf),
): SdkPlan {
  const schemas = new Map<string, SchemaDecl>(model.schemas.map((schema) => [schema.key, schema]));
  const byTag = new Map<string, Operation[]>();
  for (const operation of model.operations) {
    const tag = tagOf(operation);
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
  const membersByTag = new Map(tags.map((tag) => [tag, resourceMembers(byTag.get(tag)!, names)]));
  const paramsTypes = exports.claim(
    tags.flatMap((tag) =>
      membersByTag.get(tag)!.methods.map(({ operation, name }) => {
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
    const members = membersByTag.get(tag)!;
    const methods = members.methods.map(({ operation, name }) => ({
      name,
      operation,
      paramsType: paramsTypes.get(operation.operationId)!,
      pagination: paginationOf(operation, schemas),
      grouped: takesGroupedParameters(operation),
    }));
    const resourceTasks = tasks.filter((task) => tagOf(task.start) === tag);
    return {
      tag,
      property: properties.get(tag)!,
      className: classNames.get(tag)!,
      methods: methods.sort((a, b) => compareCodePoints(a.name, b.name)),
      tasks: resourceTasks,
      helpers: helperMethods(resourceTasks, methods, members.scope),
    };
  });
  return { resources, scopeParameter: scopeParameterOf(model.operations) };
}

/** What `src/resources.ts` imports besides the runtime's exports, which its declarations must not take. */
const RESOURCE_MODULE_IMPORTS = ["Models", "Operations", "Specs", "paths"];

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

/** The methods' names, through the door into the class's scope, which the task helpers then join. */
function resourceMembers(operations: Operation[], names: ReadonlyMap<string, OperationNames>): { methods: { operation: Operation; name: string }[]; scope: NameScope } {
  const scope = new NameScope("member", RESOURCE_MEMBERS);
  const proposed = uniqueMethodNames(operations, names, scope);
  const claimed = scope.claim(
    proposed.map(({ operation, name }) => ({ key: operation.operationId, candidate: name, original: operation.operationId })),
    "_",
  );
  return { methods: proposed.map(({ operation }) => ({ operation, name: claimed.get(operation.operationId)! })), scope };
}

function uniqueMethodNames(operations: Operation[], names: ReadonlyMap<string, OperationNames>, scope: NameScope): { operation: Operation; name: string }[] {
  const proposed = operations.map((operation) => ({ operation, name: names.get(operation.operationId)!.method || operationIdentifier(operation) }));
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

/**
 * The helpers of a resource's task pairs whose start and status methods it
 * holds and that take their parameters side by side. A helper whose name a
 * method already has is left out: the method keeps its name.
 */
function helperMethods(tasks: TaskPair[], methods: ResourceMethod[], scope: NameScope): HelperMethod[] {
  const helpers: HelperMethod[] = [];
  for (const task of tasks) {
    const status = methods.find((method) => method.operation === task.status);
    const start = methods.find((method) => method.operation === task.start);
    if (!status || !start || status.grouped || start.grouped) continue;
    // Claimed after the methods: an operation named like a helper keeps its name, and the helper moves aside.
    const noun = typeIdentifier(task.noun) || escapeIdentifier(task.noun);
    helpers.push(
      { name: scope.claimOne(`waitFor${noun}`, "_"), kind: "wait", task, calls: status },
      { name: scope.claimOne(`${start.name}AndWait`, "_"), kind: "start-and-wait", task, calls: start },
      ...(task.downloadable ? [{ name: scope.claimOne(`download${noun}`, "_"), kind: "download" as const, task, calls: status }] : []),
    );
  }
  return helpers;
}

/** The tag an operation's method is grouped under: its first, or the first path segment when it has none. */
export function tagOf(operation: Operation): string {
  return operation.tags[0] ?? fallbackTag(operation.path);
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
