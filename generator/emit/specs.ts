/**
 * `src/specs.ts`: one description per operation, the only one: method, route,
 * its parameters' names by location, the request media type, how the result is
 * read, and how the resource method takes its parameters. The operation
 * functions and the resource methods both hand it to the runtime.
 */
import { codeString } from "../plan/identifiers.js";
import { compareCodePoints } from "../model/order.js";
import type { Operation } from "../model/types.js";
import { operationShape } from "../plan/operation-shape.js";
import type { ResourceMethod, SdkPlan } from "../plan/resources.js";
import type { EmitContext } from "./context.js";
import { constStructure, type Statement } from "./ts.js";

export function emitSpecs(context: EmitContext, plan: SdkPlan): Statement[] {
  const methods = new Map(plan.resources.flatMap((resource) => resource.methods.map((method) => [method.operation.operationId, method] as const)));
  return context.model.operations
    .map((operation) => ({ operation, name: context.names.operations.get(operation.operationId)! }))
    .sort((a, b) => compareCodePoints(a.name, b.name))
    .map(({ operation, name }) =>
      constStructure(name, specText(operation, methods.get(operation.operationId), context), `\`${operation.method.toUpperCase()} ${operation.path}\``),
    );
}

function specText(operation: Operation, method: ResourceMethod | undefined, context: EmitContext): string {
  const shape = operationShape(operation, context.schemasByKey);
  const parameters = shape.groups.map((group) => `${group.location}: [${group.parameters.map((parameter) => codeString(parameter.name)).join(", ")}]`);
  const fields = [
    `method: ${codeString(operation.method)}`,
    `path: ${codeString(operation.path)}`,
    ...(parameters.length > 0 ? [`parameters: { ${parameters.join(", ")} }`] : []),
    ...(shape.upload ? ['requestMediaType: "multipart/form-data"'] : shape.body ? [`requestMediaType: ${codeString(shape.body.content.mediaType)}`] : []),
    `response: ${codeString(shape.success.kind)}`,
    ...(shape.envelope ? ["envelope: true"] : []),
    ...(method?.grouped ? ["grouped: true"] : []),
    ...(shape.upload ? ["upload: true"] : []),
    ...(method?.pagination ? [`pagination: ${codeString(method.pagination.strategy)}`] : []),
  ];
  return `{\n${fields.join(",\n")},\n} as const`;
}
