import { inspect } from "node:util";
import { afterEach, describe, expect, test } from "vitest";
import {
  ApiClient,
  OAuthError,
  calculateCodeChallenge,
  createAuthorizationRequest,
  createOAuthTokenProvider,
  exchangeAuthorizationCode,
  refreshAccessToken,
  type OAuthConfig,
  type OAuthTokens,
} from "../../templates/runtime/index.js";
import { getProject } from "./support/client.js";
import { sendJson, startServer, type Handler, type TestServer } from "./support/server.js";

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function identityServer(handler: Handler): Promise<{ server: TestServer; config: OAuthConfig }> {
  const server = await startServer(handler);
  servers.push(server);
  return {
    server,
    config: {
      authorizationUrl: `${server.url}/connect/authorize`,
      tokenUrl: `${server.url}/connect/token`,
      clientId: "d360-cli",
      redirectUri: "http://127.0.0.1:8765/callback",
      scopes: ["customerApi"],
      allowInsecureHttp: true,
    },
  };
}

function form(body: Buffer): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body.toString()));
}

const NOW = 1_900_000_000_000;

describe("PKCE", () => {
  test("matches the RFC 7636 appendix B test vector", async () => {
    expect(await calculateCodeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  });

  test("the authorization URL carries an S256 challenge of the returned verifier, the state and the scopes", async () => {
    const config: OAuthConfig = {
      authorizationUrl: "https://identity.berlin.document360.net/connect/authorize",
      tokenUrl: "https://identity.berlin.document360.net/connect/token",
      clientId: "d360-cli",
      redirectUri: "http://127.0.0.1:8765/callback",
      scopes: ["customerApi", "offline_access"],
    };
    const request = await createAuthorizationRequest(config);
    const url = new URL(request.url);
    expect(url.origin + url.pathname).toBe("https://identity.berlin.document360.net/connect/authorize");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: "code",
      client_id: "d360-cli",
      redirect_uri: "http://127.0.0.1:8765/callback",
      scope: "customerApi offline_access",
      state: request.state,
      code_challenge: await calculateCodeChallenge(request.codeVerifier),
      code_challenge_method: "S256",
    });
    expect(request.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    const another = await createAuthorizationRequest(config);
    expect(another.state).not.toBe(request.state);
    expect(another.codeVerifier).not.toBe(request.codeVerifier);
  });
});

describe("code exchange and refresh against a loopback token endpoint", () => {
  const tokenResponse = { access_token: "at-1", token_type: "Bearer", expires_in: 3600, refresh_token: "rt-1", scope: "customerApi" };

  test("exchanges the code with the verifier", async () => {
    const { server, config } = await identityServer((_r, response) => sendJson(response, 200, tokenResponse));
    const tokens = await exchangeAuthorizationCode(
      config,
      { callbackUrl: `${config.redirectUri}?code=c0de&state=s1`, state: "s1", codeVerifier: "v".repeat(43) },
      { now: () => NOW },
    );
    expect(tokens).toEqual({ accessToken: "at-1", tokenType: "bearer", expiresAt: NOW + 3_600_000, refreshToken: "rt-1", scope: "customerApi" });
    const [request] = server.requests;
    expect(request?.url).toBe("/connect/token");
    expect(form(request?.body ?? Buffer.alloc(0))).toEqual({
      grant_type: "authorization_code",
      code: "c0de",
      redirect_uri: config.redirectUri,
      code_verifier: "v".repeat(43),
      client_id: "d360-cli",
    });
    expect(request?.headers.authorization).toBeUndefined();
  });

  test("a confidential client authenticates with HTTP Basic", async () => {
    const { server, config } = await identityServer((_r, response) => sendJson(response, 200, tokenResponse));
    await exchangeAuthorizationCode(
      { ...config, clientSecret: "s3cret" },
      { callbackUrl: `${config.redirectUri}?code=c&state=s`, state: "s", codeVerifier: "v".repeat(43) },
    );
    const [scheme, encoded] = (server.requests[0]?.headers.authorization ?? "").split(" ");
    expect(scheme).toBe("Basic");
    // RFC 6749 §2.3.1: id and secret are form-encoded before being joined and base64-encoded.
    const credentials = Buffer.from(encoded ?? "", "base64").toString().split(":").map(decodeURIComponent);
    expect(credentials).toEqual(["d360-cli", "s3cret"]);
    expect(form(server.requests[0]?.body ?? Buffer.alloc(0))).not.toHaveProperty("client_secret");
  });

  test("a callback with the wrong state is refused before the code is sent", async () => {
    const { server, config } = await identityServer((_r, response) => sendJson(response, 200, tokenResponse));
    const exchange = exchangeAuthorizationCode(config, {
      callbackUrl: `${config.redirectUri}?code=c&state=forged`,
      state: "expected",
      codeVerifier: "v".repeat(43),
    });
    await expect(exchange).rejects.toBeInstanceOf(OAuthError);
    expect(server.requests).toHaveLength(0);
  });

  test("a denied authorization becomes an OAuthError with the OAuth code", async () => {
    const { config } = await identityServer((_r, response) => sendJson(response, 200, tokenResponse));
    const error = (await exchangeAuthorizationCode(config, {
      callbackUrl: `${config.redirectUri}?error=access_denied&error_description=User+said+no&state=s`,
      state: "s",
      codeVerifier: "v".repeat(43),
    }).catch((e: unknown) => e)) as OAuthError;
    expect(error).toBeInstanceOf(OAuthError);
    expect(error.code).toBe("access_denied");
    expect(error.message).toBe("Authorization was refused: access_denied: User said no");
  });

  test("a token endpoint error keeps its code and status", async () => {
    const { config } = await identityServer((_r, response) => sendJson(response, 400, { error: "invalid_grant", error_description: "Code expired" }));
    const error = (await refreshAccessToken(config, "rt-old").catch((e: unknown) => e)) as OAuthError;
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ code: "invalid_grant", description: "Code expired", status: 400 });
  });

  test("refreshes with the refresh token", async () => {
    const { server, config } = await identityServer((_r, response) => sendJson(response, 200, { ...tokenResponse, access_token: "at-2", refresh_token: "rt-2" }));
    const tokens = await refreshAccessToken(config, "rt-1", { now: () => NOW });
    expect(tokens).toMatchObject({ accessToken: "at-2", refreshToken: "rt-2", expiresAt: NOW + 3_600_000 });
    expect(form(server.requests[0]?.body ?? Buffer.alloc(0))).toEqual({ grant_type: "refresh_token", refresh_token: "rt-1", client_id: "d360-cli" });
  });

  test("a malformed token response is reported without the token in it", async () => {
    const { config } = await identityServer((_r, response) => sendJson(response, 200, { access_token: "leaky-access-token", token_type: 42 }));
    const error = (await refreshAccessToken(config, "rt-1").catch((e: unknown) => e)) as OAuthError;
    expect(error).toBeInstanceOf(OAuthError);
    for (const rendering of [error.message, JSON.stringify(error), inspect(error, { depth: 10 })]) {
      expect(rendering).not.toContain("leaky-access-token");
    }
  });
});

describe("createOAuthTokenProvider", () => {
  function tokens(overrides: Partial<OAuthTokens> = {}): OAuthTokens {
    return { accessToken: "at-1", refreshToken: "rt-1", tokenType: "bearer", expiresAt: NOW + 3_600_000, ...overrides };
  }

  test("returns the current token while it is fresh", async () => {
    const { server, config } = await identityServer((_r, response) => sendJson(response, 500, {}));
    const provider = createOAuthTokenProvider(config, tokens(), { now: () => NOW });
    expect(await provider()).toBe("at-1");
    expect(server.requests).toHaveLength(0);
  });

  test("refreshes once shortly before expiry, shared by concurrent callers, and reports the rotated tokens", async () => {
    const { server, config } = await identityServer((_r, response) =>
      setTimeout(() => sendJson(response, 200, { access_token: "at-2", token_type: "bearer", expires_in: 3600, refresh_token: "rt-2" }), 20),
    );
    const saved: OAuthTokens[] = [];
    const provider = createOAuthTokenProvider(config, tokens({ expiresAt: NOW + 30_000 }), {
      now: () => NOW,
      refreshMarginMs: 60_000,
      onTokens: (fresh) => void saved.push(fresh),
    });
    expect(await Promise.all([provider(), provider(), provider()])).toEqual(["at-2", "at-2", "at-2"]);
    expect(server.requests).toHaveLength(1);
    expect(saved).toEqual([{ accessToken: "at-2", refreshToken: "rt-2", tokenType: "bearer", expiresAt: NOW + 3_600_000 }]);
    expect(await provider()).toBe("at-2");
    expect(server.requests).toHaveLength(1);
  });

  test("keeps the old refresh token when the server does not rotate it", async () => {
    const { server, config } = await identityServer((_r, response, index) =>
      sendJson(response, 200, { access_token: `at-${index + 2}`, token_type: "bearer", expires_in: 10 }),
    );
    let now = NOW;
    const provider = createOAuthTokenProvider(config, tokens({ expiresAt: NOW - 1 }), { now: () => now });
    expect(await provider()).toBe("at-2");
    now += 60_000;
    expect(await provider()).toBe("at-3");
    expect(server.requests.map((r) => form(r.body)["refresh_token"])).toEqual(["rt-1", "rt-1"]);
  });

  test("without a refresh token it serves the token until expiry, then fails clearly", async () => {
    const { config } = await identityServer((_r, response) => sendJson(response, 500, {}));
    let now = NOW;
    const provider = createOAuthTokenProvider(config, { accessToken: "at-1", tokenType: "bearer", expiresAt: NOW + 10_000 }, { now: () => now });
    expect(await provider()).toBe("at-1");
    now += 10_000;
    await expect(provider()).rejects.toThrow("The access token has expired and there is no refresh token to renew it");
  });

  test("drives ApiClient: the refreshed token is what the API receives", async () => {
    const { config } = await identityServer((_r, response) => sendJson(response, 200, { access_token: "at-fresh", token_type: "bearer", expires_in: 3600 }));
    const api = await startServer((request, response) => sendJson(response, 200, { auth: request.headers.authorization }));
    servers.push(api);
    const client = new ApiClient({ baseUrl: api.url, token: createOAuthTokenProvider(config, tokens({ expiresAt: Date.now() - 1 })) });
    await expect(client.request(getProject, { path: { project_id: "p1" } })).resolves.toEqual({ auth: "Bearer at-fresh" });
  });
});
