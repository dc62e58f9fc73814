import { ApiResponseError } from "./errors.js";
import { redactUrl } from "./redact.js";
import { isRecord, toIssues, type ProblemIssue } from "./problem.js";

/** The success envelope `{ data, success, request_id, errors, warnings }`. */
export interface ResponseEnvelope<T = unknown> {
  data?: T;
  success?: boolean;
  request_id?: string;
  errors?: unknown[];
  warnings?: unknown[];
}

export interface EnvelopeMetadata {
  success: boolean | undefined;
  requestId: string | undefined;
  /** Entries normalised to `{ code, message, field, details }`. */
  errors: ProblemIssue[];
  warnings: ProblemIssue[];
}

/** Reads `request_id`, `success`, `errors` and `warnings` from any response body, enveloped or not. */
export function readEnvelopeMetadata(body: unknown): EnvelopeMetadata {
  if (!isRecord(body))
    return { success: undefined, requestId: undefined, errors: [], warnings: [] };
  return {
    success: typeof body["success"] === "boolean" ? body["success"] : undefined,
    requestId: typeof body["request_id"] === "string" ? body["request_id"] : undefined,
    errors: toIssues(body["errors"]),
    warnings: toIssues(body["warnings"]),
  };
}

/** Where an unsuccessful envelope came from. */
export interface EnvelopeResponse {
  status: number;
  headers: Headers;
  method: string;
  url: string;
  /** The body as received. */
  bodyText: string;
  now?: () => number;
}

/**
 * A 2xx response whose envelope says `success: false`: how bulk operations report that some
 * items failed. The API said no, so it is an {@link ApiResponseError}; it carries the whole
 * envelope so the caller can see which items.
 */
export class UnsuccessfulEnvelopeError extends ApiResponseError {
  override name = "UnsuccessfulEnvelopeError";
  readonly envelope: Record<string, unknown>;
  readonly data: unknown;

  constructor(envelope: Record<string, unknown>, response: EnvelopeResponse) {
    // The envelope's request_id, errors and warnings are read by the problem parser like any body's.
    super(response);
    const metadata = readEnvelopeMetadata(envelope);
    const shown = metadata.errors
      .slice(0, 3)
      .map((issue) => issue.message ?? issue.code)
      .filter((text): text is string => text !== undefined);
    let message = `${response.method} ${redactUrl(response.url)} answered ${response.status} with success: false`;
    if (metadata.errors.length > 0) {
      const count = `${metadata.errors.length} error${metadata.errors.length === 1 ? "" : "s"}`;
      message += shown.length > 0 ? ` and ${count}: ${shown.join("; ")}` : ` and ${count}`;
    }
    if (metadata.requestId) message += ` (request ${metadata.requestId})`;
    this.message = message;
    this.envelope = envelope;
    this.data = envelope["data"];
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), envelope: this.envelope };
  }
}
