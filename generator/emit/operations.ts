/**
 * `src/operations.ts`: one function per operation. Each hands the operation's
 * description (`src/specs.ts`) and its input to the runtime; retries, auth and
 * errors live there. The input's parameters are `paths`' own, so each is
 * documented once, there.
 */
import { codeString } from "../plan/identifiers.js";
import { compareCodePoints } from "../model/order.js";
import type { Operation } from "../model/types.js";
import { typeContext, type EmitContext } from "./context.js";
import { docComment, docText } from "./docs.js";
import { operationShape, type OperationShape } from "../plan/operation-shape.js";
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
    importNamespace("./specs.js", "Specs", false),
    ...functions,
  ];
}

/** The input type: the operation's parameters as `paths` declares them, and the body. */
function inputType(operation: Operation, shape: OperationShape, types: TypeTextContext): string {
  const parameters = `paths[${codeString(operation.path)}][${codeString(operation.method)}]["parameters"]`;
  if (!shape.body) return parameters;
  const body = `${docComment(operation.requestBody!.docs)}body${shape.body.required ? "" : "?"}: ${typeText(shape.body.content.type, types)};`;
  return shape.groups.length > 0 ? `${parameters} & {\n${body}\n}` : `{\n${body}\n}`;
}

function operationFunction(operation: Operation, name: string, shape: OperationShape, types: TypeTextContext): Statement {
  const route = `\`${operation.method.toUpperCase()} ${operation.path}\``;
  const hasInput = shape.groups.length > 0 || shape.body !== null;
  const resultType = shape.success.type === null ? "void" : typeText(shape.success.type, types);
  return functionStructure({
    name,
    doc: docText(operation.docs, [route]),
    parameters: [
      { name: "client", type: "ApiClient<paths>" },
      ...(hasInput ? [{ name: "input", type: inputType(operation, shape, types), ...(shape.inputRequired ? {} : { initializer: "{}" }) }] : []),
      { name: "options", type: "RequestOptions", optional: true },
    ],
    returnType: `ApiPromise<${resultType}>`,
    body: [`return client.request(Specs.${name}, ${hasInput ? "input" : "{}"}, options);`],
  });
}
