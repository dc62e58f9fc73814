// Copied from templates/runtime/transport.ts by `npm run generate`. Do not edit: change that file, then regenerate.

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
import { follow, unfollow, untilAborted, type Sleep } from "./timing.js";
import { parseWwwAuthenticate } from "./www-authenticate.js";

/** What the client tells a token function; `refresh` is set once after the API rejected `rejectedToken`. */
export interface TokenRequest {
  refresh: boolean;
  /** The token a 401 `invalid_token` answer just refused. */
  rejectedToken?: string;
}

/**
 * Returns the bearer token to use; called before every attempt. After a 401 `invalid_token`
 * it is called once more with `{ refresh: true }`, and the call is retried once with the result.
 */
export type TokenProvider = (request?: TokenRequest) => string | Promise<string>;

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
  | { type: "rate-limit-wait"; method: string; url: string; waitedMs: number }
  | { type: "token-refresh"; method: string; url: string }
  | { type: "pagination-stopped"; reason: "repeated-cursor"; pages: number };

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

/**
 * How a 2xx body is read. Everything but `stream` is read inside the attempt, so the timeout
 * and retries cover it; a `stream` body belongs to the caller once the headers arrive.
 */
export type ReadMode = "json" | "text" | "blob" | "bytes" | "none" | "stream";

/** One call as the transport sends it; every attempt re-sends the same parts. */
export interface OutgoingCall {
  /** Upper case. */
  method: string;
  url: string;
  /** Lower-case names; never includes Authorization, which is added per attempt. Not modified. */
  headers: Record<string, string>;
  /** A body fetch can send again on every attempt (not a stream). */
  body: BodyInit | null;
  read: ReadMode;
  /** False for hosts other than the API (e.g. storage download URLs): no token, no pacing. */
  apiCall: boolean;
  signal: AbortSignal | undefined;
  timeoutMs: number | undefined;
  maxRetries: number | undefined;
}

/**
 * The final response and its body as read for the call: a string for `json`, `text` and every
 * non-2xx (scrubbed of the token), a `Blob`, an `ArrayBuffer`, the stream, or undefined.
 */
export interface Received {
  response: Response;
  body: unknown;
}

type Outcome =
  { received: Received; error?: undefined } | { received?: undefined; error: ConnectionError };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([204, 205, 304]);
const FIRST_TOKEN_REQUEST: TokenRequest = Object.freeze({ refresh: false });

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

function crossOriginHeaders(headers: Record<string, string>): Record<string, string> {
  const safe: Record<string, string> = Object.create(null);
  for (const name in headers) {
    if (CROSS_ORIGIN_SAFE_HEADERS.has(name)) safe[name] = headers[name] as string;
  }
  return safe;
}

function abortedError(
  call: OutgoingCall,
  signal: AbortSignal,
  when = "was aborted",
): RequestAbortedError {
  return new RequestAbortedError(`${call.method} ${redactUrl(call.url)} ${when}`, {
    cause: signal.reason,
  });
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

/** `url` is normalised (from `URL.href` or a `Request`), so its origin is exactly its prefix. */
function isWithinOrigin(url: string, origin: string): boolean {
  return url.length > origin.length
    ? url.startsWith(origin) && url[origin.length] === "/"
    : url === origin;
}

function isInvalidTokenAnswer(response: Response): boolean {
  if (response.status !== 401) return false;
  return parseWwwAuthenticate(response.headers.get("www-authenticate")).some(
    (challenge) =>
      challenge.scheme.toLowerCase() === "bearer" && challenge.error === "invalid_token",
  );
}

function onAttemptTimeout(control: AttemptControl): void {
  control.timedOut = true;
  control.controller.abort(new Error("attempt timed out"));
}

/**
 * The abort signal of one attempt: fires when the caller aborts or the timeout elapses. It follows
 * the caller's signal itself (`handleEvent`), so an attempt allocates no closures, and `release()`
 * leaves nothing behind on the caller's signal.
 */
class AttemptControl {
  readonly controller = new AbortController();
  timedOut = false;
  readonly #caller: AbortSignal | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(caller: AbortSignal | undefined, timeoutMs: number) {
    this.#caller = caller;
    if (caller) follow(caller, this);
    this.#timer = setTimeout(onAttemptTimeout, timeoutMs, this);
  }

  handleEvent(): void {
    this.controller.abort(this.#caller?.reason);
  }

  stopTimer(): void {
    clearTimeout(this.#timer);
  }

  release(): void {
    clearTimeout(this.#timer);
    if (this.#caller) unfollow(this.#caller, this);
  }
}

/**
 * A streamed body that lets go of the attempt (the listener on the caller's signal) as soon as
 * it is read to the end, fails or is cancelled.
 */
function releasingStream(
  body: ReadableStream<Uint8Array>,
  control: AttemptControl,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reader.read();
        if (chunk.done) {
          control.release();
          controller.close();
        } else controller.enqueue(chunk.value);
      } catch (error) {
        control.release();
        controller.error(error);
      }
    },
    cancel(reason) {
      control.release();
      return reader.cancel(reason);
    },
  });
}

/**
 * Sends calls: adds the token, paces, times out, follows redirects safely and retries. It
 * resolves with the final response whatever its status; turning non-2xx into errors is left to
 * the caller, so openapi-fetch users still see the raw response.
 */
export class Transport {
  readonly #settings: TransportSettings;

  constructor(settings: TransportSettings) {
    this.#settings = settings;
  }

  async send(call: OutgoingCall): Promise<Received> {
    const settings = this.#settings;
    const signal = call.signal;
    if (signal?.aborted) throw abortedError(call, signal, "was aborted before it was sent");
    const maxRetries = call.maxRetries ?? settings.maxRetries;
    const replaySafe = isReplaySafe(call.method, call.headers["idempotency-key"] !== undefined);
    const pacer = call.apiCall ? settings.pacer : undefined;
    let tokenRequest = FIRST_TOKEN_REQUEST;
    let waitedMs = 0;
    for (let attempt = 1; ; attempt++) {
      if (pacer) {
        let heldMs = pacer.acquire(signal, settings.maxTotalWaitMs - waitedMs);
        if (typeof heldMs !== "number") {
          // Not raced against the signal: acquire() watches it itself, and a slot it grants must be released.
          heldMs = await heldMs.catch((error: unknown) => {
            throw signal?.aborted ? abortedError(call, signal) : error;
          });
          waitedMs += heldMs;
          if (settings.logger)
            this.#log({
              type: "rate-limit-wait",
              method: call.method,
              url: redactUrl(call.url),
              waitedMs: heldMs,
            });
        }
      }
      let outcome: Outcome;
      let sentToken: string | undefined;
      try {
        sentToken = call.apiCall ? await this.#token(tokenRequest, call) : undefined;
        outcome = await this.#attempt(call, sentToken, attempt);
      } catch (error) {
        pacer?.release(undefined, 0);
        throw error;
      }
      const response = outcome.received?.response;
      pacer?.release(response?.headers, response?.status ?? 0);
      if (
        response &&
        tokenRequest === FIRST_TOKEN_REQUEST &&
        typeof settings.token === "function" &&
        sentToken !== undefined &&
        isInvalidTokenAnswer(response)
      ) {
        // Once per call: a token that is refused again is the caller's problem, not a loop.
        tokenRequest = { refresh: true, rejectedToken: sentToken };
        if (settings.logger)
          this.#log({ type: "token-refresh", method: call.method, url: redactUrl(call.url) });
        continue;
      }
      const delayMs = this.#retryDelay(outcome, replaySafe, attempt, maxRetries, waitedMs);
      if (delayMs === undefined) {
        if (outcome.error) throw outcome.error;
        return outcome.received;
      }
      if (settings.logger)
        this.#log({
          type: "retry",
          method: call.method,
          url: redactUrl(call.url),
          attempt,
          delayMs,
          reason: outcome.received
            ? `status ${outcome.received.response.status}`
            : outcome.error.name,
        });
      await this.#guardAbort(settings.sleep(delayMs, signal), call);
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
    const response = outcome.received?.response;
    if (response?.ok) return undefined;
    const kind: AttemptOutcome = response
      ? { kind: "response", status: response.status }
      : { kind: outcome.error instanceof RequestTimeoutError ? "timeout" : "connection-error" };
    if (attempt > maxRetries || !shouldRetry(kind, replaySafe)) return undefined;
    const retryAfterMs = response ? parseRetryAfter(response.headers, settings.now()) : undefined;
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
  async #attempt(call: OutgoingCall, token: string | undefined, attempt: number): Promise<Outcome> {
    const settings = this.#settings;
    const timeoutMs = call.timeoutMs ?? settings.timeoutMs;
    const control = new AttemptControl(call.signal, timeoutMs);
    const trustedOrigin = call.apiCall ? settings.apiOrigin : new URL(call.url).origin;
    let url = call.url;
    let method = call.method;
    let body = call.body;
    let headers = call.headers;
    let leftTrustedOrigin = false;
    let keepsCallerSignal = false;
    try {
      for (let hop = 0; ; hop++) {
        if (!leftTrustedOrigin && !isWithinOrigin(url, trustedOrigin)) {
          leftTrustedOrigin = true;
          headers = crossOriginHeaders(headers);
        }
        const sendsToken = token !== undefined && token !== "" && !leftTrustedOrigin;
        const startedAt = settings.logger ? settings.now() : 0;
        if (settings.logger) this.#log({ type: "request", method, url: redactUrl(url), attempt });
        const response = await settings.fetch(url, {
          method,
          headers: sendsToken ? { ...headers, authorization: `Bearer ${token}` } : headers,
          body,
          signal: control.controller.signal,
          redirect: "manual",
        });
        if (settings.logger)
          this.#log({
            type: "response",
            method,
            url: redactUrl(url),
            attempt,
            status: response.status,
            durationMs: settings.now() - startedAt,
          });
        if (response.type === "opaqueredirect") {
          throw new RedirectError(
            `${method} ${redactUrl(url)} was redirected, and this environment hides redirect targets; refusing to follow blindly`,
          );
        }
        const location = REDIRECT_STATUSES.has(response.status)
          ? response.headers.get("location")
          : null;
        if (location === null) {
          if (!response.ok || call.read !== "stream") {
            return {
              received: { response, body: await readBody(response, method, call.read, token) },
            };
          }
          control.stopTimer();
          if (!call.signal || !response.body)
            return { received: { response, body: response.body } };
          keepsCallerSignal = true;
          const stream = releasingStream(response.body, control);
          return { received: { response: withBody(response, stream), body: stream } };
        }
        await response.body?.cancel();
        if (hop >= settings.maxRedirects)
          throw new RedirectError(
            `${call.method} ${redactUrl(call.url)} stopped after ${settings.maxRedirects} redirects`,
          );
        const next = new URL(location, url);
        if (next.protocol !== "https:" && next.protocol !== "http:") {
          throw new RedirectError(
            `${method} ${redactUrl(url)}: refusing to follow a redirect to a ${next.protocol} URL`,
          );
        }
        if (
          response.status === 303
            ? method !== "HEAD"
            : (response.status === 301 || response.status === 302) && method === "POST"
        ) {
          method = "GET";
          body = null;
          headers = { ...headers };
          delete headers["content-type"];
          delete headers["content-length"];
        }
        if (settings.logger)
          this.#log({
            type: "redirect",
            method,
            from: redactUrl(url),
            to: redactUrl(next.href),
            status: response.status,
            credentialsSent: sendsToken,
          });
        url = next.href;
      }
    } catch (error) {
      if (error instanceof SdkError) throw error;
      if (call.signal?.aborted) throw abortedError({ ...call, method, url }, call.signal);
      const safeUrl = redactUrl(url);
      if (control.timedOut) {
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
      if (!keepsCallerSignal) control.release();
    }
  }

  #token(
    request: TokenRequest,
    call: OutgoingCall,
  ): string | undefined | Promise<string | undefined> {
    const token = this.#settings.token;
    if (typeof token !== "function") return token;
    const signal = call.signal;
    return signal ? this.#guardAbort(Promise.resolve(token(request)), call) : token(request);
  }

  /** Awaits `promise`, turning an abort of the call's signal into {@link RequestAbortedError} at once. */
  async #guardAbort<T>(promise: Promise<T>, call: OutgoingCall): Promise<T> {
    const signal = call.signal;
    try {
      return await untilAborted(promise, signal);
    } catch (error) {
      throw signal?.aborted ? abortedError(call, signal) : error;
    }
  }

  #log(event: ClientLogEvent): void {
    try {
      this.#settings.logger?.(event);
    } catch {
      // A logging hook must never change the outcome of a request.
    }
  }
}

/** A response with another body, keeping status, headers and URL. */
function withBody(response: Response, body: BodyInit | null): Response {
  const copy = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(copy, "url", { value: response.url });
  return copy;
}

/**
 * Reads the body while the attempt's timeout still applies. Error bodies are also scrubbed of
 * the token, in case a server echoes the request back.
 */
async function readBody(
  response: Response,
  method: string,
  read: ReadMode,
  token: string | undefined,
): Promise<unknown> {
  if (!response.ok) {
    const text = await response.text();
    return NULL_BODY_STATUSES.has(response.status) || method === "HEAD"
      ? ""
      : redactSecret(text, token);
  }
  switch (read) {
    case "json":
    case "text":
      return response.text();
    case "blob":
      return response.blob();
    case "bytes":
      return response.arrayBuffer();
    default:
      await response.body?.cancel();
      return undefined;
  }
}
