/**
 * `src/operations.ts`: one function per operation. Each only describes the
 * operation and hands it to the runtime; retries, auth and errors live there.
 */
import { compareCodePoints } from "../model/order.js";
import type { Operation } from "../model/types.js";
import { typeContext, type EmitContext } from "./context.js";
import { docComment, docText } from "./docs.js";
import { operationShape, type OperationShape } from "./operation-shape.js";
import { parametersText } from "./paths.js";
import { functionStructure, importNamespace, importTypes, type Statement } from "./ts.js";
import { typeText, type TypeTextContext } from "./type-text.js";

export function emitOperations(context: EmitContext): Statement[] {
  const types = typeContext(context, "Models.");
  const functions = context.model.operations
    .map((operation) => ({ operation, name: context.names.operations.get(operation.operationId)! }))
    .sort((a, b) => compareCodePoints(a.name, b.name))
    .map(({ operation, name }) => operationFunction(operation, name, operationShape(operation, context.schemasByKey), types));
  return [
    importTypes("./runtime/index.js", ["ApiClient", "ApiPromise", "RequestOptions"]),
    importNamespace("./models.js", "Models"),
    importTypes("./paths.js", ["paths"]),
    ...functions,
  ];
}

function operationFunction(operation: Operation, name: string, shape: OperationShape, types: TypeTextContext): Statement {
  const route = `\`${operation.method.toUpperCase()} ${operation.path}\``;
  const hasInput = shape.groups.length > 0 || shape.body !== null;
  const inputMembers = shape.groups.map(
    (group) => `${group.location}${group.required ? "" : "?"}: ${parametersText(group.parameters, types)};`,
  );
  if (shape.body) {
    inputMembers.push(
      `${docComment(operation.requestBody!.docs)}body${shape.body.required ? "" : "?"}: ${typeText(shape.body.content.type, types)};`,
    );
  }
  const spec = [
    `method: ${JSON.stringify(operation.method)}`,
    `path: ${JSON.stringify(operation.path)}`,
    ...(shape.body ? [`requestMediaType: ${JSON.stringify(shape.body.content.mediaType)}`] : []),
    `response: ${JSON.stringify(shape.success.kind)}`,
    ...(shape.envelope ? ["envelope: true"] : []),
  ];
  const resultType = shape.success.type === null ? "void" : typeText(shape.success.type, types);
  return functionStructure({
    name,
    doc: docText(operation.docs, [route]),
    parameters: [
      { name: "client", type: "ApiClient<paths>" },
      ...(hasInput
        ? [{ name: "input", type: `{\n${inputMembers.join("\n")}\n}`, ...(shape.inputRequired ? {} : { initializer: "{}" }) }]
        : []),
      { name: "options", type: "RequestOptions", optional: true },
    ],
    returnType: `ApiPromise<${resultType}>`,
    body: [`return client.request({ ${spec.join(", ")} }, ${hasInput ? "input" : "{}"}, options);`],
  });
}
