/**
 * `src/client.ts`: the entry point that creates a client for the spec's server
 * and, when the spec declares an OAuth2 authorization-code flow, its endpoints.
 */
import type { ApiModel, SecurityScheme } from "../model/types.js";
import type { EmitContext } from "./context.js";
import {
  constStructure,
  functionStructure,
  importTypes,
  importValues,
  typeAliasStructure,
  type Statement,
} from "./ts.js";

/** Names `src/client.ts` exports, so generated model and operation names keep clear of them. */
export function clientModuleExports(model: ApiModel): { name: string; typeOnly?: boolean }[] {
  return [
    { name: "Client", typeOnly: true },
    { name: "DEFAULT_BASE_URL" },
    ...(authorizationCodeScheme(model) ? [{ name: "OAUTH2_AUTHORIZATION_CODE" }] : []),
    { name: "createClient" },
  ];
}

export function emitClient(context: EmitContext): Statement[] {
  const [server] = context.model.servers;
  const statements: Statement[] = [
    importValues("./runtime/index.js", [{ name: "ApiClient" }, { name: "ClientOptions", typeOnly: true }]),
    importTypes("./paths.js", ["paths"]),
    constStructure(
      "DEFAULT_BASE_URL",
      server === undefined ? "undefined" : JSON.stringify(server),
      server === undefined ? "The spec names no server: pass `baseUrl` to `createClient`." : "The API's base URL, from the spec's first server.",
    ),
  ];
  const oauth = authorizationCodeScheme(context.model);
  if (oauth?.authorizationCode) {
    const flow = oauth.authorizationCode;
    const fields = [
      `authorizationUrl: ${JSON.stringify(flow.authorizationUrl)}`,
      `tokenUrl: ${JSON.stringify(flow.tokenUrl)}`,
      ...(flow.refreshUrl ? [`refreshUrl: ${JSON.stringify(flow.refreshUrl)}`] : []),
      `scopes: ${JSON.stringify(flow.scopes)}`,
      `pkce: ${oauth.pkce}`,
    ];
    statements.push(
      constStructure(
        "OAUTH2_AUTHORIZATION_CODE",
        `{\n${fields.join(",\n")},\n} as const`,
        `The OAuth2 authorization-code flow of the \`${oauth.name}\` security scheme.`,
      ),
    );
  }
  statements.push(
    typeAliasStructure(
      "Client",
      "ApiClient<paths>",
      "A client for this API: pass it to the operation functions, or use `client.raw` for typed openapi-fetch calls.",
    ),
    functionStructure({
      name: "createClient",
      doc: "Creates a client. Options not given fall back to the spec's defaults (its first server as `baseUrl`).",
      parameters: [{ name: "options", type: "ClientOptions", initializer: "{}" }],
      returnType: "Client",
      body: [
        server === undefined
          ? "return new ApiClient<paths>(options);"
          : "return new ApiClient<paths>({ baseUrl: DEFAULT_BASE_URL, ...options });",
      ],
    }),
  );
  return statements;
}

function authorizationCodeScheme(model: ApiModel): SecurityScheme | undefined {
  return model.securitySchemes.find((scheme) => scheme.authorizationCode?.authorizationUrl && scheme.authorizationCode.tokenUrl);
}
