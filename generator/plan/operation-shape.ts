/**
 * What a caller passes to an operation and gets back, decided from the model:
 * which parameter groups exist and are required, which request media type is
 * sent, and how the success body is read.
 */
import type { MediaContent, Operation, Parameter, ParameterLocation, SchemaDecl, TypeExpr } from "../model/types.js";
import { union } from "../model/type-expr.js";

export type ResponseKind = "json" | "text" | "blob" | "none";

export interface ParameterGroup {
  location: ParameterLocation;
  required: boolean;
  parameters: Parameter[];
}

export interface OperationShape {
  groups: ParameterGroup[];
  body: { required: boolean; content: MediaContent } | null;
  /** True when the caller must pass an input object at all. */
  inputRequired: boolean;
  success: { kind: ResponseKind; type: TypeExpr | null };
  /** The 2xx body is the `{ data, success, request_id, errors, warnings }` envelope. */
  envelope: boolean;
  /**
   * A multipart file upload the spec documents in prose only: a request body
   * with no media type, described as multipart/form-data. The SDK takes the
   * file as `file`, `file_name` and `content_type`.
   */
  upload: boolean;
}

/** Parameters an upload method adds for the file, so they must not clash with the operation's own. */
const UPLOAD_FIELDS = ["file", "file_name", "content_type"];

const LOCATIONS: readonly ParameterLocation[] = ["path", "query", "header", "cookie"];

/** Request media types in the order the client prefers to send them. */
const REQUEST_PREFERENCE = [/json/i, /^multipart\/form-data$/i, /^application\/x-www-form-urlencoded$/i, /^text\//i];

export function operationShape(operation: Operation, schemas: ReadonlyMap<string, SchemaDecl>): OperationShape {
  const groups = LOCATIONS.map((location) => {
    const parameters = operation.parameters.filter((parameter) => parameter.location === location);
    return { location, parameters, required: parameters.some((parameter) => parameter.required) };
  }).filter((group) => group.parameters.length > 0);
  const bodyContent = operation.requestBody ? preferredRequestContent(operation.requestBody.contents) : null;
  const body = operation.requestBody && bodyContent ? { required: operation.requestBody.required, content: bodyContent } : null;
  const success = successOf(operation);
  return {
    groups,
    body,
    inputRequired: groups.some((group) => group.required) || body?.required === true,
    success,
    envelope: success.type !== null && isEnvelope(success.type, schemas),
    upload: isUpload(operation),
  };
}

function isUpload(operation: Operation): boolean {
  const described = `${operation.docs.summary ?? ""} ${operation.docs.description ?? ""}`;
  return (
    operation.requestBody !== null &&
    operation.requestBody.contents.length === 0 &&
    /multipart\/form-data/i.test(described) &&
    !operation.parameters.some((parameter) => UPLOAD_FIELDS.includes(parameter.name))
  );
}

function preferredRequestContent(contents: MediaContent[]): MediaContent | null {
  for (const pattern of REQUEST_PREFERENCE) {
    const match = contents.find((content) => pattern.test(content.mediaType));
    if (match) return match;
  }
  return contents[0] ?? null;
}

function successOf(operation: Operation): OperationShape["success"] {
  const successes = operation.responses.filter((response) => /^2(\d\d|XX)$/i.test(response.status));
  const contents = successes.flatMap((response) => response.contents);
  const json = contents.filter((content) => /json/i.test(content.mediaType) || content.mediaType === "*/*");
  if (json.length > 0) return { kind: "json", type: union(json.map((content) => content.type)) };
  if (contents.some((content) => /^text\//i.test(content.mediaType))) {
    return { kind: "text", type: { kind: "keyword", name: "string" } };
  }
  if (contents.length > 0) return { kind: "blob", type: { kind: "binary" } };
  return { kind: "none", type: null };
}

/** An envelope may carry no `data` (publish, tag and move operations answer with the bare envelope). */
const ENVELOPE_FIELDS = ["success", "request_id"];

function isEnvelope(type: TypeExpr, schemas: ReadonlyMap<string, SchemaDecl>): boolean {
  const resolved = type.kind === "ref" ? schemas.get(type.schema)?.type : type;
  if (resolved?.kind !== "object") return false;
  const names = new Set(resolved.properties.map((property) => property.name));
  return ENVELOPE_FIELDS.every((field) => names.has(field));
}
