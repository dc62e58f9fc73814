import createOpenApiClient, {
  type Client,
  type ClientPathsWithMethod,
  type FetchResponse,
  type MaybeOptionalInit,
  type Middleware,
} from "openapi-fetch";
import { ApiPromise, type WithResponse } from "./api-promise.js";
import { InvalidRequestError, InvalidResponseError, createApiError } from "./errors.js";
import { UnsuccessfulEnvelopeError } from "./envelope.js";
import { PagePromise, type PageEnvelope, type PageStrategy } from "./pagination.js";
import { isRecord } from "./problem.js";
import { RateLimitPacer } from "./rate-limit.js";
import { redactUrl } from "./redact.js";
import {
  serializeBody,
  serializeCookies,
  serializePathParameters,
  serializeQuery,
} from "./serialize.js";
import { sleep as realSleep, type Sleep } from "./timing.js";
import {
  Transport,
  type ClientLogger,
  type OutgoingCall,
  type ReadMode,
  type Received,
  type TokenProvider,
} from "./transport.js";

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
  /** A promise of the body is awaited first: generated upload methods build their form asynchronously. */
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
  /** Budget requests to the server's rate limit, and cap concurrency while it is unknown. Default true. */
  pacing?: boolean;
  /** Longest a request is held by pacing, whatever the server's reset says. Default 60 000 ms. */
  maxPacingHoldMs?: number;
  /**
   * Requests in flight while the server has shown no limit; the cap grows each second it is
   * reached without a 429. Default 8, after a first request that goes alone. `Infinity` sends
   * every request at once until a 429 shows a limit: generated clients choose it when the API's
   * description declares no 429 response and no rate-limit header.
   */
  pacingStartConcurrency?: number;
  /** Receives one event per request, response, redirect, retry and pacing wait. */
  logger?: ClientLogger;
  /** Clock for Retry-After dates, pacing and errors; for tests. */
  now?: () => number;
  /** Waits for backoff and pacing; for tests. */
  sleep?: Sleep;
  /** Source of backoff jitter in [0, 1); for tests. */
  random?: () => number;
}

/** Per-call options `client.raw` takes in its init, next to openapi-fetch's own. */
export interface RawCallOptions {
  /** Per-attempt timeout; overrides the client's. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries`. */
  maxRetries?: number;
  /** Sent as `Idempotency-Key`; makes POST and PATCH safe to retry. */
  idempotencyKey?: string;
}

type RequiredKeys<T> = { [Key in keyof T]-?: {} extends Pick<T, Key> ? never : Key }[keyof T];

/** openapi-fetch's init, with {@link RawCallOptions}; optional when nothing in it is required. */
type RawInit<Init> =
  RequiredKeys<Init> extends never
    ? [(Init & RawCallOptions & { [key: string]: unknown })?]
    : [Init & RawCallOptions & { [key: string]: unknown }];

type RawMethod<Paths extends {}, Method extends HttpMethod> = <
  Path extends ClientPathsWithMethod<Client<Paths>, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method & keyof Paths[Path]>,
>(
  url: Path,
  ...init: RawInit<Init>
) => Promise<
  FetchResponse<
    Paths[Path][Method & keyof Paths[Path]] & Record<string | number, any>,
    Init,
    `${string}/${string}`
  >
>;

/** openapi-fetch's typed client, whose methods also take {@link RawCallOptions}. */
export type RawClient<Paths extends {}> = Omit<Client<Paths>, Uppercase<HttpMethod>> & {
  [Method in HttpMethod as Uppercase<Method>]: RawMethod<Paths, Method>;
};

/** How `client.raw` hands per-call options to the transport: as properties of openapi-fetch's `Request`. */
interface RawCallExtras {
  timeoutMs?: unknown;
  maxRetries?: unknown;
  idempotencyKey?: unknown;
  /** Set by this module: how the transport reads the body. */
  readAs?: unknown;
}

/** Shape of openapi-fetch's client once the path types are set aside. */
interface UntypedClient {
  request(
    method: string,
    path: string,
    init?: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const READ_MODES: ReadonlySet<unknown> = new Set<ReadMode>([
  "json",
  "text",
  "blob",
  "none",
  "stream",
]);
const NO_VALUES: Record<string, unknown> = Object.freeze({});

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

function passThrough(body: unknown): unknown {
  return body;
}

/** Header maps have no prototype, so that no header name (`__proto__`) can change what they are. */
function lowerCaseNames(headers: Record<string, string> | undefined): Record<string, string> {
  const lowered: Record<string, string> = Object.create(null);
  for (const name in headers) lowered[name.toLowerCase()] = headers[name] as string;
  return lowered;
}

function errorBodyText(error: unknown): string {
  if (error === undefined) return "";
  return typeof error === "string" ? error : JSON.stringify(error);
}

/** A request body, encoded once so that every attempt sends the same bytes. */
interface EncodedBody {
  body: BodyInit;
  /** Set when encoding chose it, as for multipart's boundary. */
  contentType?: string | undefined;
}

/**
 * Serializes a body for its media type into something fetch can send on every attempt: streams
 * are read once, and multipart forms are encoded once (a form sent twice gets two boundaries).
 */
async function encodeBody(body: unknown, mediaType: string | undefined): Promise<EncodedBody> {
  const serialized = serializeBody(await body, mediaType);
  if (serialized instanceof FormData) {
    const encoded = new Response(serialized);
    return {
      body: await encoded.arrayBuffer(),
      contentType: encoded.headers.get("content-type") ?? undefined,
    };
  }
  if (serialized instanceof ReadableStream)
    return { body: await new Response(serialized).arrayBuffer() };
  return { body: serialized };
}

/** An init that tells the transport a raw `parseAs: "stream"` call wants the body unread. */
function markStreamed(
  init: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  return init?.["parseAs"] === "stream" ? { ...init, readAs: "stream" } : init;
}

/**
 * The client every generated operation goes through. `request` resolves to the parsed 2xx
 * body and throws typed errors otherwise; `raw` is the same stack behind openapi-fetch's typed API.
 */
export class ApiClient<Paths extends {}> {
  /** openapi-fetch client sharing this client's token, pacing, retries and redirect rules. */
  readonly raw: RawClient<Paths>;
  readonly #transport: Transport;
  /** The base URL as given (normalised), for display. */
  readonly #baseHref: string;
  /** The base URL without a trailing slash; paths are appended to it. */
  readonly #baseUrl: string;
  readonly #headers: Record<string, string>;
  readonly #openapi: UntypedClient;
  /** Middleware added through `raw.use`; while there is any, `request` runs through openapi-fetch. */
  readonly #middleware = new Set<Middleware>();
  readonly #logger: ClientLogger | undefined;
  readonly #now: () => number;

  constructor(options: ClientOptions) {
    const baseUrl = parseBaseUrl(options.baseUrl);
    this.#baseHref = baseUrl.href;
    this.#baseUrl = baseUrl.href.replace(/\/+$/, "");
    this.#headers = lowerCaseNames(options.headers);
    this.#logger = options.logger;
    const now = options.now ?? Date.now;
    this.#now = now;
    const sleep = options.sleep ?? realSleep;
    const fetchImpl = options.fetch ?? globalThis.fetch;
    this.#transport = new Transport({
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
          : new RateLimitPacer({
              now,
              sleep,
              maxHoldMs: options.maxPacingHoldMs ?? 60_000,
              initialConcurrency: options.pacingStartConcurrency,
            }),
      logger: options.logger,
      now,
      sleep,
      random: options.random ?? Math.random,
    });
    const openapi = createOpenApiClient<Paths>({
      baseUrl: this.#baseUrl,
      ...(options.headers ? { headers: options.headers } : {}),
      pathSerializer: serializePathParameters,
      querySerializer: serializeQuery,
      fetch: (request) => this.#sendRequest(request),
    }) as unknown as UntypedClient;
    this.#openapi = openapi;
    const middleware = this.#middleware;
    const raw: Record<string, unknown> = {
      request: (method: string, path: string, init?: Record<string, unknown>) =>
        openapi.request(method, path, markStreamed(init)),
      use(...added: Middleware[]) {
        openapi.use(...added);
        for (const item of added) middleware.add(item);
      },
      eject(...removed: Middleware[]) {
        openapi.eject(...removed);
        for (const item of removed) middleware.delete(item);
      },
    };
    for (const method of METHODS) {
      raw[method.toUpperCase()] = (path: string, init?: Record<string, unknown>) =>
        openapi.request(method, path, markStreamed(init));
    }
    this.raw = raw as unknown as RawClient<Paths>;
  }

  /** Calls one operation; resolves to its parsed 2xx body, and `withResponse()` to `{ data, response }`. */
  request<T>(
    operation: OperationSpec,
    input: RequestInput = NO_VALUES,
    options: RequestOptions = NO_VALUES,
  ): ApiPromise<T> {
    return new ApiPromise<T>(
      this.#middleware.size === 0
        ? this.#send(operation, input, options)
        : this.#sendThroughMiddleware(operation, input, options),
    );
  }

  /** Like {@link request}, with the `Response` (status, headers) next to the data. */
  requestWithResponse<T>(
    operation: OperationSpec,
    input: RequestInput = NO_VALUES,
    options: RequestOptions = NO_VALUES,
  ): Promise<WithResponse<T>> {
    return this.request<T>(operation, input, options).withResponse();
  }

  /**
   * The result of a list operation: awaitable for the first page, iterable over every item.
   * The generated list methods call it; `fetchPage` fetches one page for the given parameters.
   */
  paginate<Page extends PageEnvelope<Item>, Item, Params extends object>(
    params: Params,
    strategy: PageStrategy,
    fetchPage: (params: Params) => ApiPromise<Page>,
    options?: RequestOptions,
  ): PagePromise<Page, Item, Params> {
    return new PagePromise<Page, Item, Params>(
      params,
      strategy,
      fetchPage,
      options?.signal,
      this.#logger,
    );
  }

  /**
   * GETs a URL on another host, such as a storage `download_url`. The token and the client's
   * default headers are never sent, whatever the URL; retries and timeouts still apply.
   * Resolves to the 2xx response with its body unread.
   */
  async download(url: string, options: RequestOptions = NO_VALUES): Promise<Response> {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      throw new InvalidRequestError("A download URL must be absolute");
    }
    if (target.protocol !== "https:" && target.protocol !== "http:") {
      throw new InvalidRequestError(`Cannot download from a ${target.protocol} URL`);
    }
    const { response, body } = await this.#transport.send({
      method: "GET",
      url: target.href,
      headers: lowerCaseNames(options.headers),
      body: null,
      read: "stream",
      apiCall: false,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      maxRetries: options.maxRetries,
    });
    if (!response.ok) throw this.#apiError(response, body as string, "GET", target.href);
    return response;
  }

  toJSON(): { baseUrl: string } {
    return { baseUrl: this.#baseHref };
  }

  toString(): string {
    return `ApiClient(${this.#baseHref})`;
  }

  async #send<T>(
    operation: OperationSpec,
    input: RequestInput,
    options: RequestOptions,
  ): Promise<WithResponse<T>> {
    const method = operation.method.toUpperCase();
    let url = this.#baseUrl + serializePathParameters(operation.path, input.path ?? NO_VALUES);
    if (input.query) {
      const query = serializeQuery(input.query);
      if (query) url += `?${query}`;
    }
    const encoded =
      input.body === undefined
        ? undefined
        : await encodeBody(input.body, operation.requestMediaType);
    const received = await this.#transport.send({
      method,
      url,
      headers: this.#callHeaders(operation, input.header, input.cookie, options, encoded),
      body: encoded ? encoded.body : null,
      read: operation.response,
      apiCall: true,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      maxRetries: options.maxRetries,
    });
    return this.#result<T>(operation, method, url, received);
  }

  /** The same call through openapi-fetch, so middleware added with `raw.use` sees it. */
  async #sendThroughMiddleware<T>(
    operation: OperationSpec,
    input: RequestInput,
    options: RequestOptions,
  ): Promise<WithResponse<T>> {
    const method = operation.method.toUpperCase();
    const encoded =
      input.body === undefined
        ? undefined
        : await encodeBody(input.body, operation.requestMediaType);
    const headers = this.#callHeaders(operation, undefined, input.cookie, options, encoded);
    const { error, response } = await this.#openapi.request(operation.method, operation.path, {
      params: { path: input.path ?? NO_VALUES, query: input.query, header: input.header },
      body: encoded?.body,
      bodySerializer: passThrough,
      headers,
      parseAs: "stream",
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      maxRetries: options.maxRetries,
      readAs: operation.response,
    });
    const url =
      response.url ||
      this.#baseUrl + serializePathParameters(operation.path, input.path ?? NO_VALUES);
    if (!response.ok) throw this.#apiError(response, errorBodyText(error), method, url);
    let data: unknown;
    switch (operation.response) {
      case "stream":
        data = response.body;
        break;
      case "blob":
        data = await response.blob();
        break;
      case "none":
        await response.body?.cancel();
        break;
      default:
        data = await response.text();
    }
    return this.#result<T>(operation, method, url, { response, body: data });
  }

  /** The fetch openapi-fetch calls: per-call options arrive as properties of its `Request`. */
  async #sendRequest(request: Request): Promise<Response> {
    const extras = request as Request & RawCallExtras;
    const headers: Record<string, string> = Object.create(null);
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    if (typeof extras.idempotencyKey === "string")
      headers["idempotency-key"] = extras.idempotencyKey;
    const read: ReadMode = READ_MODES.has(extras.readAs) ? (extras.readAs as ReadMode) : "bytes";
    const call: OutgoingCall = {
      method: request.method,
      url: request.url,
      headers,
      body: request.body === null ? null : await request.arrayBuffer(),
      read,
      apiCall: true,
      signal: request.signal,
      timeoutMs: typeof extras.timeoutMs === "number" ? extras.timeoutMs : undefined,
      maxRetries: typeof extras.maxRetries === "number" ? extras.maxRetries : undefined,
    };
    const { response, body } = await this.#transport.send(call);
    if (read === "stream" && response.ok) return response;
    const copy = new Response(body as BodyInit | null | undefined, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    Object.defineProperty(copy, "url", { value: response.url });
    return copy;
  }

  /** The call's headers: the client's defaults unless the call adds any (the defaults are shared, never changed). */
  #callHeaders(
    operation: OperationSpec,
    header: Record<string, unknown> | undefined,
    cookies: Record<string, unknown> | undefined,
    options: RequestOptions,
    body: EncodedBody | undefined,
  ): Record<string, string> {
    const cookie = serializeCookies(cookies);
    const contentType = body?.contentType ?? (body ? operation.requestMediaType : undefined);
    if (!options.headers && !header && !cookie && !options.idempotencyKey && !contentType)
      return this.#headers;
    const headers: Record<string, string> = Object.assign(Object.create(null), this.#headers);
    for (const name in header) {
      const value = header[name];
      if (value !== undefined && value !== null)
        headers[name.toLowerCase()] = Array.isArray(value) ? value.join(",") : String(value);
    }
    for (const name in options.headers)
      headers[name.toLowerCase()] = options.headers[name] as string;
    if (cookie) headers["cookie"] = cookie;
    if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
    if (contentType) headers["content-type"] = contentType;
    return headers;
  }

  #result<T>(
    operation: OperationSpec,
    method: string,
    url: string,
    received: Received,
  ): WithResponse<T> {
    const { response, body } = received;
    if (!response.ok) throw this.#apiError(response, body as string, method, url);
    let data = body;
    if (operation.response === "json") {
      const text = body as string;
      if (text.trim() === "") data = undefined;
      else {
        try {
          data = JSON.parse(text);
        } catch (error) {
          throw new InvalidResponseError(
            `${method} ${redactUrl(url)} answered ${response.status} with a body that is not valid JSON`,
            { status: response.status, headers: response.headers, rawBody: text, cause: error },
          );
        }
      }
    }
    if (operation.envelope && isRecord(data) && data["success"] === false) {
      throw new UnsuccessfulEnvelopeError(data, {
        status: response.status,
        headers: response.headers,
        method,
        url,
        bodyText: typeof body === "string" ? body : "",
        now: this.#now,
      });
    }
    return { data: data as T, response };
  }

  #apiError(response: Response, bodyText: string, method: string, url: string) {
    return createApiError({
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      bodyText,
      method,
      url: response.url || url,
      now: this.#now,
    });
  }
}
