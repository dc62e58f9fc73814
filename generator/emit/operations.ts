/**
 * `src/operations.ts`: one function per operation. Each hands the operation's
 * description (`src/specs.ts`) and its input to the runtime; retries, auth and
 * errors live there. The input's parameters are `paths`' own, so each is
 * documented once, there.
 */
import { compareCodePoints } from "../model/order.js";
import type { Operation } from "../model/types.js";
import { typeContext, type EmitContext } from "./context.js";
import { docText } from "./docs.js";
import { operationShape, type OperationShape } from "../plan/operation-shape.js";
import { call, emptyObject, functionStructure, importNamespace, importTypes, lazily, name, reference, returns, type Statement, type TypeNode } from "./ts.js";
import { typeNode, type TypeTextContext } from "./type-text.js";

export function* emitOperations(context: EmitContext): Iterable<Statement> {
  const types = typeContext(context, "Models.");
  const named = context.model.operations
    .map((operation) => ({ operation, name: context.names.operations.get(operation.operationId)! }))
    .sort((a, b) => compareCodePoints(a.name, b.name));
  yield importTypes("./runtime/index.js", ["ApiClient", "ApiPromise", "RequestOptions"]);
  yield importNamespace("./models.js", "Models");
  yield importTypes("./paths.js", ["paths"]);
  yield importNamespace("./specs.js", "Specs", false);
  yield* lazily(named, ({ operation, name }) => operationFunction(operation, name, operationShape(operation, context.schemasByKey), types));
}

/** The input type: the operation's parameters as `paths` declares them, and the body. */
function inputType(operation: Operation, shape: OperationShape, types: TypeTextContext): TypeNode {
  const index = (object: TypeNode, key: string): TypeNode => ({ kind: "indexed", object, index: { kind: "literal", value: key } });
  const parameters = index(index(index(reference("paths"), operation.path), operation.method), "parameters");
  if (!shape.body) return parameters;
  const body: TypeNode = {
    kind: "object",
    members: [{ kind: "property", key: "body", optional: !shape.body.required, type: typeNode(shape.body.content.type, types), docs: docText(operation.requestBody!.docs) }],
    broken: true,
  };
  return shape.groups.length > 0 ? { kind: "intersection", members: [parameters, body] } : body;
}

function operationFunction(operation: Operation, functionName: string, shape: OperationShape, types: TypeTextContext): Statement {
  const route = `\`${operation.method.toUpperCase()} ${operation.path}\``;
  const hasInput = shape.groups.length > 0 || shape.body !== null;
  const resultType: TypeNode = shape.success.type === null ? { kind: "keyword", name: "void" } : typeNode(shape.success.type, types);
  return functionStructure({
    name: functionName,
    doc: docText(operation.docs, [route]),
    parameters: [
      { name: "client", type: reference("ApiClient", [reference("paths")]) },
      ...(hasInput ? [{ name: "input", type: inputType(operation, shape, types), ...(shape.inputRequired ? {} : { initializer: emptyObject }) }] : []),
      { name: "options", type: reference("RequestOptions"), optional: true },
    ],
    returnType: reference("ApiPromise", [resultType]),
    body: [returns(call("client.request", [name(`Specs.${functionName}`), hasInput ? name("input") : emptyObject, name("options")]))],
  });
}
