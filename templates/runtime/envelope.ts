import { SdkError } from "./errors.js";
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

/**
 * A 2xx response whose envelope says `success: false` — how bulk operations report that some
 * items failed. Carries the whole envelope so the caller can see which ones.
 */
export class UnsuccessfulEnvelopeError extends SdkError {
  override name = "UnsuccessfulEnvelopeError";
  readonly status: number;
  readonly envelope: Record<string, unknown>;
  readonly data: unknown;
  readonly requestId: string | undefined;
  readonly errors: ProblemIssue[];
  readonly warnings: ProblemIssue[];
  readonly headers: Headers;

  constructor(envelope: Record<string, unknown>, response: { status: number; headers: Headers }) {
    const metadata = readEnvelopeMetadata(envelope);
    const shown = metadata.errors
      .slice(0, 3)
      .map((issue) => issue.message ?? issue.code)
      .filter((text): text is string => text !== undefined);
    let message = `${response.status} response reported success: false`;
    if (metadata.errors.length > 0) {
      const count = `${metadata.errors.length} error${metadata.errors.length === 1 ? "" : "s"}`;
      message += shown.length > 0 ? ` with ${count}: ${shown.join("; ")}` : ` with ${count}`;
    }
    if (metadata.requestId) message += ` (request ${metadata.requestId})`;
    super(message);
    this.status = response.status;
    this.envelope = envelope;
    this.data = envelope["data"];
    this.requestId = metadata.requestId;
    this.errors = metadata.errors;
    this.warnings = metadata.warnings;
    this.headers = response.headers;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      requestId: this.requestId,
      envelope: this.envelope,
    };
  }
}
