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
import {
  call,
  classStructure,
  importNamespace,
  importTypes,
  importValues,
  interfaceStructure,
  name,
  reference,
  returns,
  typeAliasStructure,
  type ExpressionNode,
  type MethodFields,
  type ParameterNode,
  type Statement,
  type TypeNode,
} from "./ts.js";
import { typeNode, type TypeTextContext } from "./type-text.js";

const emptyObject: ExpressionNode = { kind: "object", properties: [], broken: false };

interface MethodLayout {
  method: ResourceMethod;
  shape: OperationShape;
  /** The operation function's name, which is also its description's in `src/specs.ts`. */
  operationName: string;
  upload: boolean;
}

export function* emitResources(context: EmitContext, plan: SdkPlan): Iterable<Statement> {
  const types = typeContext(context, "Models.");
  const layouts = plan.resources.map((resource) => resource.methods.map((method) => layoutOf(method, context)));
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
  yield importValues("./runtime/index.js", runtimeImports);
  yield importNamespace("./models.js", "Models");
  yield importNamespace("./operations.js", "Operations");
  yield importTypes("./paths.js", ["paths"]);
  yield importNamespace("./specs.js", "Specs", false);
  // One resource's declarations at a time, each printed before the next is built.
  for (const [index, resource] of plan.resources.entries()) {
    for (const layout of layouts[index]!) yield paramsType(layout, resource);
    yield resourceClass(resource, layouts[index]!, context, types);
  }
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
  const input: TypeNode = { kind: "typeof", name: `Operations.${layout.operationName}` };
  if (!hasInput(shape)) {
    return layout.upload ? typeAliasStructure(method.paramsType, reference("UploadParams"), doc) : interfaceStructure(method.paramsType, doc, []);
  }
  const params = reference(method.grouped ? "InputOf" : "FlatParams", [input]);
  return typeAliasStructure(method.paramsType, layout.upload ? { kind: "intersection", members: [params, reference("UploadParams")] } : params, doc);
}

function resultType(shape: OperationShape, types: TypeTextContext): TypeNode {
  return shape.success.type === null ? { kind: "keyword", name: "void" } : typeNode(shape.success.type, types);
}

const OPTIONS: ParameterNode = { name: "options", type: reference("RequestOptions"), optional: true };

function waitOptions(statusType: TypeNode): ParameterNode {
  return { name: "options", type: { kind: "intersection", members: [reference("WaitOptions", [statusType]), reference("RequestOptions")] }, initializer: emptyObject };
}

function methodDoc(operation: Operation, extra: string[] = []): string | undefined {
  return docText(operation.docs, [route(operation), ...extra]);
}

function operationMethod(layout: MethodLayout, types: TypeTextContext): MethodFields {
  const { method, shape } = layout;
  const paramsRequired = shape.inputRequired || layout.upload;
  const params: ParameterNode = { name: "params", type: reference(method.paramsType), ...(paramsRequired ? {} : { initializer: emptyParams(method) }) };
  const result = resultType(shape, types);
  const args = [name(`Specs.${layout.operationName}`), name("params"), name("options")];
  if (method.pagination) {
    return {
      name: method.name,
      doc: methodDoc(method.operation, ["Await it for the first page, or iterate it with `for await` for every item of every page."]),
      parameters: [params, OPTIONS],
      returnType: reference("PagePromise", [result, typeNode(method.pagination.item, types), reference(method.paramsType)]),
      body: [returns(call("this.paginate", args))],
    };
  }
  return {
    name: method.name,
    doc: methodDoc(method.operation),
    parameters: [params, OPTIONS],
    returnType: reference("ApiPromise", [result]),
    body: [returns(call("this.call", args))],
  };
}

function helperMethod(helper: HelperMethod, resource: Resource, layouts: MethodLayout[], types: TypeTextContext): MethodFields {
  const { task } = helper;
  const status = layouts.find((layout) => layout.method.operation === task.status)!;
  const start = layouts.find((layout) => layout.method.operation === task.start)!;
  const waitName = resource.helpers.find((candidate) => candidate.task === task && candidate.kind === "wait")!.name;
  const statusType = resultType(status.shape, types);
  const promise = reference("Promise", [statusType]);
  switch (helper.kind) {
    case "wait":
      return {
        name: helper.name,
        doc: `Polls \`${resource.property}.${status.method.name}\` until the ${task.noun.toLowerCase()} is \`Completed\` (resolves) or \`Failed\` (throws \`TaskFailedError\`). Other statuses count as still running; the pause between polls grows, and \`waitTimeoutMs\` (the whole wait), \`timeoutMs\` (each poll), \`signal\` and \`onProgress\` apply.`,
        parameters: [{ name: "params", type: reference(status.method.paramsType) }, waitOptions(statusType)],
        returnType: promise,
        body: [
          returns(
            call("waitForTask", [
              {
                kind: "arrow",
                parameters: ["signal"],
                body: call(`this.${status.method.name}`, [name("params"), { kind: "object", properties: [{ kind: "spread", name: "options" }, { kind: "shorthand", name: "signal" }], broken: false }]),
              },
              name("options"),
            ]),
          ),
        ],
      };
    case "start-and-wait": {
      const statusPath = task.status.parameters.filter((parameter) => parameter.location === "path");
      const statusParams: ExpressionNode = {
        kind: "object",
        properties: statusPath.map((parameter) => ({
          kind: "property" as const,
          key: literalKey(parameter.name),
          value: parameter.name === task.idParameter ? call("taskIdOf", [name("started")]) : name(propertyAccess("params", parameter.name)),
        })),
        broken: false,
      };
      return {
        name: helper.name,
        isAsync: true,
        doc: `Starts ${article(task.noun)} ${task.noun.toLowerCase()} with \`${resource.property}.${start.method.name}\`, then waits for it like \`${waitName}\`.`,
        parameters: [{ name: "params", type: reference(start.method.paramsType), ...(start.shape.inputRequired ? {} : { initializer: emptyParams(start.method) }) }, waitOptions(statusType)],
        returnType: promise,
        body: [
          { kind: "const", name: "started", value: { kind: "await", argument: call(`this.${start.method.name}`, [name("params"), name("options")]) } },
          returns(call(`this.${waitName}`, [statusParams, name("options")])),
        ],
      };
    }
    case "download":
      return {
        name: helper.name,
        doc: `Waits for the ${task.noun.toLowerCase()} to complete, then streams its \`download_url\` to a file path (Node) or a \`WritableStream\`. The API token is never sent to the storage host; an expired or refused signed URL is replaced by a fresh status read.`,
        parameters: [{ name: "params", type: reference(status.method.paramsType) }, { name: "destination", type: reference("DownloadDestination") }, waitOptions(statusType)],
        returnType: reference("Promise", [{ kind: "keyword", name: "void" }]),
        body: [
          returns(
            call("downloadTo", [
              name("this.client"),
              {
                kind: "arrow",
                isAsync: true,
                parameters: [],
                body: call("downloadUrlOf", [{ kind: "await", argument: call(`this.${waitName}`, [name("params"), name("options")]) }]),
              },
              name("destination"),
              name("options"),
            ]),
          ),
        ],
      };
  }
}

/**
 * No parameters, as a default: `{}`, typed as the method's parameters when one
 * is named like a member `{}` inherits (`constructor`), which TypeScript would
 * otherwise check `{}`'s inherited member against.
 */
function emptyParams(method: ResourceMethod): ExpressionNode {
  const inherited = method.operation.parameters.some((parameter) => OBJECT_PROTOTYPE_MEMBERS.includes(parameter.name));
  return inherited ? { kind: "as", expression: emptyObject, type: reference(method.paramsType) } : emptyObject;
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? "an" : "a";
}

function resourceClass(resource: Resource, layouts: MethodLayout[], context: EmitContext, types: TypeTextContext): Statement {
  const tag = context.model.tags.find((candidate) => candidate.name === resource.tag);
  return classStructure({
    name: resource.className,
    doc: tag?.description ? `${resource.tag}: ${tag.description}` : `Operations tagged \`${resource.tag}\`.`,
    extends: reference("ApiResource", [reference("paths")]),
    methods: [
      ...layouts.map((layout) => operationMethod(layout, types)),
      ...resource.helpers.map((helper) => helperMethod(helper, resource, layouts, types)),
    ],
  });
}
