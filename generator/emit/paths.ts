/**
 * `src/paths.ts`: the `paths` interface in the shape openapi-fetch expects
 * (the one openapi-typescript defines), so the raw typed client works.
 */
import type { MediaContent, Operation, Parameter, Response } from "../model/types.js";
import { codeString, propertyKey } from "../plan/identifiers.js";
import { typeContext, type EmitContext } from "./context.js";
import { docText } from "./docs.js";
import { operationShape } from "../plan/operation-shape.js";
import { importNamespace, interfaceStructure, lazily, propertyStructure, type MemberNode, type Statement, type TypeNode } from "./ts.js";
import { typeNode, type TypeTextContext } from "./type-text.js";

const NEVER: TypeNode = { kind: "keyword", name: "never" };

export function emitPaths(context: EmitContext): Statement[] {
  const types = typeContext(context, "Models.");
  const byPath = new Map<string, Operation[]>();
  for (const operation of context.model.operations) {
    byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
  }
  const properties = lazily(byPath, ([path, operations]) =>
    propertyStructure(
      codeString(path),
      object(operations.map((operation) => member(operation.method, operationType(operation, context, types), false, docText(operation.docs)))),
      false,
      undefined,
    ),
  );
  return [importNamespace("./models.js", "Models"), interfaceStructure("paths", "Every route of the API, for the raw openapi-fetch client.", properties)];
}

function object(members: MemberNode[]): TypeNode {
  return { kind: "object", members, broken: true };
}

function member(key: string, type: TypeNode, optional: boolean, docs?: string): MemberNode {
  return { kind: "property", key, type, optional, docs };
}

function operationType(operation: Operation, context: EmitContext, types: TypeTextContext): TypeNode {
  const shape = operationShape(operation, context.schemasByKey);
  const parameterMembers = (["query", "header", "path", "cookie"] as const).map((location) => {
    const group = shape.groups.find((candidate) => candidate.location === location);
    if (!group) return member(location, NEVER, true);
    return member(location, parametersType(group.parameters, types), !group.required);
  });
  const requestBody =
    operation.requestBody && operation.requestBody.contents.length > 0
      ? member("requestBody", object([member("content", contentType(operation.requestBody.contents, types), false)]), !operation.requestBody.required)
      : member("requestBody", NEVER, true);
  return object([
    member("parameters", object(parameterMembers), false),
    requestBody,
    member("responses", object(operation.responses.map((response) => responseMember(response, types))), false),
  ]);
}

function parametersType(parameters: Parameter[], types: TypeTextContext): TypeNode {
  return object(parameters.map((parameter) => member(propertyKey(parameter.name), typeNode(parameter.type, types), !parameter.required, docText(parameter.docs))));
}

function contentType(contents: MediaContent[], types: TypeTextContext): TypeNode {
  return object(contents.map((content) => member(codeString(content.mediaType), typeNode(content.type, types), false)));
}

function responseMember(response: Response, types: TypeTextContext): MemberNode {
  const headers: MemberNode[] = [
    { kind: "index", parameter: "name", keyType: { kind: "keyword", name: "string" }, type: { kind: "keyword", name: "unknown" } },
    ...response.headers.map((header) => member(propertyKey(header.name), typeNode(header.type, types), !header.required, docText(header.docs))),
  ];
  const content = response.contents.length > 0 ? member("content", contentType(response.contents, types), false) : member("content", NEVER, true);
  const key = /^\d+$/.test(response.status) ? response.status : codeString(response.status);
  return member(key, object([member("headers", object(headers), false), content]), false, docText({ description: response.description }));
}
