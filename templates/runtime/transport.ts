import {
  ConnectionError,
  RedirectError,
  RequestAbortedError,
  RequestTimeoutError,
  SdkError,
} from "./errors.js";
import type { RateLimitPacer } from "./rate-limit.js";
import { redactSecret, redactUrl } from "./redact.js";
import {
  backoffDelay,
  isReplaySafe,
  parseRetryAfter,
  shouldRetry,
  type AttemptOutcome,
} from "./retry.js";
import { attemptSignal, untilAborted, type Sleep } from "./timing.js";

/** Returns the bearer token to use; called before every attempt, so it can refresh. */
export type TokenProvider = () => string | Promise<string>;

/** Events passed to the `logger` option. URLs are redacted; headers and bodies are never included. */
export type ClientLogEvent =
  | { type: "request"; method: string; url: string; attempt: number }
  | {
      type: "response";
      method: string;
      url: string;
      attempt: number;
      status: number;
      durationMs: number;
    }
  | {
      type: "redirect";
      method: string;
      from: string;
      to: string;
      status: number;
      credentialsSent: boolean;
    }
  | { type: "retry"; method: string; url: string; attempt: number; delayMs: number; reason: string }
  | { type: "rate-limit-wait"; method: string; url: string; waitedMs: number };

export type ClientLogger = (event: ClientLogEvent) => void;

export interface TransportSettings {
  /** Origin that receives the bearer token; every other origin gets none. */
  apiOrigin: string;
  token: string | TokenProvider | undefined;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  maxRetries: number;
  timeoutMs: number;
  maxTotalWaitMs: number;
  maxRetryAfterMs: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  maxRedirects: number;
  pacer: RateLimitPacer | undefined;
  logger: ClientLogger | undefined;
  now: () => number;
  sleep: Sleep;
  random: () => number;
}

export interface SendOptions {
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
  /**
   * Read the whole body inside the attempt, so the timeout and retries cover it. Off for
   * streamed responses, whose body belongs to the caller once headers arrive.
   */
  readBody: boolean;
  /** False for hosts other than the API (e.g. storage download URLs): no token, no pacing. */
  apiCall: boolean;
}

type Outcome =
  { response: Response; error?: undefined } | { response?: undefined; error: ConnectionError };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

// Headers that carry no credential and may follow a redirect to another origin; everything else
// (Authorization, Cookie, API-key headers of any name) stays behind.
const CROSS_ORIGIN_SAFE_HEADERS = new Set([
  "accept",
  "accept-language",
  "cache-control",
  "content-language",
  "content-type",
  "if-match",
  "if-modified-since",
  "if-none-match",
  "if-range",
  "if-unmodified-since",
  "range",
  "user-agent",
]);

function crossOriginHeaders(headers: Headers): Headers {
  const safe = new Headers();
  headers.forEach((value, name) => {
    if (CROSS_ORIGIN_SAFE_HEADERS.has(name)) safe.set(name, value);
  });
  return safe;
}

function abortedOr(error: unknown, signal: AbortSignal): unknown {
  return signal.aborted
    ? new RequestAbortedError("The request was aborted", { cause: signal.reason })
    : error;
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === "string" ? `${code} (${cause.message})` : cause.message;
  }
  return error.message;
}

/**
 * The fetch that openapi-fetch calls: adds the token, paces, times out, follows redirects
 * safely and retries. It returns the final response whatever its status; turning non-2xx
 * into errors is left to the caller so openapi-fetch users still see the raw response.
 */
export class Transport {
  readonly #settings: TransportSettings;

  constructor(settings: TransportSettings) {
    this.#settings = settings;
  }

  async send(request: Request, options: SendOptions): Promise<Response> {
    const settings = this.#settings;
    const signal = options.signal ?? request.signal;
    const maxRetries = options.maxRetries ?? settings.maxRetries;
    const replaySafe = isReplaySafe(request.method, request.headers.has("idempotency-key"));
    if (signal.aborted)
      throw new RequestAbortedError("The request was aborted before it was sent", {
        cause: signal.reason,
      });
    // Buffered once so every attempt re-sends the same bytes, whatever the original body type.
    const body = request.body === null ? null : await request.arrayBuffer();
    const pacer = options.apiCall ? settings.pacer : undefined;
    let waitedMs = 0;
    for (let attempt = 1; ; attempt++) {
      if (pacer) {
        // Not raced against the signal: acquire() watches it itself, and a slot it grants must be released.
        const heldMs = await pacer
          .acquire(signal, settings.maxTotalWaitMs - waitedMs)
          .catch((error: unknown) => {
            throw abortedOr(error, signal);
          });
        waitedMs += heldMs;
        if (heldMs > 0)
          this.#log(() => ({
            type: "rate-limit-wait",
            method: request.method,
            url: redactUrl(request.url),
            waitedMs: heldMs,
          }));
      }
      let outcome: Outcome;
      try {
        outcome = await this.#attempt(request, body, signal, options, attempt);
      } catch (error) {
        pacer?.release(undefined);
        throw error;
      }
      pacer?.release(outcome.response?.headers);
      const delayMs = this.#retryDelay(outcome, replaySafe, attempt, maxRetries, waitedMs);
      if (delayMs === undefined) {
        if (outcome.error) throw outcome.error;
        return outcome.response;
      }
      this.#log(() => ({
        type: "retry",
        method: request.method,
        url: redactUrl(request.url),
        attempt,
        delayMs,
        reason: outcome.response ? `status ${outcome.response.status}` : outcome.error.name,
      }));
      await this.#guardAbort(settings.sleep(delayMs, signal), signal);
      waitedMs += delayMs;
    }
  }

  /** Milliseconds to wait before the next attempt, or undefined when this outcome is final. */
  #retryDelay(
    outcome: Outcome,
    replaySafe: boolean,
    attempt: number,
    maxRetries: number,
    waitedMs: number,
  ): number | undefined {
    const settings = this.#settings;
    const kind: AttemptOutcome = outcome.response
      ? { kind: "response", status: outcome.response.status }
      : { kind: outcome.error instanceof RequestTimeoutError ? "timeout" : "connection-error" };
    if (attempt > maxRetries || !shouldRetry(kind, replaySafe)) return undefined;
    const retryAfterMs = outcome.response
      ? parseRetryAfter(outcome.response.headers, settings.now())
      : undefined;
    if (retryAfterMs !== undefined && retryAfterMs > settings.maxRetryAfterMs) return undefined;
    const delayMs =
      retryAfterMs ??
      backoffDelay(
        attempt - 1,
        { baseMs: settings.backoffBaseMs, capMs: settings.backoffCapMs },
        settings.random,
      );
    return waitedMs + delayMs > settings.maxTotalWaitMs ? undefined : delayMs;
  }

  /** One attempt: resolves with the final response (redirects followed) or a retryable connection error. */
  async #attempt(
    request: Request,
    body: ArrayBuffer | null,
    callerSignal: AbortSignal,
    options: SendOptions,
    attempt: number,
  ): Promise<Outcome> {
    const settings = this.#settings;
    const token = options.apiCall
      ? await this.#guardAbort(this.#resolveToken(), callerSignal)
      : undefined;
    const timeoutMs = options.timeoutMs ?? settings.timeoutMs;
    const timer = attemptSignal(callerSignal, timeoutMs);
    const trustedOrigin = options.apiCall ? settings.apiOrigin : new URL(request.url).origin;
    let url = request.url;
    let method = request.method;
    let hopBody = body;
    let headers = new Headers(request.headers);
    let leftTrustedOrigin = false;
    let keepTimerForStream = false;
    try {
      for (let hop = 0; ; hop++) {
        leftTrustedOrigin ||= new URL(url).origin !== trustedOrigin;
        if (leftTrustedOrigin) headers = crossOriginHeaders(headers);
        const sendsToken = token !== undefined && token !== "" && !leftTrustedOrigin;
        if (sendsToken) headers.set("authorization", `Bearer ${token}`);
        const startedAt = settings.now();
        this.#log(() => ({ type: "request", method, url: redactUrl(url), attempt }));
        const response = await settings.fetch(url, {
          method,
          headers,
          body: hopBody,
          signal: timer.signal,
          redirect: "manual",
        });
        this.#log(() => ({
          type: "response",
          method,
          url: redactUrl(url),
          attempt,
          status: response.status,
          durationMs: settings.now() - startedAt,
        }));
        if (response.type === "opaqueredirect") {
          throw new RedirectError(
            "The server redirected, and this environment hides redirect targets; refusing to follow blindly",
          );
        }
        const location = REDIRECT_STATUSES.has(response.status)
          ? response.headers.get("location")
          : null;
        if (location === null) {
          if (options.readBody || !response.ok)
            return { response: await bufferResponse(response, method, token) };
          keepTimerForStream = true;
          timer.stopTimer();
          return { response };
        }
        await response.body?.cancel();
        if (hop >= settings.maxRedirects)
          throw new RedirectError(`Stopped after ${settings.maxRedirects} redirects`);
        const next = new URL(location, url);
        if (next.protocol !== "https:" && next.protocol !== "http:") {
          throw new RedirectError(`Refusing to follow a redirect to a ${next.protocol} URL`);
        }
        if (
          response.status === 303
            ? method !== "HEAD"
            : (response.status === 301 || response.status === 302) && method === "POST"
        ) {
          method = "GET";
          hopBody = null;
          headers.delete("content-type");
          headers.delete("content-length");
        }
        this.#log(() => ({
          type: "redirect",
          method,
          from: redactUrl(url),
          to: redactUrl(next.href),
          status: response.status,
          credentialsSent: sendsToken,
        }));
        url = next.href;
      }
    } catch (error) {
      if (error instanceof SdkError) throw error;
      if (callerSignal.aborted) throw abortedOr(error, callerSignal);
      const safeUrl = redactUrl(url);
      if (timer.timedOut()) {
        return {
          error: new RequestTimeoutError(`${method} ${safeUrl} timed out after ${timeoutMs} ms`, {
            method,
            url,
            cause: error,
          }),
        };
      }
      return {
        error: new ConnectionError(`${method} ${safeUrl} failed: ${describeCause(error)}`, {
          method,
          url,
          cause: error,
        }),
      };
    } finally {
      if (!keepTimerForStream) timer.dispose();
    }
  }

  async #resolveToken(): Promise<string | undefined> {
    const token = this.#settings.token;
    return typeof token === "function" ? await token() : token;
  }

  /** Awaits `promise`, turning an abort of `signal` into {@link RequestAbortedError} at once. */
  async #guardAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
    try {
      return await untilAborted(promise, signal);
    } catch (error) {
      throw abortedOr(error, signal);
    }
  }

  /** Takes a builder so that, without a logger, no event (and no URL redaction) is computed. */
  #log(build: () => ClientLogEvent): void {
    const logger = this.#settings.logger;
    if (!logger) return;
    try {
      logger(build());
    } catch {
      // A logging hook must never change the outcome of a request.
    }
  }
}

/**
 * Reads the body while the attempt's timeout still applies. Error bodies are also scrubbed of
 * the token, in case a server echoes the request back.
 */
async function bufferResponse(
  response: Response,
  method: string,
  token: string | undefined,
): Promise<Response> {
  const bytes = await response.arrayBuffer();
  const hasBody = !NULL_BODY_STATUSES.has(response.status) && method !== "HEAD";
  const body = !hasBody
    ? null
    : response.ok
      ? bytes
      : redactSecret(new TextDecoder().decode(bytes), token);
  const buffered = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(buffered, "url", { value: response.url });
  return buffered;
}
