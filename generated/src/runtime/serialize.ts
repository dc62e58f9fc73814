// Copied from templates/runtime/serialize.ts by `npm run generate`. Do not edit: change that file, then regenerate.

import { createQuerySerializer } from "openapi-fetch";
import { InvalidRequestError } from "./errors.js";
import { isRecord } from "./problem.js";

const PATH_TEMPLATE = /\{([^{}]+)\}/g;

function encodeScalar(name: string, value: unknown): string {
  if (
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    typeof value === "bigint"
  ) {
    return encodeURIComponent(String(value));
  }
  throw new InvalidRequestError(`Path parameter "${name}" must be a string, number or boolean`);
}

/**
 * Fills `{name}` placeholders with percent-encoded values (arrays comma-joined, OpenAPI's
 * simple style). A value that encodes to "", "." or ".." is refused: URL parsers treat those
 * segments, even as %2e%2e, as directory steps and would send the request to another resource.
 */
export function serializePathParameters(template: string, values: Record<string, unknown>): string {
  return template.replace(PATH_TEMPLATE, (_, name: string) => {
    // Own values only: `{}` inherits a `constructor` and a `toString`, which are no parameters.
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined || value === null)
      throw new InvalidRequestError(`Missing path parameter "${name}"`);
    const encoded = Array.isArray(value)
      ? value.map((item) => encodeScalar(name, item)).join(",")
      : encodeScalar(name, value);
    if (encoded === "" || encoded === "." || encoded === "..") {
      throw new InvalidRequestError(
        `Path parameter "${name}" cannot be ${JSON.stringify(encoded)}: it would change the URL's path`,
      );
    }
    return encoded;
  });
}

const serializeEncodedQuery = createQuerySerializer();

/**
 * The query string for `query` in openapi-fetch's styles (an array repeats its name, an object
 * is a deepObject), with the names percent-encoded as well: openapi-fetch encodes only values,
 * so a name holding `=`, `&`, `#` or `+` would reach the server as another parameter.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  return serializeEncodedQuery(hasNameToEncode(query) ? encodeNames(query) : query);
}

/** Characters `encodeURIComponent` leaves as they are: a query of such names needs no copy. */
const KEPT_BY_ENCODING = /^[\w.!~*'()-]*$/;

function hasNameToEncode(values: Record<string, unknown>): boolean {
  for (const [name, value] of Object.entries(values))
    if (!KEPT_BY_ENCODING.test(name) || (isRecord(value) && hasNameToEncode(value))) return true;
  return false;
}

function encodeNames(values: Record<string, unknown>): Record<string, unknown> {
  const encoded: Record<string, unknown> = Object.create(null);
  for (const [name, value] of Object.entries(values))
    encoded[encodeURIComponent(name)] = isRecord(value) ? encodeNames(value) : value;
  return encoded;
}

/** A `Cookie` header value for cookie parameters; undefined when there are none. */
export function serializeCookies(cookies: Record<string, unknown> | undefined): string | undefined {
  if (!cookies) return undefined;
  const pairs = Object.entries(cookies)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`);
  return pairs.length > 0 ? pairs.join("; ") : undefined;
}

function isBinary(value: unknown): value is Blob | ArrayBuffer | ArrayBufferView | ReadableStream {
  return (
    value instanceof Blob ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    (typeof ReadableStream !== "undefined" && value instanceof ReadableStream)
  );
}

function isJsonMediaType(mediaType: string): boolean {
  return mediaType === "application/json" || mediaType.endsWith("+json");
}

function formValue(value: unknown): string | Blob {
  if (value instanceof Blob) return value;
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value))
    return new Blob([value as ArrayBuffer]);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function entriesOf(body: unknown, mediaType: string): [string, unknown][] {
  if (!isRecord(body))
    throw new InvalidRequestError(`A ${mediaType} body must be an object of fields`);
  return Object.entries(body).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value])
      .filter((item) => item !== undefined && item !== null)
      .map((item): [string, unknown] => [name, item]),
  );
}

function toFormData(body: unknown): FormData {
  if (body instanceof FormData) return body;
  const form = new FormData();
  for (const [name, value] of entriesOf(body, "multipart/form-data"))
    form.append(name, formValue(value));
  return form;
}

function toUrlEncoded(body: unknown): URLSearchParams {
  if (body instanceof URLSearchParams) return body;
  const params = new URLSearchParams();
  for (const [name, value] of entriesOf(body, "application/x-www-form-urlencoded")) {
    params.append(name, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  return params;
}

/** Encodes a request body for its OpenAPI media type (JSON when none is given). */
export function serializeBody(body: unknown, mediaType: string | undefined): BodyInit {
  const type = (mediaType ?? "application/json").split(";")[0]?.trim().toLowerCase() ?? "";
  if (isJsonMediaType(type)) return JSON.stringify(body);
  if (type === "multipart/form-data") return toFormData(body);
  if (type === "application/x-www-form-urlencoded") return toUrlEncoded(body);
  if (isBinary(body) || typeof body === "string") return body as BodyInit;
  if (type.startsWith("text/")) return String(body);
  throw new InvalidRequestError(
    `A ${type} body must be a string, Blob, ArrayBuffer, typed array or stream`,
  );
}
