const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"]);

/** RFC 9110 §9.2.2: repeating these has the same effect as sending them once. */
export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/**
 * Whether a request may be sent again after the server might already have acted on it:
 * only idempotent methods, or any method carrying an idempotency key the server deduplicates on.
 */
export function isReplaySafe(method: string, hasIdempotencyKey: boolean): boolean {
  return hasIdempotencyKey || isIdempotentMethod(method);
}

/** What one attempt produced, as far as the retry decision is concerned. */
export type AttemptOutcome =
  { kind: "response"; status: number } | { kind: "connection-error" } | { kind: "timeout" };

function isTransientServerStatus(status: number): boolean {
  // 501 and 505 state that the server will never handle this request; repeating cannot help.
  return status === 408 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}

export function shouldRetry(outcome: AttemptOutcome, replaySafe: boolean): boolean {
  if (outcome.kind !== "response") return replaySafe;
  // 429 is the one status that says the request was not processed at all.
  if (outcome.status === 429) return true;
  return isTransientServerStatus(outcome.status) && replaySafe;
}

const DELTA_SECONDS = /^\d+(\.\d+)?$/;
// RFC 9110 HTTP-date (IMF-fixdate, plus the obsolete RFC 850 and asctime forms): a weekday name leads all three.
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /i;

/**
 * The wait the server asked for, in milliseconds: `retry-after-ms`, else `Retry-After` as
 * delta-seconds or an HTTP-date relative to `now`. Undefined when absent or unparsable.
 */
export function parseRetryAfter(headers: Headers, now: number): number | undefined {
  const milliseconds = headers.get("retry-after-ms")?.trim();
  if (milliseconds && DELTA_SECONDS.test(milliseconds)) return Number(milliseconds);
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (DELTA_SECONDS.test(value)) return Number(value) * 1000;
  if (!HTTP_DATE.test(value)) return undefined;
  // asctime dates carry no zone, yet HTTP dates are always GMT.
  const date = Date.parse(/GMT$/i.test(value) ? value : `${value} GMT`);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

/**
 * Exponential backoff with full jitter: uniform in [0, min(cap, base·2^retryIndex)), so clients
 * that failed together do not come back together.
 */
export function backoffDelay(
  retryIndex: number,
  policy: BackoffPolicy,
  random: () => number,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** retryIndex);
  return Math.floor(random() * ceiling);
}
