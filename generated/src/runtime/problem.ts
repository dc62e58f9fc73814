// Copied from templates/runtime/problem.ts by `npm run generate`. Do not edit: change that file, then regenerate.

/** One entry of a problem's `errors` or `warnings` list. */
export interface ProblemIssue {
  code?: string;
  message?: string;
  field?: string;
  details?: unknown;
}

/** RFC 9457 problem details, plus the `trace_id`, `errors` and `warnings` extensions the APIs use. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  trace_id?: string;
  errors: ProblemIssue[];
  warnings: ProblemIssue[];
  /** The parsed body as received, for members not listed above. */
  body: Record<string, unknown>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function toIssue(entry: unknown): ProblemIssue {
  if (typeof entry === "string") return { message: entry };
  if (!isRecord(entry)) return { details: entry };
  const issue: ProblemIssue = {};
  const code = optionalString(entry["code"]) ?? optionalString(entry["error_code"]);
  const message =
    optionalString(entry["message"]) ??
    optionalString(entry["description"]) ??
    optionalString(entry["reason"]);
  const location = entry["location"];
  const field =
    optionalString(entry["field"]) ??
    optionalString(entry["property"]) ??
    (Array.isArray(location) && location.length > 0 ? location.join(".") : undefined);
  if (code !== undefined) issue.code = code;
  if (message !== undefined) issue.message = message;
  if (field !== undefined) issue.field = field;
  if (entry["details"] !== undefined) issue.details = entry["details"];
  return issue;
}

/**
 * Accepts both a list of issues and the `{ field: [messages] }` map that ASP.NET-style
 * validation problems use, so field errors come out the same either way.
 */
export function toIssues(value: unknown): ProblemIssue[] {
  if (Array.isArray(value)) return value.map(toIssue);
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([field, messages]) =>
    (Array.isArray(messages) ? messages : [messages]).map((message) => ({
      ...toIssue(message),
      field,
    })),
  );
}

/**
 * The issues of a problem without `errors`, from the first other member that is a list of
 * messages: Prism's `validation`, RFC 9457's `invalid-params` example, and the like.
 */
function otherIssues(body: Record<string, unknown>): ProblemIssue[] {
  for (const [name, value] of Object.entries(body)) {
    if (name === "errors" || name === "warnings" || !Array.isArray(value) || value.length === 0)
      continue;
    const issues = value.map(toIssue);
    if (issues.every((issue) => issue.message !== undefined)) return issues;
  }
  return [];
}

/** Reads problem details from an already parsed JSON body; undefined when it is not a JSON object. */
export function toProblem(body: unknown): ProblemDetails | undefined {
  if (!isRecord(body)) return undefined;
  const errors = toIssues(body["errors"]);
  const problem: ProblemDetails = {
    errors: errors.length > 0 ? errors : otherIssues(body),
    warnings: toIssues(body["warnings"]),
    body,
  };
  const type = optionalString(body["type"]);
  const title = optionalString(body["title"]);
  const detail =
    optionalString(body["detail"]) ??
    optionalString(body["message"]) ??
    optionalString(body["error_description"]) ??
    optionalString(body["error"]);
  const instance = optionalString(body["instance"]);
  const traceId =
    optionalString(body["trace_id"]) ??
    optionalString(body["traceId"]) ??
    optionalString(body["request_id"]);
  if (type !== undefined) problem.type = type;
  if (title !== undefined) problem.title = title;
  if (typeof body["status"] === "number") problem.status = body["status"];
  if (detail !== undefined) problem.detail = detail;
  if (instance !== undefined) problem.instance = instance;
  if (traceId !== undefined) problem.trace_id = traceId;
  return problem;
}

/**
 * Parses an error body whatever its declared content type: proxies mislabel bodies and
 * servers truncate them, so the text decides, and anything unparsable yields undefined.
 */
export function parseProblem(text: string): ProblemDetails | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{")) return undefined;
  try {
    return toProblem(JSON.parse(trimmed));
  } catch {
    return undefined;
  }
}

const SUMMARY_LENGTH = 200;

/** A one-line, human-readable excerpt of a non-JSON body (HTML tags stripped). */
export function summarizeBody(text: string): string {
  const looksLikeHtml = /^\s*</.test(text);
  const visible = looksLikeHtml
    ? text.replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]*>/g, " ")
    : text;
  const oneLine = visible.replace(/\s+/g, " ").trim();
  return oneLine.length > SUMMARY_LENGTH ? `${oneLine.slice(0, SUMMARY_LENGTH)}…` : oneLine;
}

const RAW_BODY_LIMIT = 8192;

/** Keeps error bodies bounded in memory and in logs, saying how much was cut. */
export function truncateBody(text: string): string {
  if (text.length <= RAW_BODY_LIMIT) return text;
  return `${text.slice(0, RAW_BODY_LIMIT)}… [truncated ${text.length - RAW_BODY_LIMIT} characters]`;
}
