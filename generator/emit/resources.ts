/**
 * `src/resources.ts`: one class per resource, one short method per operation,
 * and the helpers the SDK layer recognised (pagination, task waiters, file
 * download and upload). A method hands the operation's description
 * (`src/specs.ts`) and its parameters to the runtime; its parameter type is
 * the operation function's input, side by side, so each parameter keeps the
 * documentation `paths` gives it.
 */
import type { Operation } from "../model/types.js";
import { literalKey, OBJECT_PROTOTYPE_MEMBERS, propertyAccess } from "../plan/identifiers.js";
import type { HelperMethod, Resource, ResourceMethod, SdkPlan } from "../plan/resources.js";
import { typeContext, type EmitContext } from "./context.js";
import { docText } from "./docs.js";
import { operationShape, type OperationShape } from "../plan/operation-shape.js";
import { classStructure, importNamespace, importTypes, importValues, interfaceStructure, typeAliasStructure, type MethodFields, type Statement } from "./ts.js";
import { typeText, type TypeTextContext } from "./type-text.js";

interface MethodLayout {
  method: ResourceMethod;
  shape: OperationShape;
  /** The operation function's name, which is also its description's in `src/specs.ts`. */
  operationName: string;
  upload: boolean;
}

export function emitResources(context: EmitContext, plan: SdkPlan): Statement[] {
  const types = typeContext(context, "Models.");
  const declarations: Statement[] = [];
  const layouts = plan.resources.map((resource) => resource.methods.map((method) => layoutOf(method, context)));
  plan.resources.forEach((resource, index) => {
    for (const layout of layouts[index]!) declarations.push(paramsType(layout, resource));
    declarations.push(resourceClass(resource, layouts[index]!, context, types));
  });
  const all = layouts.flat();
  const hasTasks = plan.resources.some((resource) => resource.helpers.length > 0);
  const runtimeImports = [
    { name: "ApiResource" },
    { name: "ApiPromise", typeOnly: true },
    ...(hasTasks ? [{ name: "downloadTo" }, { name: "downloadUrlOf" }, { name: "taskIdOf" }, { name: "waitForTask" }] : []),
    ...(hasTasks ? [{ name: "DownloadDestination", typeOnly: true }, { name: "WaitOptions", typeOnly: true }] : []),
    ...(all.some((layout) => !layout.method.grouped && hasInput(layout.shape)) ? [{ name: "FlatParams", typeOnly: true }] : []),
    ...(all.some((layout) => layout.method.grouped && hasInput(layout.shape)) ? [{ name: "InputOf", typeOnly: true }] : []),
    ...(all.some((layout) => layout.method.pagination) ? [{ name: "PagePromise", typeOnly: true }] : []),
    { name: "RequestOptions", typeOnly: true },
    ...(all.some((layout) => layout.upload) ? [{ name: "UploadParams", typeOnly: true }] : []),
  ];
  return [
    importValues("./runtime/index.js", runtimeImports),
    importNamespace("./models.js", "Models"),
    importNamespace("./operations.js", "Operations"),
    importTypes("./paths.js", ["paths"]),
    importNamespace("./specs.js", "Specs", false),
    ...declarations,
  ];
}

function layoutOf(method: ResourceMethod, context: EmitContext): MethodLayout {
  const shape = operationShape(method.operation, context.schemasByKey);
  return { method, shape, operationName: context.names.operations.get(method.operation.operationId)!, upload: shape.upload };
}

function hasInput(shape: OperationShape): boolean {
  return shape.groups.length > 0 || shape.body !== null;
}

function route(operation: Operation): string {
  return `\`${operation.method.toUpperCase()} ${operation.path}\``;
}

/** The parameter type, made from the operation function's input type (an operation without input has none to take). */
function paramsType(layout: MethodLayout, resource: Resource): Statement {
  const { method, shape } = layout;
  const doc = `Parameters of \`${resource.property}.${method.name}\` (${route(method.operation)}).`;
  const input = `typeof Operations.${layout.operationName}`;
  if (!hasInput(shape)) {
    return layout.upload ? typeAliasStructure(method.paramsType, "UploadParams", doc) : interfaceStructure(method.paramsType, doc, []);
  }
  const params = method.grouped ? `InputOf<${input}>` : `FlatParams<${input}>`;
  return typeAliasStructure(method.paramsType, layout.upload ? `${params} & UploadParams` : params, doc);
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
  const params = { name: "params", type: method.paramsType, ...(paramsRequired ? {} : { initializer: emptyParams(method) }) };
  const options = { name: "options", type: "RequestOptions", optional: true };
  const result = resultType(shape, types);
  if (method.pagination) {
    return {
      name: method.name,
      doc: methodDoc(method.operation, ["Await it for the first page, or iterate it with `for await` for every item of every page."]),
      parameters: [params, options],
      returnType: `PagePromise<${result}, ${typeText(method.pagination.item, types)}, ${method.paramsType}>`,
      body: [`return this.paginate(Specs.${layout.operationName}, params, options);`],
    };
  }
  return {
    name: method.name,
    doc: methodDoc(method.operation),
    parameters: [params, options],
    returnType: `ApiPromise<${result}>`,
    body: [`return this.call(Specs.${layout.operationName}, params, options);`],
  };
}

function helperMethod(helper: HelperMethod, resource: Resource, layouts: MethodLayout[], types: TypeTextContext): MethodFields {
  const { task } = helper;
  const status = layouts.find((layout) => layout.method.operation === task.status)!;
  const start = layouts.find((layout) => layout.method.operation === task.start)!;
  const waitName = resource.helpers.find((candidate) => candidate.task === task && candidate.kind === "wait")!.name;
  const statusType = resultType(status.shape, types);
  const waitOptions = { name: "options", type: `WaitOptions<${statusType}> & RequestOptions`, initializer: "{}" };
  switch (helper.kind) {
    case "wait":
      return {
        name: helper.name,
        doc: `Polls \`${resource.property}.${status.method.name}\` until the ${task.noun.toLowerCase()} is \`Completed\` (resolves) or \`Failed\` (throws \`TaskFailedError\`). Other statuses count as still running; the pause between polls grows, and \`waitTimeoutMs\` (the whole wait), \`timeoutMs\` (each poll), \`signal\` and \`onProgress\` apply.`,
        parameters: [{ name: "params", type: status.method.paramsType }, waitOptions],
        returnType: `Promise<${statusType}>`,
        body: [`return waitForTask((signal) => this.${status.method.name}(params, { ...options, signal }), options);`],
      };
    case "start-and-wait": {
      const statusPath = task.status.parameters.filter((parameter) => parameter.location === "path");
      const statusParams = `{ ${statusPath
        .map((parameter) => `${literalKey(parameter.name)}: ${parameter.name === task.idParameter ? "taskIdOf(started)" : propertyAccess("params", parameter.name)}`)
        .join(", ")} }`;
      return {
        name: helper.name,
        isAsync: true,
        doc: `Starts ${article(task.noun)} ${task.noun.toLowerCase()} with \`${resource.property}.${start.method.name}\`, then waits for it like \`${waitName}\`.`,
        parameters: [{ name: "params", type: start.method.paramsType, ...(start.shape.inputRequired ? {} : { initializer: emptyParams(start.method) }) }, waitOptions],
        returnType: `Promise<${statusType}>`,
        body: [`const started = await this.${start.method.name}(params, options);`, `return this.${waitName}(${statusParams}, options);`],
      };
    }
    case "download":
      return {
        name: helper.name,
        doc: `Waits for the ${task.noun.toLowerCase()} to complete, then streams its \`download_url\` to a file path (Node) or a \`WritableStream\`. The API token is never sent to the storage host; an expired or refused signed URL is replaced by a fresh status read.`,
        parameters: [{ name: "params", type: status.method.paramsType }, { name: "destination", type: "DownloadDestination" }, waitOptions],
        returnType: "Promise<void>",
        body: [`return downloadTo(this.client, async () => downloadUrlOf(await this.${waitName}(params, options)), destination, options);`],
      };
  }
}

/**
 * No parameters, as a default: `{}`, typed as the method's parameters when one
 * is named like a member `{}` inherits (`constructor`), which TypeScript would
 * otherwise check `{}`'s inherited member against.
 */
function emptyParams(method: ResourceMethod): string {
  const inherited = method.operation.parameters.some((parameter) => OBJECT_PROTOTYPE_MEMBERS.includes(parameter.name));
  return inherited ? `{} as ${method.paramsType}` : "{}";
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
      ...resource.helpers.map((helper) => helperMethod(helper, resource, layouts, types)),
    ],
  });
}
