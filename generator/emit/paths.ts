/**
 * `src/paths.ts`: the `paths` interface in the shape openapi-fetch expects
 * (the one openapi-typescript defines), so the raw typed client works.
 */
import type { MediaContent, Operation, Parameter, Response } from "../model/types.js";
import { codeString, propertyKey } from "../plan/identifiers.js";
import { typeContext, type EmitContext } from "./context.js";
import { docComment } from "./docs.js";
import { operationShape } from "../plan/operation-shape.js";
import { importNamespace, interfaceStructure, propertyStructure, type Statement } from "./ts.js";
import { typeText, type TypeTextContext } from "./type-text.js";

export function emitPaths(context: EmitContext): Statement[] {
  const types = typeContext(context, "Models.");
  const byPath = new Map<string, Operation[]>();
  for (const operation of context.model.operations) {
    byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
  }
  const properties = [...byPath].map(([path, operations]) =>
    propertyStructure(
      codeString(path),
      `{\n${operations
        .map((operation) => `${docComment(operation.docs)}${operation.method}: ${operationText(operation, context, types)};`)
        .join("\n")}\n}`,
      false,
      undefined,
    ),
  );
  return [importNamespace("./models.js", "Models"), interfaceStructure("paths", "Every route of the API, for the raw openapi-fetch client.", properties)];
}

function operationText(operation: Operation, context: EmitContext, types: TypeTextContext): string {
  const shape = operationShape(operation, context.schemasByKey);
  const parameterLines = (["query", "header", "path", "cookie"] as const).map((location) => {
    const group = shape.groups.find((candidate) => candidate.location === location);
    if (!group) return `${location}?: never;`;
    return `${location}${group.required ? "" : "?"}: ${parametersText(group.parameters, types)};`;
  });
  const requestBody = operation.requestBody && operation.requestBody.contents.length > 0
    ? `requestBody${operation.requestBody.required ? "" : "?"}: {\ncontent: ${contentText(operation.requestBody.contents, types)};\n};`
    : "requestBody?: never;";
  return [
    "{",
    `parameters: {\n${parameterLines.join("\n")}\n};`,
    requestBody,
    `responses: {\n${operation.responses.map((response) => responseText(response, types)).join("\n")}\n};`,
    "}",
  ].join("\n");
}

function parametersText(parameters: Parameter[], types: TypeTextContext): string {
  const members = parameters.map(
    (parameter) =>
      `${docComment(parameter.docs)}${propertyKey(parameter.name)}${parameter.required ? "" : "?"}: ${typeText(parameter.type, types)};`,
  );
  return `{\n${members.join("\n")}\n}`;
}

function contentText(contents: MediaContent[], types: TypeTextContext): string {
  return `{\n${contents.map((content) => `${codeString(content.mediaType)}: ${typeText(content.type, types)};`).join("\n")}\n}`;
}

function responseText(response: Response, types: TypeTextContext): string {
  const headers = [
    "[name: string]: unknown;",
    ...response.headers.map(
      (header) => `${docComment(header.docs)}${propertyKey(header.name)}${header.required ? "" : "?"}: ${typeText(header.type, types)};`,
    ),
  ];
  const content = response.contents.length > 0 ? `content: ${contentText(response.contents, types)};` : "content?: never;";
  const key = /^\d+$/.test(response.status) ? response.status : codeString(response.status);
  return `${docComment({ description: response.description })}${key}: {\nheaders: {\n${headers.join("\n")}\n};\n${content}\n};`;
}
