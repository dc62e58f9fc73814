/**
 * `src/client.ts`: the entry point. `Client` is the low-level `ApiClient` (so
 * the operation functions and `client.raw` take it) with one property per
 * resource, and, when nearly every route starts with the same path parameter,
 * a method that fixes it (`client.project(id).articles.get(...)`).
 */
import { codeString, literalKey } from "../plan/identifiers.js";
import { authorizationCodeScheme, scopeNames } from "../plan/naming.js";
import { declaresRateLimits } from "../plan/patterns.js";
import type { SdkPlan } from "../plan/resources.js";
import type { EmitContext } from "./context.js";
import {
  classStructure,
  constStructure,
  functionStructure,
  importTypes,
  importValues,
  interfaceStructure,
  propertyStructure,
  type Statement,
} from "./ts.js";

export function emitClient(context: EmitContext, plan: SdkPlan): Statement[] {
  const [server] = context.model.servers;
  const scope = scopeNames(plan.scopeParameter);
  const statements: Statement[] = [
    importValues("./runtime/index.js", [
      { name: "ApiClient" },
      { name: "ClientOptions", typeOnly: true },
      ...(scope ? [{ name: "asScoped" }, { name: "Scoped", typeOnly: true }] : []),
    ]),
    importTypes("./paths.js", ["paths"]),
    importValues("./resources.js", plan.resources.map((resource) => ({ name: resource.className }))),
    constStructure(
      "DEFAULT_BASE_URL",
      server === undefined ? "undefined" : codeString(server),
      server === undefined ? "The spec names no server: pass `baseUrl` to `createClient`." : "The API's base URL, from the spec's first server.",
    ),
  ];
  const oauth = authorizationCodeScheme(context.model);
  if (oauth?.authorizationCode) {
    const flow = oauth.authorizationCode;
    const fields = [
      `authorizationUrl: ${codeString(flow.authorizationUrl)}`,
      `tokenUrl: ${codeString(flow.tokenUrl)}`,
      ...(flow.refreshUrl ? [`refreshUrl: ${codeString(flow.refreshUrl)}`] : []),
      `scopes: ${codeString(flow.scopes)}`,
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
  if (scope) {
    statements.push(
      interfaceStructure(
        scope.interfaceName,
        `The resources with \`${plan.scopeParameter}\` fixed: calls leave it out.`,
        plan.resources.map((resource) =>
          propertyStructure(resource.property, `Scoped<${resource.className}, ${codeString(plan.scopeParameter)}>`, false, undefined),
        ),
      ),
    );
  }
  statements.push(
    classStructure({
      name: "Client",
      doc: `A client for the ${context.model.title}: one property per resource. It is also the \`ApiClient\` the operation functions take, and \`client.raw\` makes typed openapi-fetch calls.`,
      extends: "ApiClient<paths>",
      properties: plan.resources.map((resource) => ({ name: resource.property, type: resource.className })),
      constructorBody: {
        parameters: [{ name: "options", type: "ClientOptions", initializer: "{}" }],
        body: [
          ...superCall(server !== undefined, declaresRateLimits(context.model.operations)),
          ...plan.resources.map((resource) => `this.${resource.property} = new ${resource.className}(this);`),
        ],
      },
      methods: scope
        ? [
            {
              name: scope.method,
              doc: `The resources with \`${plan.scopeParameter}\` fixed to \`${scope.argument}\`, sharing this client's connection, token and rate-limit state.`,
              parameters: [{ name: scope.argument, type: "string" }],
              returnType: scope.interfaceName,
              body: [
                `const scope = { ${literalKey(plan.scopeParameter!)}: ${scope.argument} };`,
                `const scoped = asScoped<${codeString(plan.scopeParameter)}>();`,
                `return {\n${plan.resources.map((resource) => `${resource.property}: scoped(new ${resource.className}(this, scope)),`).join("\n")}\n};`,
              ],
            },
          ]
        : [],
    }),
    functionStructure({
      name: "createClient",
      doc: "Creates a client. Options not given fall back to the spec's defaults (its first server as `baseUrl`).",
      parameters: [{ name: "options", type: "ClientOptions", initializer: "{}" }],
      returnType: "Client",
      body: ["return new Client(options);"],
    }),
  );
  return statements;
}

function superCall(hasServer: boolean, admitsRateLimits: boolean): string[] {
  const defaults = [
    ...(hasServer ? ["baseUrl: DEFAULT_BASE_URL"] : []),
    ...(admitsRateLimits ? [] : ["pacingStartConcurrency: Infinity"]),
  ];
  const call = defaults.length === 0 ? "super(options);" : `super({ ${defaults.join(", ")}, ...options });`;
  return admitsRateLimits
    ? [call]
    : ["// The description declares no 429 response and no rate-limit header, so bursts are not held back.", call];
}
