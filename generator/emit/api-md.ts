/**
 * `api.md`: every method of the client on one page, written as it is called
 * (`client.articles.create({ project_id, body })`) with what it resolves to,
 * helpers included, and an index that points from what people look for to the
 * resource that has it. A change to the API is a short, readable diff here.
 */
import { compareCodePoints } from "../model/order.js";
import type { Operation } from "../model/types.js";
import { words } from "../plan/method-names.js";
import { scopeNames } from "../plan/naming.js";
import { visibleText } from "../plan/identifiers.js";
import { operationShape, type OperationShape } from "../plan/operation-shape.js";
import { resultKind } from "../plan/patterns.js";
import type { HelperMethod, Resource, ResourceMethod, SdkPlan } from "../plan/resources.js";
import type { EmitContext } from "./context.js";
import { typeText, type TypeTextContext } from "./type-text.js";

/** The client variable api.md's calls are written on. */
const CLIENT = "client";

export function apiMarkdown(context: EmitContext, plan: SdkPlan): string {
  const types: TypeTextContext = { schemaName: (key: string) => context.names.schemas.get(key)!, schemaPrefix: "" };
  const scope = scopeNames(plan.scopeParameter);
  const listedElsewhere = listsElsewhere(plan);
  const shapes = new Map(plan.resources.flatMap((resource) => resource.methods.map((method) => [method, operationShape(method.operation, context.schemasByKey)] as const)));
  const lines = [
    `# ${visibleText(context.model.title)} ${visibleText(context.model.version)}: API surface`,
    "",
    `Generated from ${codeSpan(context.specLabel)}. Every method of the client, written as it is called, with its route and what it resolves to.`,
    "",
    `\`${CLIENT}\` is \`createClient({ token })\`. A method takes one object of named parameters (\`?\` marks an optional one; a required body is \`body\`) and, last, optional \`RequestOptions\` (\`signal\`, \`timeoutMs\`, \`maxRetries\`, \`headers\`, \`idempotencyKey\`). It resolves to the response body; errors are thrown as typed classes (\`NotFoundError\`, \`RateLimitError\`, ...).`,
    ...(scope
      ? [
          "",
          `With \`const ${scope.method} = ${CLIENT}.${scope.method}(id)\`, every resource is reachable with \`${plan.scopeParameter}\` fixed, and calls leave it out: \`${CLIENT}.${exampleCall(plan, shapes)}\` becomes \`${scope.method}.${exampleCall(plan, shapes, plan.scopeParameter!)}\`.`,
        ]
      : []),
    "",
    "A list (`pages of T`) is awaited for its first page or iterated with `for await` for every item of every page; a result that is a plain array comes in one response.",
    "",
    "## Where to find it",
    "",
    ...whereToFind(context, plan, listedElsewhere),
    "",
  ];
  for (const resource of plan.resources) {
    lines.push(`## ${resource.property}`, "");
    const tag = context.model.tags.find((candidate) => candidate.name === resource.tag);
    if (tag?.description) lines.push(firstSentence(tag.description), "");
    for (const method of resource.methods) lines.push(...methodEntry(resource, method, shapes.get(method)!, types, context.schemasByKey));
    for (const helper of resource.helpers) lines.push(...helperEntry(resource, helper, shapes, types));
    const elsewhere = listedElsewhere(resource);
    if (elsewhere.length > 0) {
      lines.push("", `${capitalized(words(resource.property).join(" ").toLowerCase())} listed by other resources: ${elsewhere.map(({ resource: other, method }) => codeSpan(`${other.property}.${method.name}`)).join(", ")}.`);
    }
    lines.push("");
  }
  const modelNames = [...context.names.schemas.values()].sort(compareCodePoints);
  lines.push("## Models", "", "Exported by name and under `Models`:", "", ...modelNames.map((name) => `- \`${name}\``), "");
  return lines.join("\n");
}

/** `articles.create({ project_id, body })`, with `fixed` left out: the first `create` that takes a body, else the first method that does, else the first method. */
function exampleCall(plan: SdkPlan, shapes: ReadonlyMap<ResourceMethod, OperationShape>, fixed?: string): string {
  const candidates = plan.resources.flatMap((resource) => resource.methods.map((method) => ({ resource, method })));
  const takesBody = ({ method }: { method: ResourceMethod }) => shapes.get(method)!.body?.required === true;
  const { resource, method } =
    candidates.find((candidate) => candidate.method.name === "create" && takesBody(candidate)) ?? candidates.find(takesBody) ?? candidates[0]!;
  return `${resource.property}.${method.name}(${argumentsOf(method, shapes.get(method)!, fixed, false)})`;
}

/** The call's argument as written: `{ project_id, lang_code?, body }`, or `{ path: { ... }, body }` when grouped; nothing when it takes none. */
function argumentsOf(method: ResourceMethod, shape: OperationShape, fixed: string | undefined, withOptional = true): string {
  const groups = shape.groups.map((group) => ({
    location: group.location,
    names: group.parameters
      .filter((parameter) => parameter.name !== fixed && (withOptional || parameter.required))
      .map((parameter) => `${parameter.name}${parameter.required ? "" : "?"}`),
  }));
  const body = shape.body && (withOptional || shape.body.required) ? [`body${shape.body.required ? "" : "?"}`] : [];
  const upload = shape.upload ? ["file", "file_name", ...(withOptional ? ["content_type?"] : [])] : [];
  const members = method.grouped
    ? [...groups.filter((group) => group.names.length > 0).map((group) => `${group.location}: { ${group.names.join(", ")} }`), ...body, ...upload]
    : [...groups.flatMap((group) => group.names), ...body, ...upload];
  return members.length > 0 ? `{ ${members.join(", ")} }` : "";
}

function resultOf(method: ResourceMethod, shape: OperationShape, types: TypeTextContext, schemas: EmitContext["schemasByKey"]): string {
  const result = shape.success.type === null ? "void" : typeText(shape.success.type, types);
  if (method.pagination) return `pages of ${codeSpan(typeText(method.pagination.item, types))} (each page ${codeSpan(result)})`;
  const unpagedList = method.operation.method === "get" && resultKind(method.operation, schemas) === "many";
  return unpagedList ? `${codeSpan(result)} (every item in one response, not paged)` : codeSpan(result);
}

function methodEntry(resource: Resource, method: ResourceMethod, shape: OperationShape, types: TypeTextContext, schemas: EmitContext["schemasByKey"]): string[] {
  const { operation } = method;
  const body = shape.body ? `; \`body\`: ${codeSpan(typeText(shape.body.content.type, types))}` : "";
  const deprecated = operation.docs.deprecated ? " **Deprecated.**" : "";
  return [
    `- ${codeSpan(`${CLIENT}.${resource.property}.${method.name}(${argumentsOf(method, shape, undefined)})`)} → ${resultOf(method, shape, types, schemas)}`,
    `  ${routeOf(operation)}${summaryOf(operation)}${body}${deprecated}`,
  ];
}

function helperEntry(resource: Resource, helper: HelperMethod, shapes: ReadonlyMap<ResourceMethod, OperationShape>, types: TypeTextContext): string[] {
  const callsShape = shapes.get(helper.calls)!;
  const statusShape = shapes.get(resource.methods.find((method) => method.operation === helper.task.status)!)!;
  const status = statusShape.success.type === null ? "void" : typeText(statusShape.success.type, types);
  const noun = helper.task.noun.toLowerCase();
  const params = argumentsOf(helper.calls, callsShape, undefined);
  const call = (args: string) => codeSpan(`${CLIENT}.${resource.property}.${helper.name}(${args})`);
  switch (helper.kind) {
    case "wait":
      return [`- ${call(`${params}, { onProgress?, waitTimeoutMs? }`)} → ${codeSpan(status)}`, `  Polls \`${resource.property}.${helper.calls.name}\` until the ${noun} is \`Completed\` (or throws \`TaskFailedError\` when it is \`Failed\`).`];
    case "start-and-wait":
      return [`- ${call(`${params}, { onProgress?, waitTimeoutMs? }`)} → ${codeSpan(status)}`, `  Starts ${article(noun)} ${noun} with \`${resource.property}.${helper.calls.name}\`, then waits for it to complete.`];
    case "download":
      return [`- ${call(`${params}, destination`)} → \`void\``, `  Waits for the ${noun}, then saves its \`download_url\` to \`destination\` (a file path, or a \`WritableStream\`) without sending the API token to the storage host.`];
  }
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? "an" : "a";
}

function routeOf(operation: Operation): string {
  return codeSpan(`${operation.method.toUpperCase()} ${operation.path}`);
}

function summaryOf(operation: Operation): string {
  const summary = operation.docs.summary?.trim().replace(/\s+/g, " ").replace(/\.$/, "");
  return summary ? `: ${summary}` : "";
}

/** A description's first sentence, on one line, with nothing hidden in it (see `visibleText`). */
export function firstSentence(text: string): string {
  const flat = visibleText(text).trim().replace(/\s+/g, " ");
  const end = flat.search(/\.(\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type ListedElsewhere = (target: Resource) => { resource: Resource; method: ResourceMethod }[];

/**
 * Lists of a resource's items that another resource holds (`workspaces.listArticles`
 * for `articles`): a `list…` method whose object is the resource's own words.
 * Every method's words are split once, however many resources ask.
 */
function listsElsewhere(plan: SdkPlan): ListedElsewhere {
  const lowerWords = (name: string) => words(name).map((word) => word.toLowerCase());
  const listsByObject = new Map<string, { resource: Resource; method: ResourceMethod }[]>();
  for (const resource of plan.resources) {
    for (const method of resource.methods) {
      const [verb, ...object] = lowerWords(method.name);
      if (verb !== "list") continue;
      const key = object.join(" ");
      listsByObject.set(key, [...(listsByObject.get(key) ?? []), { resource, method }]);
    }
  }
  return (target) => (listsByObject.get(lowerWords(target.property).join(" ")) ?? []).filter(({ resource }) => resource !== target);
}

/** One line per resource (what it covers, from its tag) and, under it, where else its items are listed. */
function whereToFind(context: EmitContext, plan: SdkPlan, listedElsewhere: ListedElsewhere): string[] {
  const lines: string[] = [];
  for (const resource of plan.resources) {
    const tag = context.model.tags.find((candidate) => candidate.name === resource.tag);
    const about = tag?.description ? `: ${firstSentence(tag.description)}` : "";
    lines.push(`- ${codeSpan(`${CLIENT}.${resource.property}`)}${about}`);
    for (const { resource: other, method } of listedElsewhere(resource)) {
      lines.push(`  - ${summaryOf(method.operation).slice(2) || `${resource.property} of ${other.property}`} → ${codeSpan(`${other.property}.${method.name}`)}`);
    }
  }
  return lines;
}

/** Inline code that holds any text: fenced with more backticks than any run inside, padded where it starts or ends with one. */
function codeSpan(code: string): string {
  const text = visibleText(code);
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longestRun + 1);
  const padding = longestRun > 0 && (text.startsWith("`") || text.endsWith("`")) ? " " : "";
  return `${fence}${padding}${text}${padding}${fence}`;
}
