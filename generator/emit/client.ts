/**
 * `src/client.ts`: the entry point. `Client` is the low-level `ApiClient` (so
 * the operation functions and `client.raw` take it) with one property per
 * resource, and, when nearly every route starts with the same path parameter,
 * a method that fixes it (`client.project(id).articles.get(...)`).
 */
import { literalKey } from "../plan/identifiers.js";
import { authorizationCodeScheme, scopeNames } from "../plan/naming.js";
import { declaresRateLimits } from "../plan/patterns.js";
import type { SdkPlan } from "../plan/resources.js";
import type { EmitContext } from "./context.js";
import {
  call,
  classStructure,
  constStructure,
  emptyObject,
  functionStructure,
  importTypes,
  importValues,
  interfaceStructure,
  name,
  newCall,
  propertyStructure,
  reference,
  returns,
  type BodyStatement,
  type ExpressionNode,
  type PropertyNode,
  type Statement,
} from "./ts.js";

const string = (value: string): ExpressionNode => ({ kind: "string", value });
const emptyOptions = emptyObject;
/** A URL the spec may leave out, written `undefined` then. */
const optionalString = (value: string | undefined): ExpressionNode => (value === undefined ? name("undefined") : string(value));

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
      server === undefined ? name("undefined") : string(server),
      server === undefined ? "The spec names no server: pass `baseUrl` to `createClient`." : "The API's base URL, from the spec's first server.",
    ),
  ];
  const oauth = authorizationCodeScheme(context.model);
  if (oauth?.authorizationCode) {
    const flow = oauth.authorizationCode;
    const field = (key: string, value: ExpressionNode) => ({ kind: "property" as const, key, value });
    const fields = [
      field("authorizationUrl", optionalString(flow.authorizationUrl)),
      field("tokenUrl", optionalString(flow.tokenUrl)),
      ...(flow.refreshUrl ? [field("refreshUrl", string(flow.refreshUrl))] : []),
      field("scopes", { kind: "array", items: flow.scopes.map(string) }),
      field("pkce", { kind: "literal", text: String(oauth.pkce) }),
    ];
    statements.push(
      constStructure(
        "OAUTH2_AUTHORIZATION_CODE",
        { kind: "asConst", expression: { kind: "object", properties: fields, broken: true } },
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
          propertyStructure(
            resource.property,
            reference("Scoped", [reference(resource.className), { kind: "literal", value: plan.scopeParameter! }]),
            false,
            undefined,
          ),
        ),
      ),
    );
  }
  statements.push(
    classStructure({
      name: "Client",
      doc: `A client for the ${context.model.title}: one property per resource. It is also the \`ApiClient\` the operation functions take, and \`client.raw\` makes typed openapi-fetch calls.`,
      extends: reference("ApiClient", [reference("paths")]),
      properties: plan.resources.map((resource) => ({ name: resource.property, type: reference(resource.className) })),
      constructorBody: {
        parameters: [{ name: "options", type: reference("ClientOptions"), initializer: emptyOptions }],
        body: [
          ...superCall(server !== undefined, declaresRateLimits(context.model.operations)),
          ...plan.resources.map((resource) => ({ kind: "assign" as const, target: `this.${resource.property}`, value: newCall(resource.className, [name("this")]) })),
        ],
      },
      methods: scope
        ? [
            {
              name: scope.method,
              doc: `The resources with \`${plan.scopeParameter}\` fixed to \`${scope.argument}\`, sharing this client's connection, token and rate-limit state.`,
              parameters: [{ name: scope.argument, type: { kind: "keyword", name: "string" } }],
              returnType: reference(scope.interfaceName),
              body: [
                {
                  kind: "const",
                  name: "scope",
                  value: { kind: "object", properties: [{ kind: "property", key: literalKey(plan.scopeParameter!), value: name(scope.argument) }], broken: false },
                },
                { kind: "const", name: "scoped", value: call("asScoped", [], [{ kind: "literal", value: plan.scopeParameter! }]) },
                returns({
                  kind: "object",
                  properties: plan.resources.map((resource) => ({
                    kind: "property" as const,
                    key: resource.property,
                    value: call("scoped", [newCall(resource.className, [name("this"), name("scope")])]),
                  })),
                  broken: true,
                }),
              ],
            },
          ]
        : [],
    }),
    functionStructure({
      name: "createClient",
      doc: "Creates a client. Options not given fall back to the spec's defaults (its first server as `baseUrl`).",
      parameters: [{ name: "options", type: reference("ClientOptions"), initializer: emptyOptions }],
      returnType: reference("Client"),
      body: [returns(newCall("Client", [name("options")]))],
    }),
  );
  return statements;
}

function superCall(hasServer: boolean, admitsRateLimits: boolean): BodyStatement[] {
  const defaults: PropertyNode[] = [
    ...(hasServer ? [{ kind: "property" as const, key: "baseUrl", value: name("DEFAULT_BASE_URL") }] : []),
    ...(admitsRateLimits ? [] : [{ kind: "property" as const, key: "pacingStartConcurrency", value: name("Infinity") }]),
  ];
  const argument: ExpressionNode =
    defaults.length === 0 ? name("options") : { kind: "object", properties: [...defaults, { kind: "spread", name: "options" }], broken: false };
  const statement: BodyStatement = { kind: "expression", expression: call("super", [argument]) };
  return admitsRateLimits
    ? [statement]
    : [{ kind: "comment", text: "The description declares no 429 response and no rate-limit header, so bursts are not held back." }, statement];
}
