// Copied from templates/runtime/errors.ts by `npm run generate`. Do not edit: change that file, then regenerate.

import {
  parseProblem,
  summarizeBody,
  truncateBody,
  type ProblemDetails,
  type ProblemIssue,
} from "./problem.js";
import { redactUrl } from "./redact.js";
import { parseRateLimitHeaders } from "./rate-limit.js";
import { parseRetryAfter } from "./retry.js";
import { parseWwwAuthenticate, type AuthChallenge } from "./www-authenticate.js";

/** Root of every error the runtime throws, so one `instanceof` check catches them all. */
export class SdkError extends Error {
  override name = "SdkError";
}

/** The call was rejected before anything was sent (missing base URL, unsafe path parameter, unusable body). */
export class InvalidRequestError extends SdkError {
  override name = "InvalidRequestError";
}

/** No usable HTTP response: DNS failure, refused or reset connection, TLS failure. */
export class ConnectionError extends SdkError {
  override name = "ConnectionError";
  readonly method: string;
  readonly url: string;

  constructor(message: string, details: { method: string; url: string; cause?: unknown }) {
    super(message, { cause: details.cause });
    this.method = details.method;
    this.url = redactUrl(details.url);
  }
}

/** An attempt took longer than the configured `timeoutMs`. */
export class RequestTimeoutError extends ConnectionError {
  override name = "RequestTimeoutError";
}

/** The caller's `AbortSignal` fired; the reason is kept as `cause`. */
export class RequestAbortedError extends SdkError {
  override name = "RequestAbortedError";
}

/** A redirect could not be followed safely: too many hops, a non-HTTP target, or an opaque browser redirect. */
export class RedirectError extends SdkError {
  override name = "RedirectError";
}

/** A 2xx response whose body could not be read as the operation promised (e.g. malformed JSON). */
export class InvalidResponseError extends SdkError {
  override name = "InvalidResponseError";
  readonly status: number;
  readonly headers: Headers;
  readonly rawBody: string;

  constructor(
    message: string,
    details: { status: number; headers: Headers; rawBody: string; cause?: unknown },
  ) {
    super(message, { cause: details.cause });
    this.status = details.status;
    this.headers = details.headers;
    this.rawBody = truncateBody(details.rawBody);
  }
}

const REASON_PHRASES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  412: "Precondition Failed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  428: "Precondition Required",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export interface ApiResponseErrorInit {
  status: number;
  statusText?: string;
  headers: Headers;
  /** The response body as text, whatever its content type. */
  bodyText: string;
  method: string;
  url: string;
  /** The clock for `Retry-After` dates; the client passes its own. Default `Date.now`. */
  now?: () => number;
}

function describeIssues(issues: ProblemIssue[]): string | undefined {
  const messages = issues
    .slice(0, 3)
    .map((issue) => {
      const text = issue.message ?? issue.code;
      return issue.field && text ? `${issue.field}: ${text}` : text;
    })
    .filter((message): message is string => message !== undefined);
  if (messages.length === 0) return undefined;
  const more = issues.length - messages.length;
  return more > 0 ? `${messages.join("; ")} (and ${more} more)` : messages.join("; ");
}

function describeProblem(problem: ProblemDetails, reason: string): string | undefined {
  const summary =
    problem.detail ?? (problem.title && problem.title !== reason ? problem.title : undefined);
  const issues = describeIssues(problem.errors);
  if (summary && issues) return `${summary} [${issues}]`;
  return summary ?? issues;
}

/** `GET https://host/path` with credentials redacted, for messages. */
function callName(method: string, url: string): string {
  return `${method} ${redactUrl(url)}`;
}

/**
 * The API said no: a non-2xx response, or a 2xx envelope with `success: false`
 * ({@link UnsuccessfulEnvelopeError}). Subclasses narrow it by status; see {@link createApiError}.
 */
export class ApiResponseError extends SdkError {
  override name = "ApiResponseError";
  readonly status: number;
  /** Parsed problem details, when the body was a JSON object. */
  readonly problem: ProblemDetails | undefined;
  /** The problem's `trace_id`, else the `x-request-id` / `request-id` response header. */
  readonly requestId: string | undefined;
  readonly method: string;
  /** The request URL with credential-like query values redacted. */
  readonly url: string;
  readonly headers: Headers;
  /** The response body as text, truncated to a few kilobytes. */
  readonly rawBody: string;
  /** The server's `Retry-After` / `retry-after-ms`, in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(init: ApiResponseErrorInit, explanation?: string) {
    const problem = parseProblem(init.bodyText);
    const reason = REASON_PHRASES[init.status] ?? (init.statusText || "HTTP error");
    const requestId =
      problem?.trace_id ??
      init.headers.get("x-request-id") ??
      init.headers.get("request-id") ??
      undefined;
    const description = problem
      ? (describeProblem(problem, reason) ?? explanation)
      : (explanation ?? summarizeBody(init.bodyText));
    let message = `${callName(init.method, init.url)} answered ${init.status} ${reason}`;
    if (description) message += `: ${description}`;
    if (requestId) message += ` (trace ${requestId})`;
    super(message);
    this.status = init.status;
    this.problem = problem;
    this.requestId = requestId;
    this.method = init.method;
    this.url = redactUrl(init.url);
    this.headers = init.headers;
    this.rawBody = truncateBody(init.bodyText);
    this.retryAfterMs = parseRetryAfter(init.headers, (init.now ?? Date.now)());
  }

  get errors(): ProblemIssue[] {
    return this.problem?.errors ?? [];
  }

  get warnings(): ProblemIssue[] {
    return this.problem?.warnings ?? [];
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      requestId: this.requestId,
      method: this.method,
      url: this.url,
      problem: this.problem,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

export class BadRequestError extends ApiResponseError {
  override name = "BadRequestError";
}

export class AuthenticationError extends ApiResponseError {
  override name = "AuthenticationError";
  /** Every challenge of the `WWW-Authenticate` header. */
  readonly challenges: AuthChallenge[];
  /** The Bearer challenge if there is one, else the first. */
  readonly challenge: AuthChallenge | undefined;

  constructor(init: ApiResponseErrorInit) {
    const challenges = parseWwwAuthenticate(init.headers.get("www-authenticate"));
    const challenge = challenges.find((c) => c.scheme.toLowerCase() === "bearer") ?? challenges[0];
    super(init, challenge?.error_description ?? challenge?.error);
    this.challenges = challenges;
    this.challenge = challenge;
  }
}

export class PermissionDeniedError extends ApiResponseError {
  override name = "PermissionDeniedError";
}

export class NotFoundError extends ApiResponseError {
  override name = "NotFoundError";
}

export class ConflictError extends ApiResponseError {
  override name = "ConflictError";
}

export class UnprocessableEntityError extends ApiResponseError {
  override name = "UnprocessableEntityError";

  /** Messages grouped by the field they concern. */
  get fieldErrors(): Record<string, string[]> {
    const byField: Record<string, string[]> = {};
    for (const issue of this.errors) {
      if (issue.field === undefined) continue;
      (byField[issue.field] ??= []).push(issue.message ?? issue.code ?? "invalid");
    }
    return byField;
  }
}

export class RateLimitError extends ApiResponseError {
  override name = "RateLimitError";
  readonly limit: number | undefined;
  readonly remaining: number | undefined;
  /** When the server's window resets (from `X-RateLimit-Reset`). */
  readonly resetAt: Date | undefined;

  constructor(init: ApiResponseErrorInit) {
    super(init);
    const rateLimit = parseRateLimitHeaders(init.headers, (init.now ?? Date.now)());
    this.limit = rateLimit.limit;
    this.remaining = rateLimit.remaining;
    this.resetAt = rateLimit.resetAt === undefined ? undefined : new Date(rateLimit.resetAt);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      limit: this.limit,
      remaining: this.remaining,
      resetAt: this.resetAt,
    };
  }
}

export class InternalServerError extends ApiResponseError {
  override name = "InternalServerError";
}

/** Builds the most specific error class for a non-2xx response. */
export function createApiError(init: ApiResponseErrorInit): ApiResponseError {
  switch (init.status) {
    case 400:
      return new BadRequestError(init);
    case 401:
      return new AuthenticationError(init);
    case 403:
      return new PermissionDeniedError(init);
    case 404:
      return new NotFoundError(init);
    case 409:
      return new ConflictError(init);
    case 422:
      return new UnprocessableEntityError(init);
    case 429:
      return new RateLimitError(init);
    default:
      return init.status >= 500 ? new InternalServerError(init) : new ApiResponseError(init);
  }
}
