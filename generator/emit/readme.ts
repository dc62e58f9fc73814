/**
 * The generated package's README: install, then a quick start whose every
 * call is a real method of this client (a test type-checks it): the base URL,
 * the scope, a list read with `for await`, error handling, a long-running task
 * with its download, and where each resource is.
 */
import { packageNameFor, type PackageSettings } from "./package-files.js";
import type { EmitContext } from "./context.js";
import { visibleText } from "../plan/identifiers.js";
import type { Operation, SchemaDecl, TypeExpr } from "../model/types.js";
import { words } from "../plan/method-names.js";
import { scopeNames } from "../plan/naming.js";
import { operationShape } from "../plan/operation-shape.js";
import type { HelperMethod, Resource, ResourceMethod, SdkPlan } from "../plan/resources.js";
import { mcpReadmeSection } from "../mcp/emit.js";
import { firstSentence } from "./api-md.js";
import { printInline, printScript, type ExpressionNode, type ScriptStatement } from "../format/typescript.js";
import { call, emptyObject, name, newCall } from "./ts.js";

interface Call {
  resource: Resource;
  method: ResourceMethod;
}

/** The README's text, and its TypeScript blocks as printed (the format stage then knows their layout is prettier's). */
export function readme(context: EmitContext, settings: PackageSettings, plan: SdkPlan): { text: string; printedCode: string[] } {
  const { model } = context;
  const packageName = settings.name ?? packageNameFor(model.title);
  const scope = scopeNames(plan.scopeParameter);
  const on = scope ? scope.method : "client";
  const calls = plan.resources.flatMap((resource) => resource.methods.map((method) => ({ resource, method })));
  const args = (call: Call, fixed = plan.scopeParameter) => sampleArguments(call.method.operation, context.schemasByKey, fixed);
  const argsText = (call: Call, fixed = plan.scopeParameter) => args(call, fixed).map(printInline).join(", ");
  const list = listExample(plan, calls, argsText, plan.scopeParameter);
  const read = calls.find((call) => call.method.name === "get" && !call.method.grouped) ?? calls.find((call) => call.method.operation.method === "get" && !call.method.grouped);
  const task = plan.resources.flatMap((resource) => resource.helpers.filter((helper) => helper.kind === "download").map((helper) => ({ resource, helper })))[0];
  const [server] = model.servers;
  const errorImports = read ? ["NotFoundError", "RateLimitError", "ApiResponseError"] : [];
  const taskImports = task ? ["taskIdOf"] : [];
  const inlineCall = (call: Call, fixed: string | null) => `${call.resource.property}.${call.method.name}(${argsText(call, fixed)})`;
  const methodCall = (call: Call, receiver: string, fixed = plan.scopeParameter): ExpressionNode => ({
    kind: "call",
    callee: `${receiver}.${call.resource.property}.${call.method.name}`,
    args: args(call, fixed),
  });
  const quickStart: ScriptStatement[] = [
    { kind: "import", from: packageName, names: ["createClient", ...errorImports, ...taskImports].map((name) => ({ name })) },
    { kind: "blank" },
    {
      kind: "const",
      name: "client",
      value: call("createClient", [objectOf([["token", name("process.env.API_TOKEN")], ...(server ? [] : [["baseUrl", { kind: "string", value: "https://your-api-host.example" }] as const])])]),
    },
    ...(scope
      ? [
          { kind: "comment", text: `The same resources with \`${plan.scopeParameter}\` fixed: calls on \`${scope.method}\` leave it out.` } as const,
          { kind: "const", name: scope.method, value: call(`client.${scope.method}`, [{ kind: "string", value: `your-${words(scope.method).join("-").toLowerCase()}-id` }]) } as const,
        ]
      : []),
    ...(list
      ? [
          { kind: "blank" } as const,
          { kind: "comment", text: "A list: await it for the first page, or iterate it with `for await` for every item of every page." } as const,
          { kind: "const", name: "list", value: methodCall(list, on) } as const,
          { kind: "verbatim", text: "for await (const item of list) console.log(item);" } as const,
        ]
      : []),
    ...(read
      ? [
          { kind: "blank" } as const,
          { kind: "comment", text: "Errors: every non-2xx answer is thrown as a subclass of ApiResponseError, after the retries it allows." } as const,
          {
            kind: "try",
            body: [
              { kind: "const", name: "{ data }", value: { kind: "await", argument: methodCall(read, on) } },
              { kind: "expression", expression: call("console.log", [name("data")]) },
            ],
            catchParameter: "error",
            handler: [{ kind: "verbatim", text: ERROR_HANDLING }],
          } as const,
        ]
      : []),
    ...(task ? taskExample(task, on, context.schemasByKey, plan.scopeParameter) : []),
  ];
  const baseUrlExample: ScriptStatement[] = [
    { kind: "import", from: packageName, names: [{ name: "createClient" }] },
    { kind: "blank" },
    {
      kind: "expression",
      expression: call("createClient", [
        objectOf([
          ["baseUrl", { kind: "string", value: "https://your-api-host.example" }],
          ["token", name("process.env.API_TOKEN")],
        ]),
      ]),
    },
  ];
  const printedCode = [printScript(quickStart), printScript(baseUrlExample)];
  const lines = [
    `# ${packageName}`,
    "",
    `A typed client for the ${visibleText(model.title)} (version ${visibleText(model.version)}), generated from its OpenAPI description. Do not edit it by hand: it is regenerated with \`npm run generate\`.`,
    "",
    "Every method, written as it is called, with its route and result type, is in [`api.md`](./api.md).",
    "",
    "## Install",
    "",
    "```sh",
    `npm install ${packageName}`,
    "```",
    "",
    `It runs on Node 20 or newer and in browsers (it only needs \`fetch\`), and depends on ${listed(Object.keys(settings.dependencies).sort().map((name) => `\`${name}\``))}.`,
    "",
    "## Quick start",
    "",
    "```ts",
    printedCode[0]!,
    "```",
    "",
    "## Base URL",
    "",
    ...(server
      ? [
          `Calls go to \`${visibleText(server)}\`, the server the API description names. When your account is served from another host (another region, or a test environment), pass that host as \`baseUrl\`: the token is only ever sent to the \`baseUrl\` origin.`,
          ...(model.servers.length > 1 ? ["", "The API description names these servers:", "", ...model.servers.map((url) => `- \`${visibleText(url)}\``)] : []),
        ]
      : ["The API description names no server: pass `baseUrl`. The token is only ever sent to the `baseUrl` origin."]),
    "",
    "```ts",
    printedCode[1]!,
    "```",
    "",
    ...(scope
      ? [
          "## The scope",
          "",
          `Nearly every operation takes \`${plan.scopeParameter}\`. \`client.${scope.method}(id)\` returns the same resources with it fixed, so \`${on}.${read ? inlineCall(read, plan.scopeParameter) : "..."}\` is \`client.${read ? inlineCall(read, null) : "..."}\`.`,
          "",
        ]
      : []),
    "## Where to find each resource",
    "",
    ...plan.resources.map((resource) => {
      const tag = model.tags.find((candidate) => candidate.name === resource.tag);
      return `- \`client.${resource.property}\`: ${tag?.description ? firstSentence(tag.description) : `operations tagged \`${visibleText(resource.tag)}\`.`}`;
    }),
    "",
    `\`api.md\` lists every method of each resource, and points from a resource's items to the other resources that list them${
      list && ownerOf(list, plan) !== undefined && ownerOf(list, plan) !== list.resource.property
        ? ` (${(list.method.operation.docs.summary ?? "the list").replace(/\.$/, "")}: \`${list.resource.property}.${list.method.name}\`)`
        : ""
    }.`,
    "",
    "## Building the package",
    "",
    "The package ships compiled JavaScript and declarations in `dist/`, which the generator builds with `npm run generate`, so `npm pack` in this folder needs nothing installed. After editing `src/` by hand (don't: regenerate), rebuild with `npm install && npm run build`.",
    "",
    ...mcpReadmeSection(model, packageName),
  ];
  return { text: lines.join("\n"), printedCode };
}

/** The catch block of the quick start, as prettier lays it out. */
const ERROR_HANDLING = [
  "if (error instanceof NotFoundError)",
  "  console.log(error.status, error.problem?.detail, error.requestId);",
  "else if (error instanceof RateLimitError) console.log(`come back in ${error.retryAfterMs} ms`);",
  "else if (error instanceof ApiResponseError) console.log(error.status, error.errors);",
  "else throw error;",
].join("\n");

const objectOf = (entries: readonly (readonly [string, ExpressionNode])[]): ExpressionNode => ({
  kind: "object",
  properties: entries.map(([key, value]) => ({ kind: "property", key, value })),
  broken: false,
});

/** The resource whose items a list returns, when another resource holds the list (`workspaces.listArticles` → `articles`). */
function ownerOf(call: Call, plan: SdkPlan): string | undefined {
  const object = words(call.method.name).slice(1).join("").toLowerCase();
  return plan.resources.find((resource) => resource.property.toLowerCase() === object)?.property;
}

/**
 * A paged list, preferably of another resource's items under one parent (the
 * categories of a workspace: what people look for and do not find on the
 * resource itself), else the one taking the fewest parameters.
 */
function listExample(plan: SdkPlan, calls: Call[], args: (call: Call) => string, scopeParameter: string | null): Call | undefined {
  const paged = calls.filter((call) => call.method.pagination && !call.method.grouped);
  const underParent = paged.filter((call) => {
    const owner = ownerOf(call, plan);
    const parent = call.method.operation.parameters.some((parameter) => parameter.location === "path" && parameter.name !== scopeParameter);
    return owner !== undefined && owner !== call.resource.property && parent;
  });
  const methodsOf = (call: Call) => plan.resources.find((resource) => resource.property === ownerOf(call, plan))?.methods.length ?? 0;
  const best = (candidates: Call[]) => [...candidates].sort((a, b) => args(a).length - args(b).length || methodsOf(b) - methodsOf(a))[0];
  return best(underParent) ?? best(paged);
}

function taskExample(
  { resource, helper }: { resource: Resource; helper: HelperMethod },
  on: string,
  schemas: ReadonlyMap<string, SchemaDecl>,
  scopeParameter: string | null,
): ScriptStatement[] {
  const startAndWait = resource.helpers.find((candidate) => candidate.task === helper.task && candidate.kind === "start-and-wait");
  if (!startAndWait) return [];
  const noun = helper.task.noun.toLowerCase();
  const statusPath = helper.task.status.parameters.filter((parameter) => parameter.location === "path" && parameter.name !== scopeParameter);
  const statusArgs = objectOf(statusPath.map((parameter) => [parameter.name, parameter.name === helper.task.idParameter ? call("taskIdOf", [name("done")]) : { kind: "string", value: "..." }]));
  const onProgress = objectOf([["onProgress", { kind: "arrow", parameters: ["status"], body: call("console.log", [name("status.data?.status")]) }]]);
  return [
    { kind: "blank" },
    { kind: "comment", text: `A long-running ${noun}: start it and wait (the pause between polls grows), then save its output; the token never goes to the storage host.` },
    {
      kind: "const",
      name: "done",
      value: { kind: "await", argument: call(`${on}.${resource.property}.${startAndWait.name}`, [...sampleArguments(helper.task.start, schemas, scopeParameter), onProgress]) },
    },
    { kind: "expression", expression: { kind: "await", argument: call(`${on}.${resource.property}.${helper.name}`, [statusArgs, { kind: "string", value: `${noun}.zip` }]) } },
  ];
}

/** The call's required arguments with placeholder values (`{ workspace_id: "..." }`), leaving out the scope parameter; none when none is required. */
function sampleArguments(operation: Operation, schemas: ReadonlyMap<string, SchemaDecl>, scopeParameter: string | null): ExpressionNode[] {
  const shape = operationShape(operation, schemas);
  const members: [string, ExpressionNode][] = shape.groups.flatMap((group) =>
    group.parameters.filter((parameter) => parameter.required && parameter.name !== scopeParameter).map((parameter): [string, ExpressionNode] => [parameter.name, sample(parameter.type, schemas, 0)]),
  );
  if (shape.body?.required) members.push(["body", sample(shape.body.content.type, schemas, 0)]);
  return members.length > 0 ? [objectOf(members)] : [];
}

const PLACEHOLDER_LITERALS: Record<string, string> = { number: "1", boolean: "true", null: "null" };

/** A placeholder value of a type: its required members only, strings as `"..."`, the first of an enum. */
function sample(type: TypeExpr, schemas: ReadonlyMap<string, SchemaDecl>, depth: number): ExpressionNode {
  switch (type.kind) {
    case "ref": {
      const schema = schemas.get(type.schema);
      return schema && depth < 4 ? sample(schema.type, schemas, depth + 1) : emptyObject;
    }
    case "keyword":
      if (type.name === "string") return { kind: "string", value: "..." };
      return type.name in PLACEHOLDER_LITERALS ? { kind: "literal", text: PLACEHOLDER_LITERALS[type.name]! } : emptyObject;
    case "binary":
      return newCall("Blob", [{ kind: "array", items: [{ kind: "string", value: "..." }] }]);
    case "literal":
      return typeof type.value === "string" ? { kind: "string", value: type.value } : { kind: "literal", text: JSON.stringify(type.value) };
    case "array":
    case "tuple":
      return { kind: "array", items: [] };
    case "object":
      return objectOf(type.properties.filter((property) => property.required).map((property) => [property.name, sample(property.type, schemas, depth + 1)]));
    case "union": {
      const member = type.members.find((candidate) => !(candidate.kind === "keyword" && candidate.name === "null")) ?? type.members[0]!;
      return sample(member, schemas, depth);
    }
    case "intersection":
      return sample(type.members[0]!, schemas, depth);
  }
}

/** `a`, `a and b`, `a, b and c`. */
function listed(items: string[]): string {
  return items.length < 2 ? (items[0] ?? "nothing") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
