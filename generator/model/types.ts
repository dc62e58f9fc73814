/**
 * The intermediate representation every emitter reads. It is plain data: `$ref`s
 * are settled (named schemas become `ref` nodes, everything else is inlined),
 * 3.0 `nullable` and 3.1 type arrays both become unions with `null`, and every
 * list is in a deterministic order, so emitters never look at raw OpenAPI.
 */
import type { SpecWarning } from "../errors.js";
import type { HttpMethod } from "../validate/validate.js";

export type { HttpMethod };

export type TypeExpr =
  | { kind: "ref"; schema: string }
  | { kind: "keyword"; name: "string" | "number" | "boolean" | "null" | "unknown" | "never" }
  /** Binary content in a non-JSON body: a `Blob` on the wire. */
  | { kind: "binary" }
  | { kind: "literal"; value: string | number | boolean | null }
  | { kind: "array"; items: TypeExpr }
  | { kind: "tuple"; items: TypeExpr[]; rest: TypeExpr | null }
  | { kind: "object"; properties: Property[]; additional: TypeExpr | null }
  | { kind: "union"; members: TypeExpr[] }
  | { kind: "intersection"; members: TypeExpr[] };

export interface Docs {
  summary?: string;
  description?: string;
  deprecated?: boolean;
  format?: string;
  default?: unknown;
  example?: unknown;
}

export interface Property {
  name: string;
  type: TypeExpr;
  required: boolean;
  docs: Docs;
}

export interface SchemaDecl {
  /** Unique key: `#/components/schemas/Name` for the entry document, `file#pointer` for others. */
  key: string;
  /** What the schema is called in the spec; naming turns it into an identifier. */
  nameHint: string;
  type: TypeExpr;
  docs: Docs;
}

export type ParameterLocation = "path" | "query" | "header" | "cookie";

export interface Parameter {
  name: string;
  location: ParameterLocation;
  required: boolean;
  type: TypeExpr;
  docs: Docs;
}

export interface MediaContent {
  mediaType: string;
  type: TypeExpr;
}

export interface RequestBody {
  required: boolean;
  contents: MediaContent[];
  docs: Docs;
}

export interface ResponseHeader {
  name: string;
  required: boolean;
  type: TypeExpr;
  docs: Docs;
}

export interface Response {
  /** `200`, `4XX` or `default`, as written in the spec. */
  status: string;
  description: string;
  contents: MediaContent[];
  headers: ResponseHeader[];
}

export interface Operation {
  /** The operationId, or one derived from method and path when the spec has none. */
  operationId: string;
  method: HttpMethod;
  path: string;
  tags: string[];
  docs: Docs;
  /** Grouped by location, each group ordered by name; path-level parameters are merged in. */
  parameters: Parameter[];
  requestBody: RequestBody | null;
  /** Ordered by status code, then ranges (`2XX`), then `default`. */
  responses: Response[];
  /** Names of the security schemes any of which the operation accepts; empty when it is public. */
  security: string[];
  /** JSON pointer of the operation in the entry document, for messages. */
  pointer: string;
}

export interface OAuthFlow {
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  scopes: string[];
}

export interface SecurityScheme {
  name: string;
  type: string;
  scheme?: string;
  in?: string;
  parameterName?: string;
  authorizationCode?: OAuthFlow;
  clientCredentials?: OAuthFlow;
  pkce: boolean;
  description?: string;
}

export interface Tag {
  name: string;
  description?: string;
}

export interface ApiModel {
  title: string;
  version: string;
  description?: string;
  /** Server URLs with their variables replaced by their defaults. */
  servers: string[];
  schemas: SchemaDecl[];
  operations: Operation[];
  securitySchemes: SecurityScheme[];
  /** Tags the spec declares, ordered by name. */
  tags: Tag[];
  /** What the model left out of the spec and why; the command line prints them, emitters never read them. */
  warnings: SpecWarning[];
}
