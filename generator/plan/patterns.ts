/**
 * Patterns the SDK layer recognises from the shape of the spec, never from a
 * list of operation names: paginated list envelopes, and long-running tasks
 * that are started with a 202 and polled by id.
 */
import type { Operation, SchemaDecl, TypeExpr } from "../model/types.js";

export interface Pagination {
  /** `cursor`: follow `pagination.next_cursor`; `page`: count pages up. */
  strategy: "cursor" | "page";
  /** Type of one item of `data[]`. */
  item: TypeExpr;
}

export interface TaskPair {
  /** What the task makes, from the collection's path segment: `exports` → `Export`. */
  noun: string;
  start: Operation;
  status: Operation;
  /** Path parameter of the status route that names the task. */
  idParameter: string;
  /** The status's `data` carries a `download_url` for the finished task's output. */
  downloadable: boolean;
}

type Schemas = ReadonlyMap<string, SchemaDecl>;

function resolve(type: TypeExpr | null | undefined, schemas: Schemas): TypeExpr | undefined {
  let current = type ?? undefined;
  for (let hops = 0; current?.kind === "ref" && hops < 16; hops++) current = schemas.get(current.schema)?.type;
  return current;
}

function property(type: TypeExpr | undefined, name: string) {
  return type?.kind === "object" ? type.properties.find((candidate) => candidate.name === name) : undefined;
}

function jsonSuccessType(operation: Operation): TypeExpr | undefined {
  const success = operation.responses.find((response) => /^2\d\d$/.test(response.status) && response.contents.length > 0);
  return success?.contents.find((content) => /json/i.test(content.mediaType))?.type;
}

/** A list whose 2xx body is `{ data: T[], pagination: { has_more, next_cursor?, page? } }` and that takes a page or cursor. */
export function paginationOf(operation: Operation, schemas: Schemas): Pagination | null {
  if (operation.method !== "get") return null;
  const body = resolve(jsonSuccessType(operation), schemas);
  const data = resolve(property(body, "data")?.type, schemas);
  const pagination = resolve(property(body, "pagination")?.type, schemas);
  if (data?.kind !== "array" || !property(pagination, "has_more")) return null;
  const query = new Set(operation.parameters.filter((parameter) => parameter.location === "query").map((parameter) => parameter.name));
  if (query.has("cursor") && property(pagination, "next_cursor")) return { strategy: "cursor", item: data.items };
  if (query.has("page") && property(pagination, "page")) return { strategy: "page", item: data.items };
  return null;
}

export type ResultKind = "many" | "one" | "unknown";

/**
 * Whether an operation's JSON result is a collection (an array, or an object
 * whose `data` is one, paged or not) or one item (any other object); anything
 * else (no body, text, a bare string) the naming rules leave alone.
 */
export function resultKind(operation: Operation, schemas: Schemas): ResultKind {
  const body = resolve(jsonSuccessType(operation), schemas);
  if (body?.kind === "array") return "many";
  if (body?.kind !== "object") return "unknown";
  const data = resolve(property(body, "data")?.type, schemas);
  const nonNull = data?.kind === "union" ? data.members.filter((member) => !(member.kind === "keyword" && member.name === "null")) : data ? [data] : [];
  return nonNull.length === 1 && resolve(nonNull[0], schemas)?.kind === "array" ? "many" : "one";
}

/**
 * `POST /…/exports` answering 202, paired with `GET /…/exports/{export_id}`
 * whose `data` carries a `status`.
 */
export function taskPairs(operations: Operation[], schemas: Schemas): TaskPair[] {
  const pairs: TaskPair[] = [];
  for (const start of operations) {
    if (start.method !== "post" || !start.responses.some((response) => response.status === "202")) continue;
    for (const status of operations) {
      if (status.method !== "get") continue;
      const match = new RegExp(`^${escapeRegExp(start.path)}/\\{([^}]+)\\}$`).exec(status.path);
      if (!match) continue;
      const data = resolve(property(resolve(jsonSuccessType(status), schemas), "data")?.type, schemas);
      const started = resolve(property(resolve(jsonSuccessType(start), schemas), "data")?.type, schemas);
      // The waiter reads `data.status` as text and follows `data.id` of the start call's answer.
      if (!isText(property(data, "status")?.type, schemas) || !isText(property(started, "id")?.type, schemas)) continue;
      const collection = start.path.slice(start.path.lastIndexOf("/") + 1);
      pairs.push({ noun: singular(collection), start, status, idParameter: match[1]!, downloadable: property(data, "download_url") !== undefined });
    }
  }
  return pairs;
}

/** A string, string literals or an enum of strings, possibly nullable. */
function isText(type: TypeExpr | undefined, schemas: Schemas): boolean {
  const resolved = resolve(type, schemas);
  if (!resolved) return false;
  if (resolved.kind === "union") return resolved.members.every((member) => isText(member, schemas) || (member.kind === "keyword" && member.name === "null"));
  return (resolved.kind === "keyword" && resolved.name === "string") || (resolved.kind === "literal" && typeof resolved.value === "string");
}

/** `exports` → `Export`, `categories` → `Category`; good enough for path segments, which are plural nouns. */
export function singular(word: string): string {
  const capitalized = word.charAt(0).toUpperCase() + word.slice(1);
  if (/ies$/.test(capitalized)) return capitalized.slice(0, -3) + "y";
  if (/(ss|us|is)$/.test(capitalized)) return capitalized;
  if (/(x|ch|sh|ses)es$/.test(capitalized)) return capitalized.slice(0, -2);
  return capitalized.endsWith("s") ? capitalized.slice(0, -1) : capitalized;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const RATE_LIMIT_HEADER = /^(x-)?rate-?limit|^retry-after$/i;

/**
 * Whether the description admits a rate limit: a 429 response or a rate-limit header anywhere. A
 * client of an API that admits none sends bursts at once instead of probing for a hidden limit.
 */
export function declaresRateLimits(operations: readonly Operation[]): boolean {
  return operations.some((operation) =>
    operation.responses.some((response) => response.status === "429" || response.headers.some((header) => RATE_LIMIT_HEADER.test(header.name))),
  );
}
