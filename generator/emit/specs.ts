/**
 * `src/specs.ts`: one description per operation, the only one: method, route,
 * its parameters' names by location, the request media type, how the result is
 * read, and how the resource method takes its parameters. The operation
 * functions and the resource methods both hand it to the runtime.
 */
import { compareCodePoints } from "../model/order.js";
import type { Operation } from "../model/types.js";
import { operationShape } from "../plan/operation-shape.js";
import type { ResourceMethod, SdkPlan } from "../plan/resources.js";
import type { EmitContext } from "./context.js";
import { constStructure, lazily, type ExpressionNode, type Statement } from "./ts.js";

export function emitSpecs(context: EmitContext, plan: SdkPlan): Iterable<Statement> {
  const methods = new Map(plan.resources.flatMap((resource) => resource.methods.map((method) => [method.operation.operationId, method] as const)));
  const named = context.model.operations
    .map((operation) => ({ operation, name: context.names.operations.get(operation.operationId)! }))
    .sort((a, b) => compareCodePoints(a.name, b.name));
  return lazily(named, ({ operation, name }) =>
      constStructure(name, specText(operation, methods.get(operation.operationId), context), `\`${operation.method.toUpperCase()} ${operation.path}\``),
    );
}

function specText(operation: Operation, method: ResourceMethod | undefined, context: EmitContext): ExpressionNode {
  const shape = operationShape(operation, context.schemasByKey);
  const string = (value: string): ExpressionNode => ({ kind: "string", value });
  const yes: ExpressionNode = { kind: "literal", text: "true" };
  const field = (key: string, value: ExpressionNode) => ({ kind: "property" as const, key, value });
  const parameters = shape.groups.map((group) =>
    field(group.location, { kind: "array", items: group.parameters.map((parameter) => string(parameter.name)) }),
  );
  const fields = [
    field("method", string(operation.method)),
    field("path", string(operation.path)),
    ...(parameters.length > 0 ? [field("parameters", { kind: "object", properties: parameters, broken: false })] : []),
    ...(shape.upload ? [field("requestMediaType", string("multipart/form-data"))] : shape.body ? [field("requestMediaType", string(shape.body.content.mediaType))] : []),
    field("response", string(shape.success.kind)),
    ...(shape.envelope ? [field("envelope", yes)] : []),
    ...(method?.grouped ? [field("grouped", yes)] : []),
    ...(shape.upload ? [field("upload", yes)] : []),
    ...(method?.pagination ? [field("pagination", string(method.pagination.strategy))] : []),
  ];
  return { kind: "asConst", expression: { kind: "object", properties: fields, broken: true } };
}
