/**
 * `src/resources.ts`: one class per resource, one short method per operation,
 * and the helpers the SDK layer recognised (pagination, task waiters, file
 * download and upload). Methods only describe the call; the runtime does it.
 */
import type { Operation, Parameter } from "../model/types.js";
import { propertyKey } from "../naming.js";
import type { Resource, ResourceMethod, SdkPlan } from "../sdk/resources.js";
import type { TaskPair } from "../sdk/patterns.js";
import { typeContext, type EmitContext } from "./context.js";
import { docText } from "./docs.js";
import { operationShape, type OperationShape } from "./operation-shape.js";
import { parametersText } from "./paths.js";
import {
  classStructure,
  importNamespace,
  importTypes,
  importValues,
  interfaceStructure,
  propertyStructure,
  type MethodFields,
  type Statement,
} from "./ts.js";
import { typeText, type TypeTextContext } from "./type-text.js";

/** A method's parameters are flat (`{ project_id, lang_code, body }`) unless two locations share a name. */
interface MethodLayout {
  method: ResourceMethod;
  shape: OperationShape;
  flat: boolean;
  upload: boolean;
}

export function emitResources(context: EmitContext, plan: SdkPlan): Statement[] {
  const types = typeContext(context, "Models.");
  const declarations: Statement[] = [];
  const layouts = plan.resources.map((resource) => resource.methods.map((method) => layoutOf(method, context)));
  plan.resources.forEach((resource, index) => {
    for (const layout of layouts[index]!) declarations.push(paramsInterface(layout, resource, types));
    declarations.push(resourceClass(resource, layouts[index]!, context, types));
  });
  const all = layouts.flat();
  const runtimeImports = [
    { name: "ApiResource" },
    { name: "ApiPromise", typeOnly: true },
    ...(all.some((layout) => layout.method.pagination) ? [{ name: "PagePromise" }] : []),
    ...(all.some((layout) => layout.upload) ? [{ name: "multipartFile" }, { name: "Uploadable", typeOnly: true }] : []),
    ...(plan.resources.some((resource) => resource.tasks.length > 0)
      ? [
          { name: "downloadTo" },
          { name: "downloadUrlOf" },
          { name: "taskIdOf" },
          { name: "waitForTask" },
          { name: "DownloadDestination", typeOnly: true },
          { name: "WaitOptions", typeOnly: true },
        ]
      : []),
    { name: "RequestOptions", typeOnly: true },
  ];
  return [
    importValues("./runtime/index.js", runtimeImports),
    importNamespace("./models.js", "Models"),
    importTypes("./paths.js", ["paths"]),
    ...declarations,
  ];
}

function layoutOf(method: ResourceMethod, context: EmitContext): MethodLayout {
  const shape = operationShape(method.operation, context.schemasByKey);
  const names = method.operation.parameters.map((parameter) => parameter.name);
  const flat = new Set(names).size === names.length && !names.includes("body");
  return { method, shape, flat, upload: shape.upload };
}

function route(operation: Operation): string {
  return `\`${operation.method.toUpperCase()} ${operation.path}\``;
}

function parameterProperty(parameter: Parameter, types: TypeTextContext) {
  return propertyStructure(propertyKey(parameter.name), typeText(parameter.type, types), !parameter.required, docText(parameter.docs));
}

function paramsInterface(layout: MethodLayout, resource: Resource, types: TypeTextContext): Statement {
  const { method, shape } = layout;
  const properties = layout.flat
    ? shape.groups.flatMap((group) => group.parameters.map((parameter) => parameterProperty(parameter, types)))
    : shape.groups.map((group) => propertyStructure(group.location, parametersText(group.parameters, types), !group.required, undefined));
  if (shape.body && !layout.upload) {
    properties.push(propertyStructure("body", typeText(shape.body.content.type, types), !shape.body.required, docText(method.operation.requestBody!.docs)));
  }
  if (layout.upload) {
    properties.push(
      propertyStructure("file", "Uploadable", false, "The file's bytes: a `Blob` or `File`, an `ArrayBuffer` or typed array (a Node `Buffer`), or a `ReadableStream`."),
      propertyStructure("file_name", "string", false, "The file name the server stores."),
      propertyStructure("content_type", "string", true, "Media type of the file, when `file` does not carry one."),
    );
  }
  return interfaceStructure(method.paramsType, `Parameters of \`${resource.property}.${method.name}\` (${route(method.operation)}).`, properties);
}

/** The expression passed to `client.request` as input, reading parameters from `source`. */
function inputExpression(layout: MethodLayout, source: string, scopeAware: boolean): string {
  const { shape } = layout;
  const read = (name: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${source}.${name}` : `${source}[${JSON.stringify(name)}]`);
  const parts: string[] = [];
  for (const group of shape.groups) {
    const value = layout.flat
      ? `{ ${group.parameters.map((parameter) => `${propertyKey(parameter.name)}: ${read(parameter.name)}`).join(", ")} }`
      : `${source}.${group.location}${group.required ? "" : " ?? {}"}`;
    parts.push(`${group.location}: ${group.location === "path" && scopeAware ? `this.pathParams(${value})` : value}`);
  }
  if (layout.upload) parts.push(`body: multipartFile("file", ${source}.file, ${source}.file_name, ${source}.content_type)`);
  else if (shape.body) parts.push(`body: ${source}.body`);
  return `{ ${parts.join(", ")} }`;
}

function operationSpec(layout: MethodLayout): string {
  const { method, shape } = layout;
  const fields = [
    `method: ${JSON.stringify(method.operation.method)}`,
    `path: ${JSON.stringify(method.operation.path)}`,
    ...(layout.upload ? ['requestMediaType: "multipart/form-data"'] : shape.body ? [`requestMediaType: ${JSON.stringify(shape.body.content.mediaType)}`] : []),
    `response: ${JSON.stringify(shape.success.kind)}`,
    ...(shape.envelope ? ["envelope: true"] : []),
  ];
  return `{ ${fields.join(", ")} }`;
}

function resultType(shape: OperationShape, types: TypeTextContext): string {
  return shape.success.type === null ? "void" : typeText(shape.success.type, types);
}

function methodDoc(operation: Operation, extra: string[] = []): string | undefined {
  return docText(operation.docs, [route(operation), ...extra]);
}

function operationMethod(layout: MethodLayout, types: TypeTextContext): MethodFields {
  const { method, shape } = layout;
  const paramsRequired = shape.inputRequired || layout.upload;
  const params = { name: "params", type: method.paramsType, ...(paramsRequired ? {} : { initializer: "{}" }) };
  const options = { name: "options", type: "RequestOptions", optional: true };
  const result = resultType(shape, types);
  if (method.pagination) {
    const item = typeText(method.pagination.item, types);
    return {
      name: method.name,
      doc: methodDoc(method.operation, ["Await it for the first page, or iterate it with `for await` for every item of every page."]),
      parameters: [params, options],
      returnType: `PagePromise<${result}, ${item}, ${method.paramsType}>`,
      body: [
        `return this.client.paginate(params, ${JSON.stringify(method.pagination.strategy)}, (page) =>`,
        `  this.client.request<${result}>(${operationSpec(layout)}, ${inputExpression(layout, "page", true)}, options),`,
        "options);",
      ],
    };
  }
  return {
    name: method.name,
    doc: methodDoc(method.operation),
    parameters: [params, options],
    returnType: `ApiPromise<${result}>`,
    // The return type gives `request` its type argument.
    body: [`return this.client.request(${operationSpec(layout)}, ${inputExpression(layout, "params", true)}, options);`],
  };
}

function taskMethods(task: TaskPair, resource: Resource, layouts: MethodLayout[], types: TypeTextContext): MethodFields[] {
  const status = layouts.find((layout) => layout.method.operation === task.status);
  const start = layouts.find((layout) => layout.method.operation === task.start);
  if (!status || !start || !status.flat || !start.flat) return [];
  const statusType = resultType(status.shape, types);
  const statusPath = task.status.parameters.filter((parameter) => parameter.location === "path");
  const statusParams = `{ ${statusPath
    .map((parameter) => `${propertyKey(parameter.name)}: ${parameter.name === task.idParameter ? "taskIdOf(started)" : `params.${parameter.name}`}`)
    .join(", ")} }`;
  const methods: MethodFields[] = [
    {
      name: `waitFor${task.noun}`,
      doc: `Polls \`${resource.property}.${status.method.name}\` until the ${task.noun.toLowerCase()} is \`Completed\` (resolves) or \`Failed\` (throws \`TaskFailedError\`). Other statuses count as still running; the pause between polls grows, and \`waitTimeoutMs\` (the whole wait), \`timeoutMs\` (each poll), \`signal\` and \`onProgress\` apply.`,
      parameters: [
        { name: "params", type: status.method.paramsType },
        { name: "options", type: `WaitOptions<${statusType}> & RequestOptions`, initializer: "{}" },
      ],
      returnType: `Promise<${statusType}>`,
      body: [`return waitForTask((signal) => this.${status.method.name}(params, { ...options, signal }), options);`],
    },
    {
      name: `${start.method.name}AndWait`,
      isAsync: true,
      doc: `Starts ${article(task.noun)} ${task.noun.toLowerCase()} with \`${resource.property}.${start.method.name}\`, then waits for it like \`waitFor${task.noun}\`.`,
      parameters: [
        { name: "params", type: start.method.paramsType, ...(start.shape.inputRequired ? {} : { initializer: "{}" }) },
        { name: "options", type: `WaitOptions<${statusType}> & RequestOptions`, initializer: "{}" },
      ],
      returnType: `Promise<${statusType}>`,
      body: [`const started = await this.${start.method.name}(params, options);`, `return this.waitFor${task.noun}(${statusParams}, options);`],
    },
  ];
  if (task.downloadable) {
    methods.push({
      name: `download${task.noun}`,
      doc: `Waits for the ${task.noun.toLowerCase()} to complete, then streams its \`download_url\` to a file path (Node) or a \`WritableStream\`. The API token is never sent to the storage host; an expired or refused signed URL is replaced by a fresh status read.`,
      parameters: [
        { name: "params", type: status.method.paramsType },
        { name: "destination", type: "DownloadDestination" },
        { name: "options", type: `WaitOptions<${statusType}> & RequestOptions`, initializer: "{}" },
      ],
      returnType: "Promise<void>",
      body: [`return downloadTo(this.client, async () => downloadUrlOf(await this.waitFor${task.noun}(params, options)), destination, options);`],
    });
  }
  return methods;
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? "an" : "a";
}

function resourceClass(resource: Resource, layouts: MethodLayout[], context: EmitContext, types: TypeTextContext): Statement {
  const tag = context.model.tags.find((candidate) => candidate.name === resource.tag);
  return classStructure({
    name: resource.className,
    doc: tag?.description ? `${resource.tag}: ${tag.description}` : `Operations tagged \`${resource.tag}\`.`,
    extends: "ApiResource<paths>",
    methods: [
      ...layouts.map((layout) => operationMethod(layout, types)),
      ...resource.tasks.flatMap((task) => taskMethods(task, resource, layouts, types)),
    ],
  });
}
