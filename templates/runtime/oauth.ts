import * as oauth from "oauth4webapi";
import { SdkError } from "./errors.js";
import type { TokenProvider } from "./transport.js";

/** An OAuth 2.0 authorization-code client; the URLs and scopes come from the API description. */
export interface OAuthConfig {
  authorizationUrl: string;
  tokenUrl: string;
  clientId: string;
  /** For confidential clients (sent with HTTP Basic); public clients rely on PKCE alone. */
  clientSecret?: string;
  redirectUri: string;
  scopes?: readonly string[];
  /** Expected `iss` of authorization responses. Default: the authorization URL's origin. */
  issuer?: string;
  fetch?: typeof fetch;
  /** Permits plain-HTTP endpoints. Only for local test servers. */
  allowInsecureHttp?: boolean;
}

export interface OAuthTokens {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds after which the access token is no longer valid. */
  expiresAt?: number;
  scope?: string;
  tokenType: string;
}

export interface AuthorizationRequest {
  /** Where to send the user. */
  url: string;
  /** Keep it: the callback must echo it back. */
  state: string;
  /** Keep it secret until the code exchange. */
  codeVerifier: string;
}

/** An authorization or token endpoint refused, or answered something unusable. Never carries token values. */
export class OAuthError extends SdkError {
  override name = "OAuthError";
  /** The OAuth `error` code (e.g. `invalid_grant`) or the library's error code. */
  readonly code: string | undefined;
  readonly description: string | undefined;
  readonly status: number | undefined;

  constructor(
    message: string,
    details: {
      code?: string | undefined;
      description?: string | undefined;
      status?: number | undefined;
    } = {},
  ) {
    super(message);
    this.code = details.code;
    this.description = details.description;
    this.status = details.status;
  }
}

/** RFC 7636 S256 code challenge of a verifier. */
export function calculateCodeChallenge(codeVerifier: string): Promise<string> {
  return oauth.calculatePKCECodeChallenge(codeVerifier);
}

/** Builds the URL that starts the flow, with a fresh PKCE verifier and `state`. */
export async function createAuthorizationRequest(
  config: OAuthConfig,
): Promise<AuthorizationRequest> {
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(config.authorizationUrl);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", config.clientId);
  url.searchParams.set("redirect_uri", config.redirectUri);
  if (config.scopes && config.scopes.length > 0)
    url.searchParams.set("scope", config.scopes.join(" "));
  url.searchParams.set("state", state);
  url.searchParams.set("code_challenge", await calculateCodeChallenge(codeVerifier));
  url.searchParams.set("code_challenge_method", "S256");
  return { url: url.href, state, codeVerifier };
}

function authorizationServer(config: OAuthConfig): oauth.AuthorizationServer {
  return {
    issuer: config.issuer ?? new URL(config.authorizationUrl).origin,
    authorization_endpoint: config.authorizationUrl,
    token_endpoint: config.tokenUrl,
  };
}

function clientAuthentication(config: OAuthConfig): oauth.ClientAuth {
  return config.clientSecret === undefined
    ? oauth.None()
    : oauth.ClientSecretBasic(config.clientSecret);
}

function endpointOptions(
  config: OAuthConfig,
  signal: AbortSignal | undefined,
): oauth.TokenEndpointRequestOptions {
  const options: oauth.TokenEndpointRequestOptions = {};
  if (signal) options.signal = signal;
  const customFetch = config.fetch;
  if (customFetch) options[oauth.customFetch] = (url, init) => customFetch(url, init);
  if (config.allowInsecureHttp) options[oauth.allowInsecureRequests] = true;
  return options;
}

function toTokens(response: oauth.TokenEndpointResponse, now: number): OAuthTokens {
  const tokens: OAuthTokens = {
    accessToken: response.access_token,
    tokenType: response.token_type,
  };
  if (response.refresh_token !== undefined) tokens.refreshToken = response.refresh_token;
  if (response.expires_in !== undefined) tokens.expiresAt = now + response.expires_in * 1000;
  if (response.scope !== undefined) tokens.scope = response.scope;
  return tokens;
}

/**
 * Re-raises library errors as {@link OAuthError}. Their `cause` is dropped on purpose: for
 * malformed token responses it holds the response body, access token included.
 */
function asOAuthError(error: unknown): unknown {
  if (error instanceof oauth.ResponseBodyError) {
    const suffix = error.error_description ? `: ${error.error_description}` : "";
    return new OAuthError(`Token endpoint answered ${error.status} ${error.error}${suffix}`, {
      code: error.error,
      description: error.error_description,
      status: error.status,
    });
  }
  if (error instanceof oauth.AuthorizationResponseError) {
    const suffix = error.error_description ? `: ${error.error_description}` : "";
    return new OAuthError(`Authorization was refused: ${error.error}${suffix}`, {
      code: error.error,
      description: error.error_description,
    });
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    return new OAuthError(
      `Token endpoint answered ${error.status} with an authentication challenge`,
      {
        code: error.code,
        status: error.status,
      },
    );
  }
  if (
    error instanceof oauth.OperationProcessingError ||
    error instanceof oauth.UnsupportedOperationError
  ) {
    return new OAuthError(error.message, { code: error.code });
  }
  return error;
}

/**
 * Completes the flow: checks the callback's `state` (and `iss`, when present), then trades the
 * code and the PKCE verifier for tokens.
 */
export async function exchangeAuthorizationCode(
  config: OAuthConfig,
  callback: { callbackUrl: string | URL; state: string; codeVerifier: string },
  options: { signal?: AbortSignal; now?: () => number } = {},
): Promise<OAuthTokens> {
  const server = authorizationServer(config);
  const client: oauth.Client = { client_id: config.clientId };
  try {
    const parameters = oauth.validateAuthResponse(
      server,
      client,
      new URL(callback.callbackUrl),
      callback.state,
    );
    const response = await oauth.authorizationCodeGrantRequest(
      server,
      client,
      clientAuthentication(config),
      parameters,
      config.redirectUri,
      callback.codeVerifier,
      endpointOptions(config, options.signal),
    );
    return toTokens(
      await oauth.processAuthorizationCodeResponse(server, client, response),
      (options.now ?? Date.now)(),
    );
  } catch (error) {
    throw asOAuthError(error);
  }
}

/** Trades a refresh token for new tokens. The result may carry a new (rotated) refresh token. */
export async function refreshAccessToken(
  config: OAuthConfig,
  refreshToken: string,
  options: { signal?: AbortSignal; now?: () => number } = {},
): Promise<OAuthTokens> {
  const server = authorizationServer(config);
  const client: oauth.Client = { client_id: config.clientId };
  try {
    const response = await oauth.refreshTokenGrantRequest(
      server,
      client,
      clientAuthentication(config),
      refreshToken,
      endpointOptions(config, options.signal),
    );
    return toTokens(
      await oauth.processRefreshTokenResponse(server, client, response),
      (options.now ?? Date.now)(),
    );
  } catch (error) {
    throw asOAuthError(error);
  }
}

export interface OAuthTokenProviderOptions {
  /** Refresh this long before expiry, so a token does not lapse in flight. Default 60 000 ms. */
  refreshMarginMs?: number;
  now?: () => number;
  /** Called with every refreshed token set; persist it, as servers may rotate refresh tokens. */
  onTokens?: (tokens: OAuthTokens) => void | Promise<void>;
}

/**
 * A {@link TokenProvider} that returns the current access token and refreshes it shortly before
 * it expires, or when the API refused it (401 `invalid_token`). Concurrent calls share one refresh.
 */
export function createOAuthTokenProvider(
  config: OAuthConfig,
  initialTokens: OAuthTokens,
  options: OAuthTokenProviderOptions = {},
): TokenProvider {
  const now = options.now ?? Date.now;
  const marginMs = options.refreshMarginMs ?? 60_000;
  let tokens = initialTokens;
  let refreshing: Promise<OAuthTokens> | undefined;

  const refresh = async (refreshToken: string): Promise<OAuthTokens> => {
    const fresh = await refreshAccessToken(config, refreshToken, { now });
    // Servers that do not rotate refresh tokens omit them; the old one stays valid.
    tokens = { ...fresh, refreshToken: fresh.refreshToken ?? refreshToken };
    await options.onTokens?.(tokens);
    return tokens;
  };

  return async (request) => {
    const current = tokens;
    // After a 401 invalid_token: refresh once, unless another call already replaced the refused token.
    const refused = request?.refresh === true && request.rejectedToken === current.accessToken;
    if (!refused && (current.expiresAt === undefined || now() < current.expiresAt - marginMs))
      return current.accessToken;
    if (current.refreshToken === undefined) {
      if (refused || now() < (current.expiresAt ?? 0)) return current.accessToken;
      throw new OAuthError(
        "The access token has expired and there is no refresh token to renew it",
      );
    }
    refreshing ??= refresh(current.refreshToken).finally(() => {
      refreshing = undefined;
    });
    return (await refreshing).accessToken;
  };
}
