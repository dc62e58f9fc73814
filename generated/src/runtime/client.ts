// Copied from templates/runtime/client.ts by `npm run generate`. Do not edit: change that file, then regenerate.

import createOpenApiClient, { type Client } from "openapi-fetch";
import { InvalidRequestError, InvalidResponseError, createApiError } from "./errors.js";
import { UnsuccessfulEnvelopeError } from "./envelope.js";
import { isRecord } from "./problem.js";
import { RateLimitPacer } from "./rate-limit.js";
import { serializeBody, serializeCookies, serializePathParameters } from "./serialize.js";
import { sleep as realSleep, type Sleep } from "./timing.js";
import { Transport, type ClientLogger, type TokenProvider } from "./transport.js";

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** How the generated code describes one operation. */
export interface OperationSpec {
  method: HttpMethod;
  /** Path template, e.g. `/v3/projects/{project_id}`. */
  path: string;
  /** Media type of the request body, e.g. `application/json` or `multipart/form-data`. */
  requestMediaType?: string;
  /** How to read a 2xx body. */
  response: "json" | "text" | "blob" | "stream" | "none";
  /** The 2xx body is a `{ data, success, request_id, errors, warnings }` envelope. */
  envelope?: boolean;
  /** The names of the operation's parameters, by location, for resource methods that take them side by side. */
  parameters?: Partial<Record<ParameterLocation, readonly string[]>>;
  /** The resource method takes its parameters grouped by location (`{ path, query, body }`), as two locations share a name. */
  grouped?: boolean;
  /** The resource method takes a file (`UploadParams`) and sends it as multipart/form-data. */
  upload?: boolean;
  /** The resource method lists pages, following this strategy. */
  pagination?: "cursor" | "page";
}

export type ParameterLocation = "path" | "query" | "header" | "cookie";

export interface RequestInput {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: Record<string, unknown>;
  cookie?: Record<string, unknown>;
  body?: unknown;
}

export interface RequestOptions {
  /** Cancels the request and any pending backoff at once. */
  signal?: AbortSignal;
  /** Per-attempt timeout; overrides the client's. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries`. */
  maxRetries?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** Sent as `Idempotency-Key`; makes POST and PATCH safe to retry. */
  idempotencyKey?: string;
}

export interface ClientOptions {
  /** Root URL of the API; its origin is the only one that ever receives the token. */
  baseUrl?: string;
  /** A bearer token, or a function returning one, called before every attempt. */
  token?: string | TokenProvider;
  /** The fetch implementation; defaults to the global one. */
  fetch?: typeof fetch;
  /** Headers sent with every API request (never to other origins). */
  headers?: Record<string, string>;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Per-attempt timeout, including reading the body. Default 60 000 ms. */
  timeoutMs?: number;
  /** Ceiling on all backoff and pacing waits of one call. Default 120 000 ms. */
  maxTotalWaitMs?: number;
  /** A longer `Retry-After` is not waited out; the error is thrown instead. Default 60 000 ms. */
  maxRetryAfterMs?: number;
  /** First backoff ceiling; doubles per retry. Default 500 ms. */
  backoffBaseMs?: number;
  /** Largest backoff ceiling. Default 8 000 ms. */
  backoffCapMs?: number;
  /** Redirects followed per attempt. Default 5. */
  maxRedirects?: number;
  /** Hold requests when `X-RateLimit-Remaining` reaches 0 until the window resets. Default true. */
  pacing?: boolean;
  /** Longest a request is held by pacing, whatever the server's reset says. Default 60 000 ms. */
  maxPacingHoldMs?: number;
  /** Receives one event per request, response, redirect, retry and pacing wait. */
  logger?: ClientLogger;
  /** Clock for Retry-After dates and pacing; for tests. */
  now?: () => number;
  /** Waits for backoff and pacing; for tests. */
  sleep?: Sleep;
  /** Source of backoff jitter in [0, 1); for tests. */
  random?: () => number;
}

/** Shape of openapi-fetch's client once the path types are set aside. */
interface UntypedClient {
  request(
    method: string,
    path: string,
    init: Record<string, unknown>,
  ): Promise<{ error?: unknown; response: Response }>;
}

function parseBaseUrl(baseUrl: string | undefined): URL {
  if (!baseUrl) throw new InvalidRequestError("ClientOptions.baseUrl is required");
  try {
    return new URL(baseUrl);
  } catch {
    throw new InvalidRequestError(
      `ClientOptions.baseUrl is not an absolute URL: ${JSON.stringify(baseUrl)}`,
    );
  }
}

function errorBodyText(error: unknown): string {
  if (error === undefined) return "";
  return typeof error === "string" ? error : JSON.stringify(error);
}

async function readSuccessBody(
  response: Response,
  kind: OperationSpec["response"],
): Promise<unknown> {
  switch (kind) {
    case "stream":
      return response.body;
    case "none":
      await response.body?.cancel();
      return undefined;
    case "text":
      return response.text();
    case "blob":
      return response.blob();
    case "json": {
      const text = await response.text();
      if (text.trim() === "") return undefined;
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new InvalidResponseError(`${response.status} response body is not valid JSON`, {
          status: response.status,
          headers: response.headers,
          rawBody: text,
          cause: error,
        });
      }
    }
  }
}

/**
 * The client every generated operation goes through. `request` resolves to the parsed 2xx
 * body and throws typed errors otherwise; `raw` is the same stack behind openapi-fetch's typed API.
 */
export class ApiClient<Paths extends {}> {
  /** openapi-fetch client sharing this client's token, pacing, retries and redirect rules. */
  readonly raw: Client<Paths>;
  readonly #transport: Transport;
  readonly #baseUrl: string;

  constructor(options: ClientOptions) {
    const baseUrl = parseBaseUrl(options.baseUrl);
    this.#baseUrl = baseUrl.href;
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? realSleep;
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const transport = new Transport({
      apiOrigin: baseUrl.origin,
      token: options.token,
      // Called as a plain function: browsers reject `fetch` invoked with a foreign `this`.
      fetch: (url, init) => fetchImpl(url, init),
      maxRetries: options.maxRetries ?? 2,
      timeoutMs: options.timeoutMs ?? 60_000,
      maxTotalWaitMs: options.maxTotalWaitMs ?? 120_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
      backoffBaseMs: options.backoffBaseMs ?? 500,
      backoffCapMs: options.backoffCapMs ?? 8_000,
      maxRedirects: options.maxRedirects ?? 5,
      pacer:
        options.pacing === false
          ? undefined
          : new RateLimitPacer({ now, sleep, maxHoldMs: options.maxPacingHoldMs ?? 60_000 }),
      logger: options.logger,
      now,
      sleep,
      random: options.random ?? Math.random,
    });
    this.#transport = transport;
    const streamedRequests = new WeakSet<Request>();
    this.raw = createOpenApiClient<Paths>({
      baseUrl: this.#baseUrl,
      ...(options.headers ? { headers: options.headers } : {}),
      pathSerializer: serializePathParameters,
      fetch: (request) =>
        transport.send(request, { readBody: !streamedRequests.has(request), apiCall: true }),
    });
    this.raw.use({
      onRequest({ request, options: merged }) {
        if (merged.parseAs === "stream") streamedRequests.add(request);
        return undefined;
      },
    });
  }

  /** Calls one operation; resolves to its parsed 2xx body. */
  async request<T>(
    operation: OperationSpec,
    input: RequestInput = {},
    options: RequestOptions = {},
  ): Promise<T> {
    return (await this.requestWithResponse<T>(operation, input, options)).data;
  }

  /** Like {@link request}, with the `Response` (status, headers) next to the data. */
  async requestWithResponse<T>(
    operation: OperationSpec,
    input: RequestInput = {},
    options: RequestOptions = {},
  ): Promise<{ data: T; response: Response }> {
    const headers: Record<string, string> = { ...options.headers };
    const cookie = serializeCookies(input.cookie);
    if (cookie) headers["cookie"] = cookie;
    if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
    const body =
      input.body === undefined ? undefined : serializeBody(input.body, operation.requestMediaType);
    if (body !== undefined && !(body instanceof FormData) && operation.requestMediaType) {
      headers["content-type"] = operation.requestMediaType;
    }
    const { error, response } = await (this.raw as unknown as UntypedClient).request(
      operation.method,
      operation.path,
      {
        params: { path: input.path ?? {}, query: input.query, header: input.header },
        body,
        bodySerializer: (serialized: unknown) => serialized,
        headers,
        parseAs: "stream",
        ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
        fetch: (request: Request) =>
          this.#transport.send(request, {
            signal: options.signal,
            timeoutMs: options.timeoutMs,
            maxRetries: options.maxRetries,
            readBody: operation.response !== "stream",
            apiCall: true,
          }),
      },
    );
    if (!response.ok) {
      throw createApiError({
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        bodyText: errorBodyText(error),
        method: operation.method.toUpperCase(),
        url: response.url,
      });
    }
    const data = await readSuccessBody(response, operation.response);
    if (operation.envelope && isRecord(data) && data["success"] === false) {
      throw new UnsuccessfulEnvelopeError(data, response);
    }
    return { data: data as T, response };
  }

  /**
   * GETs a URL on another host, such as a storage `download_url`. The token and the client's
   * default headers are never sent, whatever the URL; retries and timeouts still apply.
   * Resolves to the 2xx response with its body unread.
   */
  async download(url: string, options: RequestOptions = {}): Promise<Response> {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      throw new InvalidRequestError("A download URL must be absolute");
    }
    if (target.protocol !== "https:" && target.protocol !== "http:") {
      throw new InvalidRequestError(`Cannot download from a ${target.protocol} URL`);
    }
    const response = await this.#transport.send(
      new Request(target, { headers: options.headers ?? {} }),
      {
        signal: options.signal,
        timeoutMs: options.timeoutMs,
        maxRetries: options.maxRetries,
        readBody: false,
        apiCall: false,
      },
    );
    if (!response.ok) {
      throw createApiError({
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        bodyText: await response.text(),
        method: "GET",
        url: target.href,
      });
    }
    return response;
  }

  toJSON(): { baseUrl: string } {
    return { baseUrl: this.#baseUrl };
  }

  toString(): string {
    return `ApiClient(${this.#baseUrl})`;
  }
}
