import type { SchemaChecker } from "./schemas.js";
import type { ContractOperation, Located, NamedExample } from "./spec.js";

export const TOKEN = "contract-test-token";

/** A resource method as api.md lists it: `articles.get(article_id, project_id, lang_code?)`. */
export interface ResourceMethod {
  resource: string;
  method: string;
  /** Parameter names in the listed order, `?` and types removed. */
  parameters: string[];
}

/** Resource methods keyed by route (`GET /v3/projects/{project_id}`), read from a generated api.md. */
export function resourceMethodsByRoute(apiMd: string): Map<string, ResourceMethod> {
  const methods = new Map<string, ResourceMethod>();
  for (const match of apiMd.matchAll(/^- `client\.(\w+)\.(\w+)\((?:\{ (.*?) \})?\)` → .*\n  `(\w+) ([^`]+)`/gm)) {
    const [, resource, method, list, verb, path] = match;
    const parameters = list === undefined ? [] : list.split(", ").map((entry) => entry.replace(/[?:].*$/, ""));
    methods.set(`${verb} ${path}`, { resource: resource!, method: method!, parameters });
  }
  return methods;
}

/** An argument value, and the description's examples for it that its schema rejects. */
interface Chosen {
  value: unknown;
  rejected: NamedExample[];
}

function choose(checker: SchemaChecker, schema: Located, examples: NamedExample[]): Chosen {
  const rejected: NamedExample[] = [];
  for (const example of examples) {
    if (checker.problems(schema.pointer, example.value).length === 0) return { value: example.value, rejected };
    rejected.push(example);
  }
  return { value: checker.valueFor(schema.pointer), rejected };
}

export interface OperationArguments {
  /** Flat parameters for the resource method: every parameter by name, plus `body`. */
  params: Record<string, unknown>;
  /** Examples the description gives that contradict their own schema, replaced by the next valid one or a built value. */
  rejectedExamples: NamedExample[];
}

/**
 * Arguments for one call, every parameter (optional ones too, so their serialization is
 * exercised) and the body: the description's first example that its schema accepts, else a
 * value built from the schema.
 */
export function argumentsFor(operation: ContractOperation, checker: SchemaChecker): OperationArguments {
  const params: Record<string, unknown> = {};
  const rejectedExamples: NamedExample[] = [];
  for (const parameter of operation.parameters) {
    const chosen = choose(checker, parameter.schema, parameter.examples);
    params[parameter.name] = chosen.value;
    rejectedExamples.push(...chosen.rejected);
  }
  const body = operation.requestBody;
  if (body?.schema) {
    const chosen = choose(checker, body.schema, body.examples);
    params["body"] = body.mediaType === "multipart/form-data" ? withFiles(chosen.value, body.schema.node) : chosen.value;
    rejectedExamples.push(...chosen.rejected);
  } else if (body && body.mediaType === null) {
    // A body with no media type is one the description explains in prose only: the generator
    // makes it a multipart file upload taking the file, its name and its type.
    params["file"] = new Blob(["contract test upload\n"], { type: "text/plain" });
    params["file_name"] = "contract.txt";
    params["content_type"] = "text/plain";
  } else if (body) {
    throw new Error(`${operation.operationId}: a ${body.mediaType} body without a schema is not supported`);
  }
  return { params, rejectedExamples };
}

/** A multipart body's binary parts become files, as a caller would pass them. */
function withFiles(value: unknown, schema: Record<string, unknown>): unknown {
  const properties = (schema["properties"] ?? {}) as Record<string, { format?: string }>;
  const body = { ...(value as Record<string, unknown>) };
  for (const [name, property] of Object.entries(properties)) {
    if (property.format === "binary") body[name] = new File(["contract test upload\n"], "contract.txt", { type: "text/plain" });
  }
  return body;
}

interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** What Prism found wrong with the request, from its `sl-violations` header, one line each. */
export function requestViolations(response: Response): string[] {
  return violations(response, "request");
}

/** What Prism found wrong with the response it served itself (an example that breaks its schema). */
export function responseViolations(response: Response): string[] {
  return violations(response, "response");
}

function violations(response: Response, side: "request" | "response"): string[] {
  const header = response.headers.get("sl-violations");
  const all = header ? (JSON.parse(header) as Violation[]) : [];
  return all
    .filter((violation) => violation.location[0] === side)
    .map((violation) => `${violation.location.join(".")}: ${violation.message}`);
}

/** The runtime's error class for a status, by the name it is exported under. */
export function errorClassName(status: number): string {
  const byStatus: Record<number, string> = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
  };
  return byStatus[status] ?? (status >= 500 ? "InternalServerError" : "ApiResponseError");
}

/** The `Prefer` header asking Prism for a status and, in dynamic mode, a generated body. */
export function preferHeader(options: { dynamic: boolean; status?: number }): Record<string, string> {
  const preferences = [...(options.status === undefined ? [] : [`code=${options.status}`]), ...(options.dynamic ? ["dynamic=true"] : [])];
  return preferences.length > 0 ? { prefer: preferences.join(", ") } : {};
}
